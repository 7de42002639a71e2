import type { ContentHealthReport } from '@hp/cms/content-health'
import { adminLogin, type CmsServer, ensureCmsBuild, SEED_PASSWORD, startCms } from '@hp/testing/cms-server'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from './browser.ts'

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
let context: BrowserContext
let page: Page
let token = ''

beforeAll(async () => {
  const built = await ensureCmsBuild()
  console.log(built > 0 ? `admin-content-health: next build took ${built.toFixed(0)} s` : 'admin-content-health: reusing the CMS build')
  cms = await startCms()
  const res = await fetch(`${cms.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EDITOR, password: SEED_PASSWORD }),
  })
  expect(res.status).toBe(200)
  token = ((await res.json()) as { token: string }).token
  browser = await launchBrowser()
  context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1440, height: 900 } })
  page = await context.newPage()
  await adminLogin(page, cms.url, EDITOR)
}, 1_500_000)

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await cms?.stop()
})

describe('Inhoudscontrole in the admin', () => {
  it('lists what needs attention in Dutch, as the report has it, and each row opens its document', async () => {
    const res = await fetch(`${cms.url}/api/content-health`, { headers: { authorization: `JWT ${token}` } })
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

  it('is closed to visitors without a login', async () => {
    expect((await fetch(`${cms.url}/api/content-health`)).status).toBe(403)
    expect((await fetch(`${cms.url}/api/globals/content-health`)).status).toBe(403)
  })
})
