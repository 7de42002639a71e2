import type { Endpoint, PayloadRequest } from 'payload'
import { readTokenRequest } from '../../newsletter/http.ts'
import { htmlResponse, invalidLinkPage, renderPage } from '../../newsletter/pages.ts'
import { checkConfirmToken, confirm } from '../../newsletter/subscribers.ts'
import { isTokenShape } from '../../newsletter/tokens.ts'
import type { EndpointDeps } from './deps.ts'

/*
 * /api/newsletter/confirm?token=… — the link in the confirmation mail.
 * GET shows a page with a button and changes nothing (mail scanners follow links); the button
 * POSTs the token and confirms. The page is served by the CMS, not the static site: the token
 * then never passes through site JavaScript, the form posts to its own origin (no CORS, no
 * change to the site's CSP), and it works without JavaScript.
 * Anonymous by design: `overrideAccess: true` in newsletter/subscribers.ts; the caller must hold
 * the 256-bit token (looked up by hash, single use, 48 h); failed tokens are rate limited per IP
 * (newsletter/http.ts `readTokenRequest`).
 */
const NOT_CONFIRMED = 'Je aanmelding is niet bevestigd.'

export const confirmEndpoints = ({ settings, limiter }: EndpointDeps): Endpoint[] => {
  const page = async (req: PayloadRequest, post: boolean) => {
    const request = await readTokenRequest(req, post, limiter, settings.siteUrl)
    if (request.tooMany) return request.tooMany
    const { token, fail } = request
    if (!isTokenShape(token)) {
      await fail()
      return htmlResponse(invalidLinkPage(settings.siteUrl, NOT_CONFIRMED), 400)
    }
    const state = post ? await confirm(req.payload, token) : await checkConfirmToken(req.payload, token)
    if (state !== 'valid') {
      await fail()
      return htmlResponse(invalidLinkPage(settings.siteUrl, NOT_CONFIRMED), 410)
    }
    if (post)
      return htmlResponse(
        renderPage({
          siteUrl: settings.siteUrl,
          title: 'Je aanmelding is bevestigd',
          paragraphs: [
            'Dank je wel. Je krijgt de volgende nieuwsbrief voor professionals in je mailbox.',
            'In elke nieuwsbrief staat een link om je af te melden.',
          ],
        }),
      )
    return htmlResponse(
      renderPage({
        siteUrl: settings.siteUrl,
        title: 'Bevestig je aanmelding',
        paragraphs: ['Klik op de knop om je aanmelding voor de nieuwsbrief voor professionals te bevestigen.'],
        buttons: [{ action: '/api/newsletter/confirm', label: 'Aanmelding bevestigen', fields: { token } }],
      }),
    )
  }
  return [
    { path: '/newsletter/confirm', method: 'get', handler: (req) => page(req, false) },
    { path: '/newsletter/confirm', method: 'post', handler: (req) => page(req, true) },
  ]
}
