import type { Endpoint, PayloadRequest } from 'payload'
import { readTokenRequest } from '../../newsletter/http.ts'
import { htmlResponse, invalidLinkPage, renderPage } from '../../newsletter/pages.ts'
import { byManageToken, deleteSubscriber, exportSubscriber } from '../../newsletter/subscribers.ts'
import { isTokenShape } from '../../newsletter/tokens.ts'
import type { EndpointDeps } from './deps.ts'

/*
 * /api/newsletter/data?token=… — "my data", linked from every e-mail (GDPR access and erasure).
 * GET shows a page with two buttons; POST action=download answers the data as a JSON file,
 * POST action=delete removes the subscriber and their delivery records.
 * Anonymous by design: `overrideAccess: true` in newsletter/subscribers.ts; the caller must hold
 * the subscriber's manage token; failed tokens are rate limited per IP (newsletter/http.ts
 * `readTokenRequest`).
 */
export const dataEndpoints = ({ settings, limiter }: EndpointDeps): Endpoint[] => {
  const page = async (req: PayloadRequest, post: boolean) => {
    const request = await readTokenRequest(req, post, limiter, settings.siteUrl)
    if (request.tooMany) return request.tooMany
    const { token, body, fail } = request
    const sub = isTokenShape(token) ? await byManageToken(req.payload, token) : undefined
    if (!token || !sub) {
      await fail()
      return htmlResponse(invalidLinkPage(settings.siteUrl, 'Er zijn geen gegevens bij deze link.'), 410)
    }
    if (post && body.action === 'download')
      return new Response(`${JSON.stringify(await exportSubscriber(req.payload, sub), null, 2)}\n`, {
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Disposition': 'attachment; filename="mijn-gegevens-nieuwsbrief.json"',
          'Cache-Control': 'no-store',
        },
      })
    if (post && body.action === 'delete') {
      await deleteSubscriber(req.payload, sub)
      return htmlResponse(
        renderPage({
          siteUrl: settings.siteUrl,
          title: 'Je gegevens zijn verwijderd',
          paragraphs: ['We hebben je e-mailadres en alles wat erbij hoort verwijderd. Je krijgt geen nieuwsbrieven meer.'],
        }),
      )
    }
    const action = `/api/newsletter/data?token=${encodeURIComponent(token)}`
    return htmlResponse(
      renderPage({
        siteUrl: settings.siteUrl,
        title: 'Je gegevens',
        paragraphs: [
          `We bewaren voor de nieuwsbrief je e-mailadres (${sub.email}), je sector als je die hebt gekozen, wanneer je toestemming gaf en welke nieuwsbrieven we je stuurden.`,
          'Download je gegevens als bestand, of verwijder ze. Verwijderen kun je niet ongedaan maken.',
        ],
        buttons: [
          { action, label: 'Download mijn gegevens', fields: { action: 'download' } },
          { action, label: 'Verwijder mijn gegevens', fields: { action: 'delete' }, secondary: true },
        ],
      }),
    )
  }
  return [
    { path: '/newsletter/data', method: 'get', handler: (req) => page(req, false) },
    { path: '/newsletter/data', method: 'post', handler: (req) => page(req, true) },
  ]
}
