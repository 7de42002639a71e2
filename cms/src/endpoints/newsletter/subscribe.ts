import type { Endpoint } from 'payload'
import { inBackground } from '../../newsletter/background.ts'
import { BodyError, isForm, limited, readBody } from '../../newsletter/http.ts'
import { signupFormUrl, thankYouUrl } from '../../newsletter/links.ts'
import { htmlResponse, renderPage } from '../../newsletter/pages.ts'
import { signUp } from '../../newsletter/subscribers.ts'
import { validateSignup } from '../../newsletter/validate.ts'
import type { EndpointDeps } from './deps.ts'

const ACCEPTED = { ok: true, message: 'Bijna klaar. Kijk in je mailbox en bevestig je aanmelding via de link in de e-mail.' }

/**
 * POST /api/newsletter/subscribe — form-encoded (the site's form, no JavaScript) or JSON.
 * Anonymous by design: it writes subscribers with `overrideAccess: true` (see
 * newsletter/subscribers.ts) and never reveals whether an address is known: new, pending,
 * confirmed and unsubscribed addresses get the same status and body (form: the same 303 to the
 * thank-you page), and the mail goes out after the answer so timing tells nothing either.
 * Protected by the per-IP rate limit and the honeypot.
 */
export const subscribeEndpoint = ({ settings, limiter, mailer }: EndpointDeps): Endpoint => ({
  path: '/newsletter/subscribe',
  method: 'post',
  handler: async (req) => {
    const form = isForm(req)
    const tooMany = limited(req, limiter, settings.siteUrl, !form)
    if (tooMany) return tooMany
    let body: Record<string, unknown>
    try {
      body = await readBody(req)
    } catch (error) {
      if (!(error instanceof BodyError)) throw error
      return Response.json({ error: error.message }, { status: 400 })
    }
    const result = validateSignup(body)
    if (!result.ok) {
      if (!form) return Response.json({ error: 'Controleer het formulier.', errors: result.errors }, { status: 400 })
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
    if (!result.bot)
      inBackground(signUp(req.payload, result.signup, settings, mailer()), (error) =>
        req.payload.logger.error({ err: error }, 'Newsletter sign-up failed after the answer was sent'),
      )
    if (form) return new Response(null, { status: 303, headers: { Location: thankYouUrl(settings.siteUrl), 'Cache-Control': 'no-store' } })
    return Response.json(ACCEPTED, { status: 202, headers: { 'Cache-Control': 'no-store' } })
  },
})
