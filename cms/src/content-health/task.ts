import { externalLinksOf } from '@hp/content-schemas'
import type { Payload, PayloadRequest, TaskConfig, Where } from 'payload'
import { LINK_CHECKS } from '../collections/LinkChecks/index.ts'
import { readEnv } from '../env.ts'
import { assembleSiteContent, loadPublished } from '../export/index.ts'
import { checkLinks, type LinkCheckOptions } from './linkCheck.ts'

export const LINK_CHECK_TASK = 'checkExternalLinks'
export const CONTENT_HEALTH_QUEUE = 'content-health'

/** Test hook: a shorter pause between requests to one host (the defaults are polite to real sites). */
let overrides: Partial<LinkCheckOptions> = {}
export function setLinkCheckOptions(options: Partial<LinkCheckOptions>): void {
  overrides = options
}

/**
 * Checks every link to another site in the published content and stores each answer in
 * `link-checks` (one row per URL; rows of links no longer published are removed).
 */
export async function runLinkCheck(payload: Payload, req?: PayloadRequest): Promise<{ checked: number; failing: number }> {
  const { content } = assembleSiteContent(await loadPublished(payload, { trustedCli: true }, req), readEnv().SERVER_URL)
  if (!content) return { checked: 0, failing: 0 }
  const urls = [...new Set(externalLinksOf(content).map((l) => l.url))]
  const results = await checkLinks(urls, overrides)
  const collection = LINK_CHECKS
  const checkedAt = new Date().toISOString()
  for (const r of results) {
    const data = { url: r.url, ok: r.ok, status: r.status, reason: r.reason, checkedAt }
    const found = await payload.find({ collection, where: { url: { equals: r.url } }, limit: 1, depth: 0, overrideAccess: true, req })
    const existing = found.docs[0]
    if (existing) await payload.update({ collection, id: existing.id, data, overrideAccess: true, req })
    else await payload.create({ collection, data, overrideAccess: true, req })
  }
  const gone: Where = urls.length > 0 ? { url: { not_in: urls } } : { id: { exists: true } }
  await payload.delete({ collection, where: gone, overrideAccess: true, req })
  return { checked: results.length, failing: results.filter((r) => !r.ok).length }
}

/** The nightly job (and "Controleer links nu" on the Inhoudscontrole screen). */
export const linkCheckTask: TaskConfig = {
  slug: LINK_CHECK_TASK,
  retries: 1,
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'failing', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await runLinkCheck(req.payload, req) }),
} as TaskConfig
