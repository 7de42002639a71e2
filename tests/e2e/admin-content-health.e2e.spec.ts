import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ContentHealthReport } from '@hp/cms/content-health'
import { type ReachReport, SiteContentSchema, tipUrl } from '@hp/content-schemas'
import { reachReport } from '@hp/scripts/reach'
import { htmlPages } from '@hp/scripts/sitemap'
import { type CmsServer, ensureCmsBuild, loginToken, openAdmin, SITE_BUILDER_API_KEY, startCms } from '@hp/testing/cms-server'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser, sitemapPaths } from './browser.ts'

/**
 * The Inhoudscontrole screen in the real admin (production build, demo content) as an editor:
 * every check in Dutch, the same findings as the report, and each row opens its document.
 * The link check itself is not started here: the demo's links point at real sites (the
 * integration test runs it against a local server).
 */
const EDITOR = 'editor@example.org'
const timeout = 60_000

let cms: CmsServer
let browser: Browser
let page: Page
let token = ''

beforeAll(async () => {
  await ensureCmsBuild('admin-content-health')
  cms = await startCms()
  token = await loginToken(cms.url, EDITOR)
  browser = await launchBrowser()
  page = await openAdmin(browser, cms.url, EDITOR)
}, 1_500_000)

afterAll(async () => {
  await page?.context().close()
  await browser?.close()
  await cms?.stop()
})

describe('Inhoudscontrole in the admin', () => {
  it('lists what needs attention in Dutch, as the report has it, and each row opens its document', async () => {
    const res = await fetch(`${cms.url}/api/content-health`, { headers: { authorization: token } })
    expect(res.status).toBe(200)
    const report = (await res.json()) as ContentHealthReport
    expect(report.bundleProblems).toBe(0)
    expect(report.documents).toBeGreaterThan(50)

    await page.goto(`${cms.url}/admin/globals/content-health`, { timeout })
    const screen = page.getByTestId('content-health')
    await screen.waitFor({ timeout })
    // biome-ignore lint/performance/useDomNodeTextContent: the text the editor sees
    const text = await screen.innerText()
    expect(text).toContain(`${report.documents} gepubliceerde documenten bekeken.`)
    for (const section of report.sections) {
      expect(text).toContain(`${section.title} (${section.rows.length})`)
      const rows = page.locator(`[data-health-section="${section.key}"] tbody tr`)
      expect(await rows.count()).toBe(section.rows.length)
    }
    expect(text).toContain('Controleer links nu')
    expect(text).toContain('Nog niet gecontroleerd')

    // The demo content has sentences above B1 (it is checked, not assumed): open the first one.
    const readability = report.sections.find((s) => s.key === 'readability')
    const first = readability?.rows[0]
    expect(first, 'the demo content has at least one sentence above 20 words').toBeDefined()
    await page.locator('[data-health-section="readability"] tbody tr a').first().click()
    await page.waitForURL((url) => url.pathname === first?.link, { timeout })
    await page.locator('#field-title, #field-name').first().waitFor({ timeout })
  })

  it('lists the pages no link reaches as the build found them: none in the demo; a tip nobody links to opens its document', async () => {
    const content = SiteContentSchema.parse(JSON.parse(readFileSync(inject('contentFile'), 'utf8')))
    const dist = inject('distDir')
    const pages = sitemapPaths(dist)
    // What the build receiver sends after a build (the check is the build's own, over the demo site as built).
    const report = async (reach: ReachReport) => {
      const res = await fetch(`${cms.url}/api/build-status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `users API-Key ${SITE_BUILDER_API_KEY}` },
        body: JSON.stringify({ state: 'succeeded', reach }),
      })
      expect(res.status).toBe(200)
    }
    const section = page.locator('[data-health-section="reach"]')
    const demo = reachReport(dist, pages, content)
    expect(demo.unreached, 'every sitemap page of the demo is reached by links from the start pages').toEqual([])
    await report(demo)
    await page.goto(`${cms.url}/admin/globals/content-health`, { timeout })
    await section.waitFor({ timeout })
    // biome-ignore lint/performance/useDomNodeTextContent: the text the editor sees
    const none = await section.innerText()
    expect(none).toContain("Pagina's die geen link bereikt (0)")
    expect(none).toMatch(
      new RegExp(`Gecontroleerd bij de laatste geslaagde build, op \\d{2}-\\d{2}-\\d{4} om \\d{2}:\\d{2}: ${pages.length} pagina's\\.`),
    )
    expect(none).toContain('Niets gevonden.')

    // The same site with every link to one tip taken out (the HTML only; enough for the check).
    const tip = content.tips.find((t) => t.platforms.includes('helpers'))
    if (!tip) throw new Error('the demo has no tip for helpers')
    const url = tipUrl(tip.slug, tip.platforms)
    const copy = mkdtempSync(path.join(tmpdir(), 'hp-reach-e2e-'))
    try {
      cpSync(dist, copy, { recursive: true, filter: (src) => !/[\\/](_astro|pagefind|media)$/.test(src) })
      for (const p of htmlPages(copy)) {
        const file = path.join(copy, p.endsWith('/') ? `${p}index.html` : p)
        writeFileSync(file, readFileSync(file, 'utf8').replaceAll(`href="${url}`, 'href="/#weg'))
      }
      const found = reachReport(copy, pages, content)
      expect(found.unreached).toContainEqual({ path: url, collection: 'tips', slug: tip.slug, document: `Tip "${tip.slug}"` })
      await report(found)
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
    await page.reload({ timeout })
    await section.waitFor({ timeout })
    const row = section.locator('tbody tr', { hasText: url })
    expect(await row.textContent()).toContain(`Geen link op de site leidt naar ${url}.`)
    await row.locator('a').click()
    await page.waitForURL((u) => /^\/admin\/collections\/tips\/\d+$/.test(u.pathname), { timeout })
    expect(await page.locator('#field-title').inputValue({ timeout })).toBe(tip.title)
  })

  it('is closed to visitors without a login', async () => {
    expect((await fetch(`${cms.url}/api/content-health`)).status).toBe(403)
    expect((await fetch(`${cms.url}/api/globals/content-health`)).status).toBe(403)
  })
})
