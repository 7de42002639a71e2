import { statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../lib/browser.ts'
import { demoSite, serve, TEMPLATES } from './demo.ts'
import { htmlPages, kb, runIfMain, table } from './lib.ts'

type Kind = 'html' | 'css' | 'js' | 'font' | 'img' | 'other'
export interface Weight {
  raw: number
  gzip: number
  /** Body bytes as transferred by the local server, which compresses like the CDN (brotli, then gzip). */
  wire: number
}
export interface PageWeight {
  template: string
  path: string
  content: boolean
  kinds: Record<Kind, Weight>
  /** Inline `<script>` code (not JSON-LD); counted in `js` as well as inside the HTML. */
  inlineJs: Weight
  islands: number
  /** JS (gzip) once the page is scrolled to the end: `client:visible` islands load only then. */
  jsAfterScrollGzip: number
  otherOrigin: string[]
}

const KIND: Record<string, Kind> = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'img' }
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length

/** One page per template: of the pages matching it, the largest HTML file (the worst case for the budgets). */
export function templatePaths(dist: string): { name: string; path: string; content: boolean }[] {
  const pages = htmlPages(dist)
    .filter((f) => f.endsWith('index.html'))
    .map((f) => ({ path: `/${f.slice(0, -'index.html'.length)}`, size: statSync(path.join(dist, f)).size }))
  return TEMPLATES.flatMap((t) => {
    const hit = pages.filter((p) => t.match.test(p.path)).sort((a, b) => b.size - a.size || a.path.localeCompare(b.path))[0]
    return hit ? [{ name: t.name, path: hit.path, content: t.content }] : []
  })
}

/** Loads a page once in a mobile-sized headless Chromium and sums every response by kind: body bytes raw, gzip -9, and as transferred (brotli from the local server, as the CDN sends). */
export async function measurePage(
  browser: Browser,
  base: string,
  t: { name: string; path: string; content: boolean },
): Promise<PageWeight> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 2.6,
    isMobile: true,
    hasTouch: true,
  })
  const page = await context.newPage()
  const kinds = Object.fromEntries(['html', 'css', 'js', 'font', 'img', 'other'].map((k) => [k, { raw: 0, gzip: 0, wire: 0 }])) as Record<
    Kind,
    Weight
  >
  const otherOrigin: string[] = []
  const pending: Promise<void>[] = []
  const origin = new URL(base).origin
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (url.origin !== origin && url.protocol !== 'data:') otherOrigin.push(req.url())
  })
  page.on('response', (res) => {
    if (res.status() >= 300 && res.status() < 400) return
    pending.push(
      Promise.all([res.body(), res.request().sizes()]).then(
        ([body, sizes]) => {
          const k = kinds[KIND[res.request().resourceType()] ?? 'other']
          k.raw += body.length
          k.gzip += gz(body)
          k.wire += sizes.responseBodySize
        },
        () => undefined,
      ),
    )
  })
  await page.goto(`${base}${t.path}`, { waitUntil: 'networkidle' })
  await Promise.all(pending)
  const html = await page.content()
  // First load ends here; then scroll to the end, where `client:visible` islands start loading.
  const first = structuredClone(kinds)
  await page.evaluate('window.scrollTo(0, document.body.scrollHeight)')
  // client:visible islands load once seen: wait until every island has hydrated (Astro drops `ssr`), not a fixed time.
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 60_000 })
  await page.waitForLoadState('networkidle')
  await Promise.all(pending)
  const scrolledJs = kinds.js.gzip - first.js.gzip
  await context.close()
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? '')
    .join('\n')
  const inlineJs = { raw: Buffer.byteLength(inline), gzip: inline ? gz(inline) : 0, wire: 0 }
  first.js.raw += inlineJs.raw
  first.js.gzip += inlineJs.gzip
  return {
    template: t.name,
    path: t.path,
    content: t.content,
    kinds: first,
    inlineJs,
    islands: (html.match(/<astro-island\b/g) ?? []).length,
    jsAfterScrollGzip: first.js.gzip + scrolledJs,
    otherOrigin,
  }
}

export async function benchPageWeight(): Promise<string> {
  const dist = demoSite()
  const { base, close } = await serve(dist)
  const browser = await launchBrowser()
  const rows: PageWeight[] = []
  try {
    for (const t of templatePaths(dist)) rows.push(await measurePage(browser, base, t))
  } finally {
    await browser.close()
    await close()
  }
  const cell = (w: Weight) => `${kb(w.raw)} / ${kb(w.gzip)}`
  const wire = (r: PageWeight) => kb(Object.values(r.kinds).reduce((sum, w) => sum + w.wire, 0))
  const out = table(
    [
      'template',
      'path',
      'HTML KB raw/gz',
      'CSS',
      'JS (inline incl.)',
      'fonts',
      'images',
      'JS gz after scroll',
      'transferred KB',
      'islands',
      'other origin',
    ],
    rows.map((r) => [
      r.template,
      r.path,
      cell(r.kinds.html),
      cell(r.kinds.css),
      cell(r.kinds.js),
      cell(r.kinds.font),
      cell(r.kinds.img),
      kb(r.jsAfterScrollGzip),
      wire(r),
      r.islands,
      r.otherOrigin.length,
    ]),
  )
  const content = rows.filter((r) => r.content)
  const maxJs = Math.max(...content.map((r) => r.kinds.js.gzip))
  const maxHtmlCss = Math.max(...content.map((r) => r.kinds.html.gzip + r.kinds.css.gzip))
  const tools = rows.filter((r) => !r.content)
  const maxToolJs = Math.max(0, ...tools.map((r) => r.jsAfterScrollGzip))
  return `${out}\nPage weight (${dist}): content pages ≤ ${kb(maxJs)} KB JS gzip, ≤ ${kb(maxHtmlCss)} KB HTML+CSS gzip, ${content.reduce((s, r) => s + r.islands, 0)} islands; tool pages ≤ ${kb(maxToolJs)} KB JS gzip (after scrolling); ${rows.reduce((s, r) => s + r.otherOrigin.length, 0)} requests to other origins.`
}

runIfMain(import.meta, benchPageWeight)
