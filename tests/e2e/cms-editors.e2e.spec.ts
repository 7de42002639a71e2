import { type CmsServer, ensureCmsBuild, loginToken, openAdmin, startCms } from '@hp/testing/cms-server'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from './browser.ts'

/**
 * The real admin (`next build`, cms/src/server.ts, seeded SQLite) for the editors' review work: the
 * "Controleren" overview lists an overdue tip, its link opens the tip, "Gecontroleerd" records the
 * review and the tip leaves the overview; the lists have a "Gepland" column and "Gepland" an
 * overview; the admin reads the review in the audit log.
 */
const timeout = 60_000
let cms: CmsServer
let browser: Browser

beforeAll(async () => {
  await ensureCmsBuild('cms-editors')
  // As in production with a timer outside the CMS running the queue: scheduling is offered.
  cms = await startCms({ JOBS_RUN_EXTERNALLY: 'true' })
  browser = await launchBrowser()
}, 1_500_000)

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

const apiLogin = (email: string) => loginToken(cms.url, email)

const openAdminAs = (email: string) => openAdmin(browser, cms.url, email)

const amsterdamToday = () => {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()).split('-')
  return `${d}-${m}-${y}`
}

describe('review dates in the admin', () => {
  it('an editor finds an overdue tip under "Controleren", marks it "Gecontroleerd", and it leaves the overview', async () => {
    const admin = await apiLogin('admin@example.org')
    const list = await fetch(`${cms.url}/api/tips?limit=1&where[_status][equals]=published&depth=0`, { headers: { authorization: admin } })
    const tip = ((await list.json()) as { docs: { id: number; title: string }[] }).docs[0]
    if (!tip) throw new Error('the seed has no published tip')
    const overdue = await fetch(`${cms.url}/api/tips/${tip.id}`, {
      method: 'PATCH',
      headers: { authorization: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ reviewBefore: new Date(Date.now() - 3 * 86_400_000).toISOString() }),
    })
    expect(overdue.status).toBe(200)

    const page = await openAdminAs('editor@example.org')
    // The navigation (closed on a narrow window) links both overviews.
    expect(await page.locator('a[href="/admin/controleren"]').textContent()).toBe('Controleren')
    expect(await page.locator('a[href="/admin/gepland"]').textContent()).toBe('Gepland')
    await page.goto(`${cms.url}/admin/controleren`, { timeout })
    const late = page.getByTestId('review-overdue')
    await late.waitFor({ timeout })
    expect(await late.locator('caption').textContent()).toMatch(/^Te laat \(\d+\)$/)
    await late.getByRole('link', { name: tip.title, exact: true }).click({ timeout })
    await page.waitForURL((url) => url.pathname === `/admin/collections/tips/${tip.id}`, { timeout })

    const action = page.getByTestId('review-action')
    await action.getByRole('button', { name: 'Gecontroleerd' }).click({ timeout })
    await expect.poll(() => action.getByRole('status').textContent(), { timeout }).toBe('Gecontroleerd. De datum is opgeschoven.')
    await page.reload({ timeout })
    await expect.poll(() => page.locator('#field-lastReviewedAt input').inputValue(), { timeout }).toBe(amsterdamToday())

    await page.goto(`${cms.url}/admin/controleren`, { timeout })
    await page.getByRole('heading', { name: 'Controleren', level: 1 }).waitFor({ timeout })
    expect(await page.getByRole('link', { name: tip.title, exact: true }).count()).toBe(0)

    // Lists show planned changes; the overview says when nothing is planned.
    await page.goto(`${cms.url}/admin/collections/tips`, { timeout })
    await page.getByRole('columnheader', { name: 'Gepland' }).first().waitFor({ timeout })
    await page.goto(`${cms.url}/admin/gepland`, { timeout })
    await page.getByTestId('schedules-empty').waitFor({ timeout })

    // The admin reads who did it in the audit log.
    const adminPage = await openAdminAs('admin@example.org')
    await adminPage.goto(`${cms.url}/admin/collections/audit-log`, { timeout })
    await adminPage.getByText(`Gecontroleerd: Tip "${tip.title}"`).first().waitFor({ timeout })
  }, 300_000)
})
