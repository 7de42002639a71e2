import { NEWSLETTER_SIGNUP_URL, NEWSLETTER_THANKS_URL } from '@hp/content-schemas'
/** The public URLs of the newsletter endpoints (absolute, on the CMS origin). */
export const NEWSLETTER_API = '/api/newsletter'

export const confirmLink = (serverUrl: string, token: string) =>
  new URL(`${NEWSLETTER_API}/confirm?token=${encodeURIComponent(token)}`, serverUrl).toString()
export const unsubscribeLink = (serverUrl: string, token: string) =>
  new URL(`${NEWSLETTER_API}/unsubscribe?token=${encodeURIComponent(token)}`, serverUrl).toString()
export const dataLink = (serverUrl: string, token: string) =>
  new URL(`${NEWSLETTER_API}/data?token=${encodeURIComponent(token)}`, serverUrl).toString()

/** The site's thank-you page the form variant of the sign-up redirects to. */
export const thankYouUrl = (siteUrl: string) => new URL(NEWSLETTER_THANKS_URL, siteUrl).toString()
export const signupFormUrl = (siteUrl: string) => new URL(NEWSLETTER_SIGNUP_URL, siteUrl).toString()

export const mailLinks = (serverUrl: string, manageToken: string) => ({
  unsubscribe: unsubscribeLink(serverUrl, manageToken),
  data: dataLink(serverUrl, manageToken),
})
