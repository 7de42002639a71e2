import type { Endpoint, PayloadRequest } from 'payload'
import { readTokenRequest } from '../../newsletter/http.ts'
import { htmlResponse, invalidLinkPage, renderPage } from '../../newsletter/pages.ts'
import { byManageToken, unsubscribe } from '../../newsletter/subscribers.ts'
import { isTokenShape } from '../../newsletter/tokens.ts'
import type { EndpointDeps } from './deps.ts'

/*
 * /api/newsletter/unsubscribe?token=… — the List-Unsubscribe target (RFC 8058).
 * POST (the mail client's one-click, or the button) unsubscribes at once: no login, no cookie,
 * no confirmation. GET only shows a page with that button, so link scanners unsubscribe nobody.
 * Anonymous by design: `overrideAccess: true` in newsletter/subscribers.ts; the caller must hold
 * the subscriber's manage token (HMAC-derived, stored as a hash); failed tokens are rate limited
 * per IP (newsletter/http.ts `readTokenRequest`), valid ones never count: a mail provider sends
 * the one-click POSTs of many subscribers from a few shared IPs.
 */
export const unsubscribeEndpoints = ({ settings, limiter }: EndpointDeps): Endpoint[] => {
  const page = async (req: PayloadRequest, post: boolean) => {
    const request = await readTokenRequest(req, post, limiter, settings.siteUrl)
    if (request.tooMany) return request.tooMany
    const { token, fail } = request
    const sub = isTokenShape(token) ? await byManageToken(req.payload, token) : undefined
    if (!token || !sub) {
      await fail()
      return htmlResponse(invalidLinkPage(settings.siteUrl, 'We konden je niet afmelden met deze link.'), 410)
    }
    if (post) {
      await unsubscribe(req.payload, sub)
      return htmlResponse(
        renderPage({
          siteUrl: settings.siteUrl,
          title: 'Je bent afgemeld',
          paragraphs: [
            'Je krijgt de nieuwsbrief voor professionals niet meer.',
            'Toch weer aanmelden? Dat kan altijd via het formulier op de nieuwsbriefpagina.',
          ],
        }),
      )
    }
    return htmlResponse(
      renderPage({
        siteUrl: settings.siteUrl,
        title: 'Afmelden voor de nieuwsbrief',
        paragraphs: ['Klik op de knop om je af te melden. Je krijgt daarna geen nieuwsbrieven meer.'],
        buttons: [{ action: `/api/newsletter/unsubscribe?token=${encodeURIComponent(token)}`, label: 'Afmelden' }],
      }),
    )
  }
  return [
    { path: '/newsletter/unsubscribe', method: 'get', handler: (req) => page(req, false) },
    { path: '/newsletter/unsubscribe', method: 'post', handler: (req) => page(req, true) },
  ]
}
