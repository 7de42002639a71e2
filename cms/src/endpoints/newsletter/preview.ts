import type { Endpoint } from 'payload'
import { prepareIssue } from '../../newsletter/issue.ts'
import { PAGE_HEADERS } from '../../newsletter/pages.ts'
import { renderIssueMail } from '../../newsletter/render.ts'
import type { EndpointDeps } from './deps.ts'
import { issueIdOf, notSendable, refuseUnlessStaff } from './staff.ts'

const PREVIEW_LINKS = { unsubscribe: 'https://example.invalid/afmelden', data: 'https://example.invalid/mijn-gegevens' }

/**
 * GET /api/newsletter/issues/:id/preview[?format=text] — the issue exactly as the e-mail renders
 * it, for staff. The issue is read with `overrideAccess: true` only after the staff check, because
 * rendering needs the whole published bundle (buildSiteContent's trusted mode).
 */
export const previewEndpoint = ({ settings }: EndpointDeps): Endpoint => ({
  path: '/newsletter/issues/:id/preview',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    try {
      const { issue, content } = await prepareIssue(req.payload, issueIdOf(req), settings.serverUrl)
      const mail = renderIssueMail(issue, content, settings.siteUrl, PREVIEW_LINKS)
      if (req.searchParams?.get('format') === 'text')
        return new Response(mail.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
      // The e-mail has no scripts and loads nothing; the page CSP keeps it that way in the admin.
      return new Response(mail.html, {
        headers: {
          ...PAGE_HEADERS,
          'Content-Security-Policy': "default-src 'none'; img-src 'self' data: https:; style-src 'unsafe-inline'; frame-ancestors 'self'",
        },
      })
    } catch (error) {
      return notSendable(error)
    }
  },
})
