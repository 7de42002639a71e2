import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ervaringUrl, type SiteContent, stepPlanUrl, tipUrl, urlForRef, videoUrl } from '@hp/content-schemas'
import { ROOT } from '../lib/paths.ts'

/*
 * Incremental builds (`SITE_BUILD_INCREMENTAL=1 npm run build:site`): after a
 * one-document publish most pages are what the live site already has. Every detail page of the large
 * collections (tips, videos, step plans, ervaringen: ~85 % of the pages at 5,000 documents) gets a
 * key: a hash of
 *   - the site's code (every file of the Astro project, Astro's and pagefind's versions),
 *   - everything in the bundle except those collections and the signals and newsletter issues (the
 *     settings, navigation, offences, organisations, general pages, checklists …: what the layout and
 *     these pages read besides their own document),
 *   - the page's own document, as the bundle has it (text, images, search terms, platforms),
 *   - the address every link in that document resolves to (so renaming or moving a linked document
 *     changes the key of the pages that link to it).
 * A page whose key equals the key it had in the live build is not rendered again: its file is linked
 * in from the live site (site/src/build/search-index.mjs). Every other page (list pages, landing
 * pages, tools, checklists, organisations, the search page) is always rendered, and the search index
 * and the sitemap are always made whole, from all pages.
 */

/** The keys of the live build, next to the live folder (never inside it: not for visitors). */
export const pageKeysFile = (dist: string) => `${dist}.page-keys.json`

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

/** Every file of the Astro project copy, and the versions of the tools that render and index it. */
export function codeDigest(siteRoot: string): string {
  const h = createHash('sha256')
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else h.update(path.relative(siteRoot, full)).update('\0').update(readFileSync(full)).update('\0')
    }
  }
  walk(path.join(siteRoot, 'src'))
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json']) h.update(f).update(readFileSync(path.join(siteRoot, f)))
  for (const pkg of ['astro', 'pagefind', '@hp/content-schemas'])
    h.update(pkg).update(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json')))
  // The contract package's code (URL functions, schemas) is part of every page.
  walk(path.join(ROOT, 'content-schemas', 'src'))
  return h.digest('hex')
}

/** Every `{ ref: { collection, slug } }` link inside a document, resolved to the address it renders as. */
function linkTargets(doc: unknown, content: SiteContent): string[] {
  const out: string[] = []
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>
      const ref = obj.ref as { collection?: unknown; slug?: unknown } | undefined
      if (ref && typeof ref === 'object' && typeof ref.collection === 'string' && typeof ref.slug === 'string') {
        try {
          out.push(urlForRef(ref as Parameters<typeof urlForRef>[0], content))
        } catch {
          out.push(`missing:${ref.collection}/${ref.slug}`)
        }
      }
      for (const v of Object.values(obj)) visit(v)
    }
  }
  visit(doc)
  return out
}

/** The key of every page that may be reused, by address. */
export function pageKeys(content: SiteContent, code: string): Record<string, string> {
  const { tips, videos, stepPlans, ervaringen, signals: _signals, newsletterIssues: _issues, ...rest } = content
  const global = sha(`${code}\n${JSON.stringify(rest)}`)
  const keys: Record<string, string> = {}
  const key = (kind: string, doc: unknown) => sha(`${global}\n${kind}\n${JSON.stringify(doc)}\n${linkTargets(doc, content).join('\n')}`)
  for (const tip of tips) keys[tipUrl(tip.slug, tip.platforms)] = key('tip', tip)
  for (const video of videos) keys[videoUrl(video.slug, video.platforms)] = key('video', video)
  for (const plan of stepPlans) keys[stepPlanUrl(plan.slug)] = key('step-plan', plan)
  for (const e of ervaringen) keys[ervaringUrl(e.slug)] = key('ervaring', e)
  return keys
}

/** The keys the live build saved, or undefined (no live build, or one from before incremental builds). */
export function readPageKeys(dist: string): Record<string, string> | undefined {
  try {
    return JSON.parse(readFileSync(pageKeysFile(dist), 'utf8')) as Record<string, string>
  } catch {
    return undefined
  }
}

/** Written whole, then renamed, like the last good bundle. */
export async function savePageKeys(dist: string, keys: Record<string, string>): Promise<void> {
  const file = pageKeysFile(dist)
  const part = `${file}.${process.pid}.part`
  await writeFile(part, JSON.stringify(keys))
  await rename(part, file)
}

/** The addresses whose key is unchanged and whose file the live site has. */
export function reusablePages(previous: Record<string, string> | undefined, next: Record<string, string>, dist: string): string[] {
  if (!previous) return []
  return Object.entries(next)
    .filter(([url, k]) => previous[url] === k && existsSync(path.join(dist, url, 'index.html')))
    .map(([url]) => url)
}
