import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { assertReferences, parseDocument, type SiteContent, SiteContentSchema } from '@hp/content-schemas'

let cached: SiteContent | undefined

/**
 * The published bundle the build renders, parsed with the contract. The build script
 * (scripts/src/build-site.ts) fetches and validates it first and writes it into the build's private
 * folder, named by SITE_CONTENT_JSON (so two builds at once never read each other's content).
 *
 * The build script has already validated exactly these bytes: it names their SHA-256 in
 * SITE_CONTENT_SHA256, and when the file still has that digest the contract check is not run a
 * second time (at 5,000 documents it cost ~0.5 s of every build). Any other file (a hand-made
 * content.json, a digest that does not match) is validated here as before.
 */
export function siteContent(): SiteContent {
  if (cached) return cached
  const file = process.env.SITE_CONTENT_JSON ?? path.resolve('.content/content.json')
  if (!existsSync(file)) {
    throw new Error(`No content to build: ${file} does not exist (SITE_CONTENT_JSON). Build the site with \`npm run build:site\`.`)
  }
  const bytes = readFileSync(file)
  const data = JSON.parse(bytes.toString('utf8'))
  if (process.env.SITE_CONTENT_SHA256 && createHash('sha256').update(bytes).digest('hex') === process.env.SITE_CONTENT_SHA256) {
    cached = data as SiteContent
    return cached
  }
  const content = parseDocument(SiteContentSchema, data, 'Site-inhoud')
  assertReferences(content)
  cached = content
  return content
}
