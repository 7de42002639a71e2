import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { htmlPages } from '@hp/scripts/sitemap'
import { matchRedirect, parseRedirects } from '@hp/scripts/static-server'

/*
 * Every link, image and script on every built page must lead somewhere: the file exists (or a
 * `_redirects` rule sends it to one that does), and a `#fragment` names an id on that page.
 * Pagination, theme and sector lists, signal deep links, rich-text links, breadcrumbs and the
 * tool routes are all covered by this one walk over the output (no browser needed).
 */
const ATTRIBUTE = /\s(?:href|src|action)="([^"]*)"|\ssrcset="([^"]*)"/g

/** Where a site path lives in the output, or undefined. */
function fileFor(dist: string, pathname: string): string | undefined {
  const file = path.join(dist, decodeURIComponent(pathname))
  if (!file.startsWith(dist)) return undefined
  if (existsSync(file) && statSync(file).isFile()) return file
  const index = path.join(file, 'index.html')
  return existsSync(index) ? index : undefined
}

/** Walks every built page; returns how many internal URLs it checked and what does not resolve. */
export function checkLinks(dist: string): { checked: number; problems: string[] } {
  // The site's public origin (SITE_URL at build time), as the sitemap names it.
  const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(path.join(dist, 'sitemap.xml'), 'utf8'))?.[1]
  const site = new URL(loc ?? 'http://localhost:4321/')
  const redirectsFile = path.join(dist, '_redirects')
  const rules = existsSync(redirectsFile) ? parseRedirects(readFileSync(redirectsFile, 'utf8')) : []
  const ids = new Map<string, Set<string>>()
  const idsOf = (file: string) => {
    let found = ids.get(file)
    if (!found) {
      found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string))
      ids.set(file, found)
    }
    return found
  }
  const problems = new Set<string>()
  let checked = 0
  for (const page of htmlPages(dist)) {
    const html = readFileSync(fileFor(dist, page) as string, 'utf8')
      // JSON-LD and inline scripts hold URLs for machines (checked by the SEO test), not links.
      .replace(/<script[\s\S]*?<\/script>/g, '')
    const pageUrl = new URL(page, site)
    for (const m of html.matchAll(ATTRIBUTE)) {
      const values = m[1] !== undefined ? [m[1]] : (m[2] ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')
      for (const value of values) {
        if (!value || /^(mailto|tel|data|javascript):/.test(value)) continue
        const url = new URL(value.replaceAll('&amp;', '&'), pageUrl)
        // Relative links and absolute ones to SITE_URL (canonical, Open Graph) are ours; other sites are not.
        if (url.origin !== site.origin) continue
        checked += 1
        let file = fileFor(dist, url.pathname)
        if (!file) {
          const redirect = matchRedirect(rules, url)
          file = redirect ? fileFor(dist, new URL(redirect.location, url).pathname) : undefined
        }
        if (!file) {
          problems.add(`${page}: ${value} → nothing there`)
          continue
        }
        const fragment = decodeURIComponent(url.hash.slice(1))
        if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment))
          problems.add(`${page}: ${value} → no id "${fragment}" on that page`)
      }
    }
  }
  return { checked, problems: [...problems] }
}
