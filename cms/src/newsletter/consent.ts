/*
 * The consent text, its version and the sign-up sources live in @hp/content-schemas
 * (newsletter-signup.ts), shared with the site's form. Change the text → raise the version, so
 * every subscriber's record says which wording they agreed to (stored as `consentTextVersion`).
 */
export {
  NEWSLETTER_CONSENT_TEXT as CONSENT_TEXT,
  NEWSLETTER_CONSENT_VERSION as CONSENT_VERSION,
  SIGNUP_SOURCES,
  type SignupSource,
} from '@hp/content-schemas'
