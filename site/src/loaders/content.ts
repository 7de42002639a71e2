import { readFileSync } from 'node:fs'
import path from 'node:path'
import { assertReferences, parseDocument, type SiteContent, SiteContentSchema } from '@hp/content-schemas'

let cached: SiteContent | undefined

/**
 * The published bundle the build renders, parsed with the contract. The build script
 * (scripts/src/build-site.ts) fetches and validates it first and writes it to SITE_CONTENT_JSON.
 */
export function siteContent(): SiteContent {
  if (cached) return cached
  const file = process.env.SITE_CONTENT_JSON ?? path.resolve('.content/content.json')
  const content = parseDocument(SiteContentSchema, JSON.parse(readFileSync(file, 'utf8')), 'SiteContent')
  assertReferences(content)
  cached = content
  return content
}
