import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { assertReferences, parseDocument, type SiteContent, SiteContentSchema } from '@hp/content-schemas'

let cached: SiteContent | undefined

/**
 * The published bundle the build renders, parsed with the contract. The build script
 * (scripts/src/build-site.ts) fetches and validates it first and writes it into the build's private
 * folder, named by SITE_CONTENT_JSON (so two builds at once never read each other's content).
 */
export function siteContent(): SiteContent {
  if (cached) return cached
  const file = process.env.SITE_CONTENT_JSON ?? path.resolve('.content/content.json')
  if (!existsSync(file)) {
    throw new Error(`No content to build: ${file} does not exist (SITE_CONTENT_JSON). Build the site with \`npm run build:site\`.`)
  }
  const content = parseDocument(SiteContentSchema, JSON.parse(readFileSync(file, 'utf8')), 'Site-inhoud')
  assertReferences(content)
  cached = content
  return content
}
