/**
 * "Deel uw tip of ervaring": the form on Voor de Helpers and the CMS endpoint that takes it in
 * share one description of the form, so the consent text, its version and the field names exist
 * once. Change the consent text → raise the version: every submission records the version its
 * sender agreed to.
 */

/** The consent text next to the form's checkbox (helpers are addressed with "u"). */
export const SHARE_CONSENT_TEXT =
  'Ja, mijn tip of ervaring mag na controle op de website Voor de Helpers komen. Een redacteur haalt namen, plaatsen en andere herkenbare details weg. Mijn naam en e-mailadres worden nooit gepubliceerd.'
export const SHARE_CONSENT_VERSION = '2026-12-v1'

/** The longest text a sender may share, in characters. */
export const SHARE_TEXT_MAX = 2_000
/** The longest name and e-mail address. */
export const SHARE_NAME_MAX = 100
export const SHARE_EMAIL_MAX = 254

/** The form's field names, as the site renders them and the CMS reads them. */
export const SHARE_FIELDS = {
  text: 'text',
  offence: 'offence',
  theme: 'theme',
  consent: 'consent',
  name: 'name',
  email: 'email',
  notify: 'notify',
  /** The honeypot: hidden from people, filled in by naive bots. */
  honeypot: 'website',
} as const

/** The CMS endpoint the form posts to (below the CMS's `/api`). */
export const SHARE_ENDPOINT = '/api/share'
