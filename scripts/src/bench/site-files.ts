import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { htmlPages } from './lib.ts'

/** What a page costs, read from the built files (no browser): every figure in bytes, gzip -9. */
export interface PageFigures {
  /** Site path, e.g. `/voor-de-helpers/tips/luisteren/`. */
  path: string
  htmlGzip: number
  cssGzip: number
  /** JS of hydrated islands: Astro's island runtime, components, renderer and every chunk they import. */
  frameworkJsGzip: number
  /** All other JS: inline scripts (quick exit, search box, small enhancements) and their imports. */
  otherJsGzip: number
  /** `<img>` tags without both a width and a height attribute (the tag, shortened). */
  imagesWithoutSize: string[]
  /** Absolute URLs the page would fetch (src, srcset, poster, stylesheet/icon/preload links, CSS url()). */
  otherOrigin: string[]
}

const gz = (b: Buffer | string) => (b.length === 0 ? 0 : gzipSync(b, { level: 9 }).length)
const ABSOLUTE = /^(?:[a-z]+:)?\/\//i

/** Reads a site file by its URL path; undefined for another origin or a missing file. */
function siteFile(dist: string, url: string): Buffer | undefined {
  if (ABSOLUTE.test(url) || url.startsWith('data:')) return undefined
  const file = path.join(dist, decodeURIComponent(url.split(/[?#]/)[0] ?? ''))
  return existsSync(file) ? readFileSync(file) : undefined
}

/** A JS module and every module it imports (static and dynamic, relative or absolute-path), each counted once. */
function moduleGraph(dist: string, url: string, seen: Set<string>): number {
  if (seen.has(url)) return 0
  seen.add(url)
  const code = siteFile(dist, url)
  if (!code) return 0
  let total = gz(code)
  const text = code.toString('utf8')
  for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+\.m?js)["'`]/g)) {
    const spec = m[1] as string
    if (spec.startsWith('/pagefind/')) continue // Loaded only when a search runs.
    total += moduleGraph(dist, spec.startsWith('/') ? spec : path.posix.join(path.posix.dirname(url), spec), seen)
  }
  return total
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(2)
    .find((v) => v !== undefined)

/** Measures one built HTML page (path relative to `dist`, e.g. `tips/x/index.html`). */
export function measureFile(dist: string, file: string): PageFigures {
  const html = readFileSync(path.join(dist, file), 'utf8')
  const sitePath = `/${file.replace(/index\.html$/, '')}`
  const seen = new Set<string>()
  const otherOrigin: string[] = []
  const fetches = (url: string | undefined) => {
    if (url && ABSOLUTE.test(url)) otherOrigin.push(url)
  }
  let cssGzip = 0
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel') ?? ''
    if (!/\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i.test(rel)) continue
    const href = attr(tag, 'href')
    fetches(href)
    if (/stylesheet/i.test(rel) && href) {
      const css = siteFile(dist, href)
      if (css) cssGzip += gz(css)
      for (const m of css?.toString('utf8').matchAll(/url\(\s*["']?([^"')]+)/g) ?? []) fetches(m[1])
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    for (const u of (m[1] ?? '').matchAll(/url\(\s*["']?([^"')]+)/g)) fetches(u[1])
  for (const [tag] of html.matchAll(/<(?:img|source|video|audio|track|iframe|embed|script)\b[^>]*>/gi)) {
    for (const name of ['src', 'poster', 'data']) fetches(attr(tag, name))
    for (const c of (attr(tag, 'srcset') ?? '').split(',')) fetches(c.trim().split(/\s+/)[0])
  }
  const imagesWithoutSize = [...html.matchAll(/<img\b[^>]*>/gi)]
    .map(([t]) => t)
    .filter((t) => !attr(t, 'width') || !attr(t, 'height'))
    .map((t) => t.slice(0, 120))

  let frameworkJsGzip = 0
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi))
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attr(tag, name)
      if (url) frameworkJsGzip += moduleGraph(dist, url, seen)
    }
  let otherJsGzip = 0
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? ''
    if (/application\/ld\+json|application\/json/i.test(attrs)) continue
    const src = attr(`<script ${attrs}>`, 'src')
    const code = m[2] ?? ''
    // Astro's island runtime is inlined: it is framework JS, whatever page it is on.
    const island = /astro-island|astro:(?:load|visible|idle|only|media)/.test(code)
    let bytes = src ? moduleGraph(dist, src, seen) : gz(code)
    // Inline module scripts may import chunks by absolute path (pagefind is loaded only when a search runs).
    for (const i of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`](\/[^"'`]+\.m?js)["'`]/g))
      if (i[1] && !i[1].startsWith('/pagefind/')) bytes += moduleGraph(dist, i[1], seen)
    if (island) frameworkJsGzip += bytes
    else otherJsGzip += bytes
  }
  return { path: sitePath, htmlGzip: gz(html), cssGzip, frameworkJsGzip, otherJsGzip, imagesWithoutSize, otherOrigin }
}

/** Every HTML page of a built site, measured (pagefind's own files excluded). */
export function measureSite(dist: string): PageFigures[] {
  return htmlPages(dist)
    .filter((f) => !f.startsWith('pagefind/'))
    .sort()
    .map((f) => measureFile(dist, f))
}
