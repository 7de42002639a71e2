import { SIGNUP_ENDPOINT } from '@hp/content-schemas'
import type { Endpoint, PayloadRequest } from 'payload'
import { inBackground } from '../../newsletter/background.ts'
import { isForm, limited, readBodyOr400 } from '../../newsletter/http.ts'
import { signupFormUrl, thankYouUrl } from '../../newsletter/links.ts'
import { htmlResponse, renderPage } from '../../newsletter/pages.ts'
import { signUp } from '../../newsletter/subscribers.ts'
import { validateSignup } from '../../newsletter/validate.ts'
import { fromSite } from '../../security/origin.ts'
import type { EndpointDeps } from './deps.ts'

const PATH = SIGNUP_ENDPOINT.replace(/^\/api/, '')
const ACCEPTED = { ok: true, message: 'Bijna klaar. Kijk in je mailbox en bevestig je aanmelding via de link in de e-mail.' }

/**
 * The site's sign-up form, enhanced with JavaScript, posts from the site's origin and reads the
 * JSON answer: that origin (SITE_URL) and only that one may read it. No credentials: the endpoint
 * needs no cookie, and a CMS login in the same browser must never be usable from the site.
 */
export function corsHeaders(req: PayloadRequest, siteUrl: string): Record<string, string> {
  const site = new URL(siteUrl).origin
  const headers: Record<string, string> = { Vary: 'Origin' }
  if (req.headers.get('origin') === site) headers['Access-Control-Allow-Origin'] = site
  return headers
}

/**
 * Answer in JSON for the enhanced form (it asks with `Accept: application/json` and posts the
 * same form-encoded fields, a CORS "simple request" without a preflight) and for JSON bodies;
 * a plain form post (no JavaScript) gets HTML and redirects.
 */
export function wantsJson(req: PayloadRequest): boolean {
  if (!isForm(req)) return true
  const accept = req.headers.get('accept') ?? ''
  return accept.includes('application/json') && !accept.includes('text/html')
}

const withHeaders = (response: Response, headers: Record<string, string>): Response => {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

/**
 * POST /api/newsletter/subscribe — form-encoded (the site's form, with or without JavaScript) or JSON.
 * Anonymous by design: it writes subscribers with `overrideAccess: true` (see
 * newsletter/subscribers.ts) and never reveals whether an address is known: new, pending,
 * confirmed and unsubscribed addresses get the same status and body (form: the same 303 to the
 * thank-you page), and the mail goes out after the answer so timing tells nothing either.
 * Protected by the origin check (only the site's own pages may post: no sign-ups from forms on
 * other sites), the per-IP rate limit, the honeypot, and at most one mail per address per
 * 10 minutes (newsletter/subscribers.ts).
 */
export const subscribeEndpoint = ({ settings, limiter, mailer }: EndpointDeps): Endpoint => ({
  path: PATH,
  method: 'post',
  handler: async (req) => withHeaders(await subscribe(req, { settings, limiter, mailer }), corsHeaders(req, settings.siteUrl)),
})

/** The CORS preflight for JSON bodies from the site (the enhanced form itself needs none). */
export const subscribePreflightEndpoint = ({ settings }: EndpointDeps): Endpoint => ({
  path: PATH,
  method: 'options',
  handler: async (req) => {
    const headers = corsHeaders(req, settings.siteUrl)
    if (headers['Access-Control-Allow-Origin']) {
      headers['Access-Control-Allow-Methods'] = 'POST'
      headers['Access-Control-Allow-Headers'] = 'Content-Type, Accept'
      headers['Access-Control-Max-Age'] = '600'
    }
    return new Response(null, { status: 204, headers })
  },
})

/** What a post from another site (or from no site) gets: 403 and where the real form is. */
function notFromSite(siteUrl: string, json: boolean): Response {
  const message = 'Aanmelden voor de nieuwsbrief kan alleen via het formulier op onze website.'
  if (json) return Response.json({ error: message }, { status: 403, headers: { 'Cache-Control': 'no-store' } })
  return htmlResponse(
    renderPage({
      siteUrl,
      title: 'Aanmelden via onze website',
      paragraphs: [message, `Ga naar het formulier: ${signupFormUrl(siteUrl)}`],
    }),
    403,
  )
}

async function subscribe(req: PayloadRequest, { settings, limiter, mailer }: EndpointDeps): Promise<Response> {
  const json = wantsJson(req)
  if (!fromSite(req.headers, settings.siteUrl)) return notFromSite(settings.siteUrl, json)
  const tooMany = await limited(req, limiter, settings.siteUrl, json)
  if (tooMany) return tooMany
  const read = await readBodyOr400(req)
  if ('response' in read) return read.response
  const result = validateSignup(read.body)
  if (!result.ok) {
    if (json) return Response.json({ error: 'Controleer het formulier.', errors: result.errors }, { status: 400 })
    return htmlResponse(
      renderPage({
        siteUrl: settings.siteUrl,
        title: 'Controleer het formulier',
        paragraphs: [...Object.values(result.errors), `Ga terug naar het formulier: ${signupFormUrl(settings.siteUrl)}`],
      }),
      400,
    )
  }
  // A filled honeypot gets the normal answer and nothing happens: the bot learns nothing.
  // Queued (newsletter/background.ts); the consent time is the moment of this request.
  if (!result.bot) {
    const at = new Date()
    inBackground(
      () => signUp(req.payload, result.signup, settings, mailer(), at),
      (error) => req.payload.logger.error({ err: error }, 'Newsletter sign-up failed after the answer was sent'),
    )
  }
  if (!json) return new Response(null, { status: 303, headers: { Location: thankYouUrl(settings.siteUrl), 'Cache-Control': 'no-store' } })
  return Response.json(ACCEPTED, { status: 202, headers: { 'Cache-Control': 'no-store' } })
}
