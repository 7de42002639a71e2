/**
 * The consent text shown next to the sign-up checkbox. Change the text → raise the version, so
 * every subscriber's record says which wording they agreed to (stored as `consentTextVersion`).
 */
export const CONSENT_TEXT =
  'Ja, ik wil de nieuwsbrief voor professionals ontvangen (6 keer per jaar). Je kunt je altijd met één klik afmelden. We gebruiken je e-mailadres alleen voor de nieuwsbrief.'
export const CONSENT_VERSION = '2026-11-v1'

/** Where a sign-up may come from; recorded as `consentSource`. */
export const SIGNUP_SOURCES = ['nieuwsbrief-archief', 'nieuwsbrief-js'] as const
export type SignupSource = (typeof SIGNUP_SOURCES)[number]
