import { z } from 'zod'

/*
 * The newsletter sign-up (Voor Professionals): the form on the site and the CMS endpoint that takes
 * it in share one description of the form, so the consent text, its version, the field names and the
 * sign-up sources exist once. Change the consent text → raise the version: every subscriber's record
 * says which wording they agreed to (`consentTextVersion`).
 */

/** The consent text next to the form's checkbox (professionals are addressed with "je"). */
export const NEWSLETTER_CONSENT_TEXT =
  'Ja, ik wil de nieuwsbrief voor professionals ontvangen (6 keer per jaar). Je kunt je altijd met één klik afmelden. We gebruiken je e-mailadres alleen voor de nieuwsbrief.'
export const NEWSLETTER_CONSENT_VERSION = '2026-11-v1'

/** Where a sign-up came from, recorded with the consent (`consentSource`): the plain form, or the same form sent by its script. */
export const SIGNUP_SOURCES = ['nieuwsbrief-archief', 'nieuwsbrief-js'] as const
export const SignupSourceSchema = z.enum(SIGNUP_SOURCES)
export type SignupSource = z.infer<typeof SignupSourceSchema>

/** The form's field names, as the site renders them and the CMS reads them. */
export const SIGNUP_FIELDS = {
  email: 'email',
  sector: 'sector',
  consent: 'consent',
  source: 'source',
  /** The honeypot: hidden from people, filled in by naive bots. */
  honeypot: 'website',
} as const

/** The CMS endpoint the form posts to (below the CMS's `/api`). */
export const SIGNUP_ENDPOINT = '/api/newsletter/subscribe'
