import type { Endpoint } from 'payload'
import { NEWSLETTER_ISSUES } from '../../collections/NewsletterIssues/index.ts'
import { PAGE_HEADERS, renderPage } from '../../newsletter/pages.ts'
import { renderIssueMail } from '../../newsletter/render.ts'
import { draftBundle, PreviewError } from '../../preview/bundle.ts'
import type { EndpointDeps } from './deps.ts'
import { issueIdOf, refuseUnlessStaff } from './staff.ts'

const PREVIEW_LINKS = { unsubscribe: 'https://example.invalid/afmelden', data: 'https://example.invalid/mijn-gegevens' }

/**
 * GET /api/newsletter/issues/:id/preview[?format=text] — "Voorbeeld als e-mail": the issue's latest
 * version (a draft too) rendered by the renderer that sends it (newsletter/render.ts), HTML or plain
 * text, for staff. Links resolve against the published site plus this draft, as they will once it is
 * published (preview/bundle.ts; read with `overrideAccess` only after the staff check). An issue the
 * site could not be built with answers a Dutch page listing what to fix, never JSON.
 */
export const previewEndpoint = ({ settings }: EndpointDeps): Endpoint => ({
  path: '/newsletter/issues/:id/preview',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const text = req.searchParams?.get('format') === 'text'
    try {
      const { content, slug } = await draftBundle(req.payload, NEWSLETTER_ISSUES, issueIdOf(req), settings.serverUrl)
      const issue = content.newsletterIssues.find((i) => i.slug === slug)
      if (!issue) throw new PreviewError(404, 'Deze nieuwsbrief staat niet in de inhoud van de site.')
      const mail = renderIssueMail(issue, content, settings.siteUrl, PREVIEW_LINKS)
      if (text)
        return new Response(mail.text, {
          headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' },
        })
      // The e-mail has no scripts and loads nothing; the page CSP keeps it that way in the admin.
      return new Response(mail.html, {
        headers: {
          ...PAGE_HEADERS,
          'Content-Security-Policy': "default-src 'none'; img-src 'self' data: https:; style-src 'unsafe-inline'; frame-ancestors 'self'",
        },
      })
    } catch (error) {
      if (!(error instanceof PreviewError)) throw error
      const paragraphs = [error.message.replace('Klik opnieuw op "Voorbeeld"', 'Open het voorbeeld daarna opnieuw'), ...error.problems]
      const html = renderPage({ title: 'Geen voorbeeld van deze nieuwsbrief', paragraphs, siteUrl: settings.siteUrl })
      return new Response(html, { status: error.status, headers: PAGE_HEADERS })
    }
  },
})
