import { SHARE_ENDPOINT, SHARE_FIELDS, SHARE_THANKS_URL, SHARE_URL } from '@hp/content-schemas'
import type { Endpoint, PayloadRequest } from 'payload'
import { readBodyOr400 } from '../newsletter/http.ts'
import { htmlResponse, type PageBrand, renderPage } from '../newsletter/pages.ts'
import { LIMITS } from '../security/limits.ts'
import { fromSite } from '../security/origin.ts'
import { requestIpKey } from '../security/requestIp.ts'
import { offenceId, takeIn } from '../submissions/intake.ts'
import { textHash, validateShare } from '../submissions/validate.ts'
import { corsHeaders, wantsJson } from './newsletter/subscribe.ts'

/** The answer pages of this form belong to Voor de Helpers (and address the visitor with "u"). */
const HELPERS_BRAND: PageBrand = { suffix: 'Voor de Helpers', home: SHARE_URL, homeLabel: 'Terug naar het formulier' }
/** A 2,000-character text is up to 18,000 characters form-encoded (é → %C3%A9); the rest is small. */
const MAX_BODY = 24_000
const NO_STORE = { 'Cache-Control': 'no-store' }

const page = (siteUrl: string, title: string, paragraphs: string[], status: number, extra: Record<string, string> = {}) =>
  htmlResponse(renderPage({ siteUrl, title, paragraphs, brand: HELPERS_BRAND }), status, extra)

/**
 * POST /api/share: "Deel uw tip of ervaring" on Voor de Helpers. Form-encoded (the site's form
 * works without JavaScript: errors come back as a page, success as a 303 to the thank-you page)
 * or JSON. Anonymous, and protected as the newsletter sign-up is: only posts from the site's own
 * pages (origin check), at most LIMITS.sharePerIp posts per client address per hour (every post
 * counts), a honeypot (a filled one gets the normal answer and nothing is stored), and the same
 * text is taken in once per day (a resend or a bot repeating itself gets the normal answer and
 * nothing is stored twice). The text is stored as a submission that only publishers and admins
 * can read; nothing reaches the site until a publisher publishes it as an experience.
 */
export const shareEndpoint = (siteUrl: string): Endpoint => ({
  path: SHARE_ENDPOINT.replace(/^\/api/, ''),
  method: 'post',
  handler: async (req) => {
    const response = await share(req, siteUrl)
    for (const [name, value] of Object.entries(corsHeaders(req, siteUrl))) response.headers.set(name, value)
    return response
  },
})

async function share(req: PayloadRequest, siteUrl: string): Promise<Response> {
  const json = wantsJson(req)
  if (!fromSite(req.headers, siteUrl)) {
    const message = 'Een tip of ervaring delen kan alleen via het formulier op onze website.'
    if (json) return Response.json({ error: message }, { status: 403, headers: NO_STORE })
    return page(siteUrl, 'Delen via onze website', [message, `Ga naar het formulier: ${new URL(SHARE_URL, siteUrl)}`], 403)
  }
  const ip = await LIMITS.sharePerIp.check(req.payload, requestIpKey(req))
  if (!ip.ok) {
    const message = `Er kwamen te veel berichten van uw verbinding. Probeer het over ${ip.retryAfterSeconds} seconden opnieuw.`
    const headers = { 'Retry-After': String(ip.retryAfterSeconds), ...NO_STORE }
    if (json) return Response.json({ error: message }, { status: 429, headers })
    return page(siteUrl, 'Even geduld', [message], 429, headers)
  }
  const read = await readBodyOr400(req, MAX_BODY)
  if ('response' in read) return read.response
  const result = validateShare(read.body)
  const errors: Record<string, string> = result.ok ? {} : { ...result.errors }
  // The offence must be one the site offers; looked up whatever else is wrong, so every problem shows at once.
  const slug = typeof read.body[SHARE_FIELDS.offence] === 'string' ? String(read.body[SHARE_FIELDS.offence]).trim() : ''
  const offence = slug && !errors.offence ? await offenceId(req.payload, slug) : undefined
  if (slug && offence === undefined) errors.offence = 'Kies een situatie uit de lijst, of laat dit veld leeg.'
  if (!result.ok || Object.keys(errors).length > 0) {
    if (json) return Response.json({ error: 'Controleer het formulier.', errors }, { status: 400, headers: NO_STORE })
    return page(
      siteUrl,
      'Controleer het formulier',
      [
        ...Object.values(errors),
        'Ga terug met de knop Vorige van uw browser: wat u schreef, staat er dan meestal nog. Pas het aan en verstuur het opnieuw.',
      ],
      400,
    )
  }
  // A bot (honeypot filled) and a text already sent today get the normal answer: nothing is stored.
  if (!result.bot) {
    const fresh = await LIMITS.shareSameText.check(req.payload, textHash(result.share.text))
    if (fresh.ok) await takeIn(req.payload, result.share, offence)
  }
  if (!json) return new Response(null, { status: 303, headers: { Location: new URL(SHARE_THANKS_URL, siteUrl).toString(), ...NO_STORE } })
  return Response.json({ ok: true, message: 'Dank u wel. Uw tip of ervaring is binnen.' }, { status: 202, headers: NO_STORE })
}
