import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import {
  SIGNALS_URL,
  type SiteContent,
  signalAnchor,
  signalsInGuideOrder,
  signalUrl,
  stepPlanUrl,
  tipUrl,
  videoUrl,
} from '@hp/content-schemas'
import { generateSiteContent } from '@hp/scripts/bench/generate'
import { serveStatic } from '@hp/scripts/static-server'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, sitemapPaths } from './browser.ts'
import { checkLinks } from './links.ts'

// The demo seed's lists fit on one page, so these tests build the site (the real build:site
// pipeline: Astro, sitemap, pagefind) from the bench generator's content at 400 documents: about
// 135 tips per platform, 60 step plans, 32 signals, 26 helper videos, i.e. several pages each.
const DOCUMENTS = 400
const ROOT = path.resolve(import.meta.dirname, '../..')
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

let dir: string
let dist: string
let base: string
let server: Server
let browser: Browser
let content: SiteContent

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hp-e2e-pages-'))
  dist = path.join(dir, 'dist')
  content = generateSiteContent({ documents: DOCUMENTS })
  const contentFile = path.join(dir, 'content.json')
  writeFileSync(contentFile, JSON.stringify(content))
  execFileSync('npm', ['run', '--silent', 'build:site'], {
    cwd: ROOT,
    env: {
      ...process.env,
      // The same throwaway settings as global-setup.ts, so the build never writes cms/.env.
      PAYLOAD_SECRET: 'e2e-secret-e2e-secret-e2e-secret-012345',
      DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      SEED_PASSWORD: 'e2e-password-123',
      SITE_BUILDER_API_KEY: 'e2e-site-builder-key-0123456789',
      CONTENT_FILE: contentFile,
      SITE_DIST_DIR: dist,
      // The generated tips and videos use the demo images.
      MEDIA_SOURCE_DIR: path.join(ROOT, 'cms', 'src', 'seed', 'media'),
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  server = await serveStatic(dist, 0)
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchBrowser()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  if (server) await new Promise((resolve) => server.close(resolve))
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function open(p: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled })
  const page = await context.newPage()
  const res = await page.goto(`${base}${p}`)
  expect(res?.status(), p).toBe(200)
  return page
}

const pathOf = (page: Page) => new URL(page.url()).pathname
const cardLinks = (page: Page) =>
  page.$$eval('main .card h2 a, main .card h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
const currentPage = (page: Page) => page.locator('nav[aria-label="Paginering"] [aria-current="page"]').textContent()

/** Follows "Volgende" from a list's first page to its last, collecting what `collect` finds on each page. */
async function walk(start: string, collect: (page: Page) => Promise<string[]>): Promise<{ pages: string[]; items: string[] }> {
  const page = await open(start)
  const pages: string[] = []
  const items: string[] = []
  for (;;) {
    pages.push(pathOf(page))
    items.push(...(await collect(page)))
    const next = page.locator('nav[aria-label="Paginering"] a[rel="next"]')
    if ((await next.count()) === 0) break
    await Promise.all([page.waitForURL((u) => u.pathname !== pages.at(-1)), next.click()])
  }
  await page.context().close()
  return { pages, items }
}

/** Presses Tab until the focused element's text (as read aloud) is `name`; fails after `max` presses. */
async function tabTo(page: Page, name: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    // The text a screen reader reads: without the decorative arrows (aria-hidden).
    const text = await page.evaluate(() => {
      const el = document.activeElement?.cloneNode(true) as HTMLElement | undefined
      for (const hidden of el?.querySelectorAll('[aria-hidden="true"]') ?? []) hidden.remove()
      return el?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
    })
    if (text === name) return
  }
  throw new Error(`Tab never reached "${name}" on ${pathOf(page)}`)
}

describe('paginated lists (generated content, 400 documents)', () => {
  it('puts page 2 of the tips at /voor-de-helpers/tips/pagina/2/, with other tips than page 1', async () => {
    const first = await open('/voor-de-helpers/tips/')
    const second = await open('/voor-de-helpers/tips/pagina/2/')
    const one = await cardLinks(first)
    const two = await cardLinks(second)
    expect(one).toHaveLength(24)
    expect(two.length).toBeGreaterThan(0)
    expect(two.filter((href) => one.includes(href))).toEqual([])
    expect(await second.title()).toMatch(/^Tips en informatie – pagina 2 /)
    expect(await second.locator('h1').textContent()).toBe('Tips en informatie')
    expect(await second.locator('main').textContent()).toMatch(/Pagina 2 van \d+/)
    expect(await first.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/voor-de-helpers\/tips\/$/)
    expect(await second.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/voor-de-helpers\/tips\/pagina\/2\/$/)
    await first.context().close()
    await second.context().close()
  })

  const tipsOf = (platform: 'helpers' | 'professionals') =>
    content.tips.filter((t) => t.platforms.includes(platform)).map((t) => tipUrl(t.slug, t.platforms))
  const lists: { name: string; start: string; expected: () => string[]; collect?: (page: Page) => Promise<string[]> }[] = [
    { name: 'helpers tips', start: '/voor-de-helpers/tips/', expected: () => tipsOf('helpers') },
    { name: 'professionals tips', start: '/voor-professionals/tips/', expected: () => tipsOf('professionals') },
    {
      name: 'helpers tips on "zelfzorg"',
      start: '/voor-de-helpers/tips/thema/zelfzorg/',
      expected: () =>
        content.tips.filter((t) => t.theme === 'zelfzorg' && t.platforms.includes('helpers')).map((t) => tipUrl(t.slug, t.platforms)),
    },
    {
      name: 'helpers videos',
      start: '/voor-de-helpers/videos/',
      expected: () => content.videos.filter((v) => v.platforms.includes('helpers')).map((v) => videoUrl(v.slug, v.platforms)),
    },
    { name: 'step plans', start: '/voor-professionals/stappenplannen/', expected: () => content.stepPlans.map((p) => stepPlanUrl(p.slug)) },
    {
      name: 'step plans for onderwijs',
      start: '/voor-professionals/stappenplannen/sector/onderwijs/',
      expected: () => content.stepPlans.filter((p) => p.sectors.includes('onderwijs')).map((p) => stepPlanUrl(p.slug)),
    },
    {
      name: 'signals guide',
      start: SIGNALS_URL,
      expected: () => content.signals.map((s) => signalAnchor(s.slug)),
      collect: (page) => page.$$eval('main section[id^="signaal-"]', (els) => els.map((el) => el.id)),
    },
    {
      name: 'signals for huisartsenzorg',
      start: '/voor-professionals/signalenwijzer/sector/huisartsenzorg/',
      expected: () =>
        content.signals.filter((s) => s.sectors.length === 0 || s.sectors.includes('huisartsenzorg')).map((s) => signalAnchor(s.slug)),
      collect: (page) => page.$$eval('main section[id^="signaal-"]', (els) => els.map((el) => el.id)),
    },
  ]
  for (const list of lists) {
    it(`reaches every item of the ${list.name} exactly once by following "Volgende"`, async () => {
      const { pages, items } = await walk(list.start, list.collect ?? cardLinks)
      const expected = list.expected()
      expect(items.filter((item, i) => items.indexOf(item) !== i)).toEqual([])
      expect([...items].sort()).toEqual([...expected].sort())
      expect(pages.length).toBe(Math.max(1, Math.ceil(expected.length / 24)))
      expect(pages.slice(1)).toEqual(pages.slice(1).map((_, i) => `${list.start}pagina/${i + 2}/`))
    })
  }

  it('the lists that grow with the content have more than one page at this size', async () => {
    for (const start of [
      '/voor-de-helpers/tips/',
      '/voor-professionals/tips/',
      '/voor-de-helpers/videos/',
      '/voor-professionals/stappenplannen/',
      SIGNALS_URL,
    ]) {
      const { pages } = await walk(start, async () => [])
      expect(pages.length, start).toBeGreaterThan(1)
    }
  })

  it('goes to the next and previous page by keyboard, marking the current page', async () => {
    const page = await open('/voor-de-helpers/tips/')
    expect(await currentPage(page)).toBe('Pagina 1')
    await tabTo(page, 'Volgende pagina')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const style = getComputedStyle(el)
      const box = el.getBoundingClientRect()
      return { outline: style.outlineStyle, width: box.width, height: box.height }
    })
    // Visible focus (WCAG 2.4.7) and a big touch target (at least 44 × 44 px).
    expect(focused.outline).not.toBe('none')
    expect(focused.height).toBeGreaterThanOrEqual(44)
    expect(focused.width).toBeGreaterThanOrEqual(44)
    await Promise.all([page.waitForURL(/\/voor-de-helpers\/tips\/pagina\/2\/$/), page.keyboard.press('Enter')])
    expect(await currentPage(page)).toBe('Pagina 2')
    await tabTo(page, 'Vorige pagina')
    await Promise.all([page.waitForURL(/\/voor-de-helpers\/tips\/$/), page.keyboard.press('Enter')])
    expect(await currentPage(page)).toBe('Pagina 1')
    expect(await page.locator('nav[aria-label="Paginering"] a[rel="prev"]').count()).toBe(0)
    await page.context().close()
  })

  it('works without JavaScript', async () => {
    const page = await open('/voor-professionals/stappenplannen/', false)
    await Promise.all([page.waitForURL(/\/pagina\/2\/$/), page.getByRole('link', { name: 'Pagina 2' }).click()])
    expect(await currentPage(page)).toBe('Pagina 2')
    await page.context().close()
  })

  it('a link to a signal (signalUrl) opens the page of the guide that shows it', async () => {
    // The last signal of the guide stands on its last page.
    const last = signalsInGuideOrder(content.signals).at(-1)
    if (!last) throw new Error('the generated content has no signals')
    const url = signalUrl(last.slug, content)
    expect(url).toMatch(/\/pagina\/\d+\/#/)
    const page = await open(url)
    await expect(page.locator(`#${signalAnchor(last.slug)}`).isVisible()).resolves.toBe(true)
    await page.context().close()
  })

  it('axe finds no violations on paginated pages', async () => {
    const failures: string[] = []
    for (const p of [
      '/voor-de-helpers/tips/pagina/2/',
      '/voor-professionals/tips/thema/reageren/',
      '/voor-professionals/signalenwijzer/pagina/2/',
      '/voor-professionals/stappenplannen/sector/onderwijs/',
      '/voor-professionals/',
    ]) {
      const page = await open(p)
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
      for (const v of result.violations) failures.push(`${p}: ${v.id} ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      await page.context().close()
    }
    expect(failures).toEqual([])
  })

  it('every link on the paginated build resolves, deep links to a signal with their #anchor', () => {
    const { checked, problems } = checkLinks(dist)
    expect(checked).toBeGreaterThan(10_000)
    expect(problems).toEqual([])
  })

  it('lists every page in the sitemap, each with its own title, description and canonical', () => {
    const paths = sitemapPaths(dist)
    expect(paths).toContain('/voor-de-helpers/tips/pagina/2/')
    expect(paths).toContain('/voor-professionals/signalenwijzer/pagina/2/')
    expect(paths).toContain('/voor-professionals/signalenwijzer/sector/onderwijs/')
    const meta = paths.map((p) => {
      const html = readFileSync(path.join(dist, p, 'index.html'), 'utf8')
      const get = (re: RegExp) => re.exec(html)?.[1] ?? ''
      const ld = JSON.parse(get(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/) || '[]') as {
        '@type': string
        itemListElement?: { item: string }[]
      }[]
      return {
        path: p,
        title: get(/<title>([^<]*)<\/title>/),
        description: get(/<meta name="description" content="([^"]*)"/),
        canonical: new URL(get(/<link rel="canonical" href="([^"]*)"/) || 'http://x/').pathname,
        lastCrumb: new URL(ld.find((l) => l['@type'] === 'BreadcrumbList')?.itemListElement?.at(-1)?.item ?? 'http://x/').pathname,
        searchable: html.includes('data-pagefind-body'),
      }
    })
    const dupes = (key: 'title' | 'description') => meta.filter((m, i) => meta.findIndex((n) => n[key] === m[key]) !== i).map((m) => m.path)
    expect(dupes('title')).toEqual([])
    expect(dupes('description')).toEqual([])
    const lists = meta.filter((m) => /\/(pagina|thema|sector)\//.test(m.path))
    expect(lists.length).toBeGreaterThan(20)
    for (const m of lists) {
      expect(m.canonical, m.path).toBe(m.path)
      expect(m.lastCrumb, m.path).toBe(m.path)
      // Only the signals guide holds text of its own: the other lists would be search results that point to results.
      expect(m.searchable, m.path).toBe(/^\/voor-professionals\/signalenwijzer\/pagina\//.test(m.path))
    }
  })
})
