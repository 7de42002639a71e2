import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  assessmentUrl,
  CHECKLISTS_BASE,
  ERVARINGEN_URL,
  externalServiceUrl,
  HELPER_PILLARS,
  NEWSLETTER_URL,
  ORGANISATIONS_URL,
  PROFESSIONAL_OFFER,
  pillarUrl,
  SHARE_URL,
  SIGNALS_URL,
  type SiteContent,
  SiteContentSchema,
  STEP_PLANS_BASE,
  tipsBase,
  treeUrl,
  videosBase,
} from '@hp/content-schemas'
import { offerOf } from '@hp/site/offer'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { inPool, launchBrowser, sitemapPaths } from './browser.ts'

/*
 * Every service is reachable: a visitor who starts at `/` and only follows links reaches every
 * page of the sitemap, and every tool, scan and list page within 3 clicks. The offer in the
 * content (the helpers' pillars, the professionals' offer and the external services) maps to pages.
 */

let browser: Browser
let depth: Map<string, number>
const content = (): SiteContent => SiteContentSchema.parse(JSON.parse(readFileSync(inject('contentFile'), 'utf8')))

beforeAll(async () => {
  browser = await launchBrowser()
  // Breadth first from the home page, in a real browser: the links a visitor can click (the page as rendered).
  const base = inject('baseUrl')
  const context = await browser.newContext()
  depth = new Map([['/', 0]])
  let level = ['/']
  for (let d = 1; level.length > 0 && d <= 12; d++) {
    const next = new Set<string>()
    await inPool(level, 2, async (p) => {
      const page = await context.newPage()
      try {
        await page.goto(base + p, { waitUntil: 'domcontentloaded', timeout: 60_000 })
        const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))
        for (const href of hrefs) {
          const url = new URL(href)
          if (url.origin !== base) continue
          if (!depth.has(url.pathname)) next.add(url.pathname)
        }
      } finally {
        await page.close()
      }
    })
    for (const p of next) if (!depth.has(p)) depth.set(p, d)
    level = [...next].filter((p) => depth.get(p) === d && !/\.[a-z0-9]+$/i.test(p))
  }
  await context.close()
}, 600_000)
afterAll(async () => browser?.close())

describe('every service is reachable from the home page', () => {
  it('reaches every sitemap URL by following links (no orphans)', () => {
    const paths = sitemapPaths(inject('distDir'))
    expect(paths.length).toBeGreaterThan(50)
    expect(paths.filter((p) => !depth.has(p))).toEqual([])
  })

  it('reaches every tool, scan and list page within 3 clicks', () => {
    const c = content()
    const tools = [
      ...c.assessments.map((a) => assessmentUrl(a.platform, a.slug)),
      ...c.referralTrees.map((t) => treeUrl(t.platform, t.slug)),
      ...HELPER_PILLARS.map((p) => pillarUrl(p.slug)),
      CHECKLISTS_BASE,
      STEP_PLANS_BASE,
      SIGNALS_URL,
      NEWSLETTER_URL,
      ORGANISATIONS_URL,
      ERVARINGEN_URL,
      SHARE_URL,
      tipsBase('helpers'),
      tipsBase('professionals'),
      videosBase('helpers'),
      videosBase('professionals'),
    ]
    const far = tools.filter((p) => (depth.get(p) ?? Number.POSITIVE_INFINITY) > 3).map((p) => `${p}: ${depth.get(p) ?? 'niet bereikt'}`)
    expect(far).toEqual([])
    // The pillars are one click from the helpers' landing page (in the header on every helpers page).
    for (const p of HELPER_PILLARS) expect(depth.get(pillarUrl(p.slug))).toBeLessThanOrEqual(2)
  })
})

describe('the offer in the content maps to pages', () => {
  const html = (p: string) => readFileSync(path.join(inject('distDir'), p.split('#')[0] as string, 'index.html'), 'utf8')

  it('each helper pillar has its own page that lists what the pillar holds', () => {
    const c = content()
    for (const pillar of offerOf(c, 'helpers')) {
      const page = html(pillar.url)
      expect(page).toContain(`<h1>${pillar.title}</h1>`)
      expect(pillar.items.length, pillar.slug).toBeGreaterThan(0)
      for (const item of pillar.items) expect(page, `${pillar.slug}: ${item.href}`).toContain(`href="${item.href}"`)
    }
    // The pillars' own content: checklists, support themes, the self-scan, experience videos, the advice line.
    const [check, support, self, others, course] = offerOf(c, 'helpers').map((p) => p.items.map((i) => i.href))
    expect(check).toContain(CHECKLISTS_BASE)
    expect(support?.some((h) => h.includes('/tips/thema/reageren/'))).toBe(true)
    expect(self).toContain(assessmentUrl('helpers', 'zelfscan-tijdsbesteding'))
    expect(others?.some((h) => h.startsWith('/voor-de-helpers/videos/'))).toBe(true)
    // Pillar 4 holds the experiences of other helpers and the form to share one.
    expect(others).toEqual(expect.arrayContaining([ERVARINGEN_URL, SHARE_URL]))
    expect(others?.some((h) => h.startsWith(ERVARINGEN_URL) && h !== ERVARINGEN_URL)).toBe(true)
    expect(course?.length).toBeGreaterThan(1)
  })

  it('the professionals landing page has a section for each part of the offer', () => {
    const page = html('/voor-professionals/')
    for (const part of PROFESSIONAL_OFFER) expect(page).toContain(`<h3 id="${part.slug}">${part.title}</h3>`)
  })

  it('each external service is listed where the content places it, marked as leaving the site, without referrer', async () => {
    const c = content()
    expect(c.externalServices.map((s) => s.title)).toEqual(
      expect.arrayContaining([
        'Online cursus: In 8 stappen beter helpen',
        'Verdieping: Communiceren met een slachtoffer',
        'Verdieping: Helpen door er gewoon te zijn',
        'Community voor helpers',
        'Chat met de advieslijn',
        'Training: Eerste opvang na een misdrijf',
      ]),
    )
    const page = await browser.newPage()
    try {
      for (const service of c.externalServices) {
        const where = externalServiceUrl(service)
        await page.goto(inject('baseUrl') + where, { waitUntil: 'domcontentloaded', timeout: 60_000 })
        const link = page.locator(`#${where.split('#')[1]} a`)
        expect(await link.getAttribute('href')).toBe(service.url)
        expect((await link.getAttribute('rel'))?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))
        expect(await link.getAttribute('referrerpolicy')).toBe('no-referrer')
        expect((await link.textContent())?.replace(/\s+/g, ' ').trim()).toBe(`${service.title} (externe website)`)
      }
    } finally {
      await page.close()
    }
  })
})
