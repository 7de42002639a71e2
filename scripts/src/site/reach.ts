import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { documentPages, MAX_UNREACHED_PAGES, PLATFORM_BASE, type ReachReport, reachLines, type SiteContent } from '@hp/content-schemas'
import { matchRedirect, parseRedirects, type RedirectRule } from '../lib/static-server.ts'

/*
 * The reach check: which pages of the built site a visitor cannot get to by following links from
 * the start pages. It reads the output a visitor gets (the HTML of site/dist), not a model of the
 * navigation, so a page that a component forgets to link is found too. sitemap.xml and robots.txt
 * are never followed: a page only the sitemap names is exactly what this check is for.
 */

/** Where a visitor starts: the neutral home page and the two platforms' landing pages. */
export const START_PAGES: readonly string[] = [PLATFORM_BASE.algemeen, PLATFORM_BASE.helpers, PLATFORM_BASE.professionals]

// Scripts hold URLs for machines (JSON-LD, island code), not links a visitor can follow.
const SCRIPT = /<script\b[\s\S]*?<\/script>/gi
const ANCHOR = /<a\s[^>]*?\bhref="([^"]*)"/gi
const FORM = /<form\s([^>]*)>([\s\S]*?)<\/form>/gi
const RADIO = /<input\s[^>]*\btype="radio"[^>]*>/gi
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(` ${tag}`)?.[1]
const decode = (value: string) => value.replaceAll('&amp;', '&').replaceAll('&#38;', '&')

/**
 * Every URL a visitor can go to from this page without scripts: each `<a href>`, and each GET form
 * (its action, and its action with each radio choice, e.g. a referral-tree question: `ga/?naar=bel-112`).
 */
export function linksOf(html: string): string[] {
  const text = html.replace(SCRIPT, '')
  const out = [...text.matchAll(ANCHOR)].map((m) => decode(m[1] as string))
  for (const form of text.matchAll(FORM)) {
    const tag = form[1] as string
    const action = attr(tag, 'action')
    if (action === undefined || (attr(tag, 'method') ?? 'get').toLowerCase() !== 'get') continue
    out.push(decode(action))
    for (const radio of (form[2] as string).matchAll(RADIO)) {
      const name = attr(radio[0], 'name')
      const value = attr(radio[0], 'value')
      if (name && value !== undefined) out.push(`${decode(action)}?${new URLSearchParams({ [name]: decode(value) })}`)
    }
  }
  return out
}

/**
 * The HTML pages reached breadth-first from `start` by following links (see linksOf) inside the
 * site, through `_redirects` like the CDN does. Pages are named as htmlPages names them: `/tips/` for
 * tips/index.html, `/404.html` for a file.
 */
export function reachedPages(
  dist: string,
  start: readonly string[],
  rules: readonly RedirectRule[],
  site = 'http://localhost',
): Set<string> {
  const origin = new URL(site).origin
  const known = new Map<string, string | undefined>()
  // The page a path serves, or undefined: `/a/` → `/a/`, `/a` → `/a/` (a folder with an index.html), `/x.html` → `/x.html`.
  const pageAt = (pathname: string): string | undefined => {
    if (known.has(pathname)) return known.get(pathname)
    let page: string | undefined
    try {
      const file = path.join(dist, decodeURIComponent(pathname))
      if (file.startsWith(dist)) {
        if (pathname.endsWith('/')) page = existsSync(path.join(file, 'index.html')) ? pathname : undefined
        else if (file.endsWith('.html') && existsSync(file) && statSync(file).isFile()) page = pathname
        else if (existsSync(path.join(file, 'index.html'))) page = `${pathname}/`
      }
    } catch {
      page = undefined
    }
    known.set(pathname, page)
    return page
  }
  // Follows at most 5 redirects, as a browser would follow a few.
  const resolve = (url: URL): string | undefined => {
    for (let hop = 0; hop <= 5; hop++) {
      if (url.origin !== origin) return undefined
      const page = pageAt(url.pathname)
      if (page) return page
      const redirect = matchRedirect(rules, url)
      if (!redirect) return undefined
      url = new URL(redirect.location, url)
    }
    return undefined
  }
  const reached = new Set<string>()
  const queue: string[] = []
  for (const p of start) {
    const page = resolve(new URL(p, origin))
    if (page && !reached.has(page)) {
      reached.add(page)
      queue.push(page)
    }
  }
  // A root-relative link means the same on every page (the header and footer repeat on all of them): resolved once.
  const rooted = new Map<string, string | undefined>()
  for (let i = 0; i < queue.length; i++) {
    const page = queue[i] as string
    const file = path.join(dist, decodeURIComponent(page.endsWith('/') ? `${page}index.html` : page))
    const base = new URL(page, origin)
    for (const href of linksOf(readFileSync(file, 'utf8'))) {
      const same = href.startsWith('/') && !href.startsWith('//')
      let target = same ? rooted.get(href) : undefined
      if (!same || !rooted.has(href)) {
        try {
          target = resolve(new URL(href, base))
        } catch {
          target = undefined
        }
        if (same) rooted.set(href, target)
      }
      if (target && !reached.has(target)) {
        reached.add(target)
        queue.push(target)
      }
    }
  }
  return reached
}

/**
 * The reach check of a finished build in `dist`: which of `pages` (the sitemap's pages) no link path
 * from the start pages reaches, each with the document it shows (by the site's own path functions).
 */
export function reachReport(dist: string, pages: readonly string[], content: SiteContent, site?: string): ReachReport {
  const redirects = path.join(dist, '_redirects')
  const rules = existsSync(redirects) ? parseRedirects(readFileSync(redirects, 'utf8')) : []
  const reached = reachedPages(dist, START_PAGES, rules, site)
  const owners = documentPages(content)
  const missing = pages.filter((p) => !reached.has(p))
  return {
    pages: pages.length,
    total: missing.length,
    unreached: missing.slice(0, MAX_UNREACHED_PAGES).map((p) => {
      const owner = owners.get(p)
      return owner ? { path: p, collection: owner.collection, slug: owner.slug, document: owner.label } : { path: p }
    }),
  }
}

/** Runs the reach check and prints it in the build's output (reachLines), where the build receiver reads it for the CMS. */
export function printReach(dist: string, pages: readonly string[], content: SiteContent, site?: string): void {
  const started = performance.now()
  const report = reachReport(dist, pages, content, site)
  for (const line of reachLines(report, START_PAGES, performance.now() - started)) console.log(`      ${line}`)
}
