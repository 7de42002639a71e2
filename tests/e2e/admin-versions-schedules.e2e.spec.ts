import { amsterdamDateTime, type CmsServer, ensureCmsBuild, loginToken, openAdmin, startCms } from '@hp/testing/cms-server'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from './browser.ts'

/**
 * The real admin (`next build`, cms/src/server.ts, seeded SQLite): a version of a tip says in
 * words what changed ("Wijzigingen in woorden" beside Payload's own compare); a publisher plans a
 * newsletter send in the issue's "Verzending" panel and finds it under "Gepland", then cancels it;
 * a publisher plans a publish through Payload's schedule drawer and finds it under "Gepland".
 */
const timeout = 60_000
let cms: CmsServer
let browser: Browser

beforeAll(async () => {
  await ensureCmsBuild('admin-versions-schedules')
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

/** An Amsterdam time `minutes` from now as dd-mm-jjjj uu:mm. */
const amsterdam = (minutes: number) => amsterdamDateTime(new Date(Date.now() + minutes * 60_000))

describe('version history in words', () => {
  it('an editor changes a tip and the version says what changed, in Dutch sentences', async () => {
    const editor = await apiLogin('editor@example.org')
    const list = await fetch(`${cms.url}/api/tips?limit=1&where[_status][equals]=published&depth=0`, { headers: { authorization: editor } })
    const tip = ((await list.json()) as { docs: { id: number; title: string }[] }).docs[0]
    if (!tip) throw new Error('the seed has no published tip')
    const newTitle = `${tip.title} (bijgewerkt)`
    const saved = await fetch(`${cms.url}/api/tips/${tip.id}?draft=true`, {
      method: 'PATCH',
      headers: { authorization: editor, 'content-type': 'application/json' },
      body: JSON.stringify({ title: newTitle }),
    })
    expect(saved.status, await saved.clone().text()).toBe(200)

    const page = await openAdminAs('editor@example.org')
    await page.goto(`${cms.url}/admin/collections/tips/${tip.id}/versions`, { timeout })
    // The newest version is the first row of Payload's version list.
    const newest = page.locator('table tbody tr').first().locator('a').first()
    await newest.click({ timeout })
    await page.waitForURL((url) => /\/versions\/[^/]+$/.test(url.pathname), { timeout })

    const changes = page.getByTestId('version-changes')
    await changes.waitFor({ timeout })
    await changes.locator('summary').click({ timeout })
    const panel = changes.getByRole('region', { name: 'Wijzigingen in woorden' })
    await panel.waitFor({ timeout })
    // biome-ignore lint/performance/useDomNodeTextContent: the text the editor sees
    const text = await panel.innerText()
    expect(text).toContain(`Titel gewijzigd: '${tip.title}' → '${newTitle}'`)
    expect(text).not.toMatch(/"root"|\{"/)
    // Payload's own field-by-field compare is still there below it.
    expect(await page.locator('.render-field-diffs, .view-version').count()).toBeGreaterThan(0)
  }, 300_000)
})

describe('planning in the admin', () => {
  it('a publisher plans a newsletter send, sees it under Gepland, and cancels it', async () => {
    const publisher = await apiLogin('publisher@example.org')
    const list = await fetch(`${cms.url}/api/newsletter-issues?limit=1&where[_status][equals]=published&depth=0`, {
      headers: { authorization: publisher },
    })
    const issue = ((await list.json()) as { docs: { id: number; title: string }[] }).docs[0]
    if (!issue) throw new Error('the seed has no published newsletter issue')
    const at = amsterdam(24 * 60)

    const page = await openAdminAs('publisher@example.org')
    await page.goto(`${cms.url}/admin/collections/newsletter-issues/${issue.id}`, { timeout })
    const box = page.getByTestId('nl-schedule')
    await box.waitFor({ timeout })
    await box.getByLabel('Versturen op (dd-mm-jjjj uu:mm, Nederlandse tijd)').fill(at)
    await box.getByRole('button', { name: 'Plan verzending' }).click({ timeout })
    await box.getByText(`Gepland: deze nieuwsbrief wordt verstuurd op ${at} (Nederlandse tijd).`).waitFor({ timeout })

    await page.goto(`${cms.url}/admin/gepland`, { timeout })
    const row = page.getByTestId('schedules').locator('tr', { hasText: issue.title })
    await row.waitFor({ timeout })
    // biome-ignore lint/performance/useDomNodeTextContent: the text the editor sees
    expect(await row.innerText()).toMatch(
      new RegExp(`${at}\\s+Versturen\\s+${issue.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+Nieuwsbrief\\s+publisher@example.org`),
    )

    await page.goto(`${cms.url}/admin/collections/newsletter-issues/${issue.id}`, { timeout })
    await page.getByTestId('nl-schedule').getByRole('button', { name: 'Annuleer planning' }).click({ timeout })
    await page.getByTestId('nl-schedule').getByText(`De verzending van ${at} is geannuleerd.`).waitFor({ timeout })
    await page.goto(`${cms.url}/admin/gepland`, { timeout })
    await page.getByRole('heading', { name: 'Gepland', level: 1 }).waitFor({ timeout })
    expect(await page.getByText(issue.title).count()).toBe(0)
  }, 300_000)

  it("a publisher plans a tip's publish in Payload's schedule drawer and finds it under Gepland", async () => {
    const publisher = await apiLogin('publisher@example.org')
    const list = await fetch(`${cms.url}/api/tips?limit=1&where[_status][equals]=published&depth=0`, {
      headers: { authorization: publisher },
    })
    const source = ((await list.json()) as { docs: (Record<string, unknown> & { id: number; title: string })[] }).docs[0]
    if (!source) throw new Error('the seed has no published tip')
    // A new draft tip, made from a seeded one.
    const { id: _id, slug, createdAt: _c, updatedAt: _u, _status, previousSlugs: _p, ...rest } = source
    const title = 'Geplande tip voor de browsertest'
    const created = await fetch(`${cms.url}/api/tips?draft=true`, {
      method: 'POST',
      headers: { authorization: publisher, 'content-type': 'application/json' },
      body: JSON.stringify({ ...rest, title, slug: `${String(slug)}-gepland`, _status: 'draft' }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const tip = ((await created.json()) as { doc: { id: number } }).doc

    const page = await openAdminAs('publisher@example.org')
    await page.goto(`${cms.url}/admin/collections/tips/${tip.id}`, { timeout })
    await page
      .locator('.btn--withPopup', { has: page.locator('#action-save') })
      .locator('.popup-button')
      .click({ timeout })
    await page.locator('#schedule-publish').click({ timeout })
    const drawer = page.locator('.schedule-publish')
    await drawer.getByRole('heading', { level: 2 }).waitFor({ timeout })
    // Payload preselects "Publicatie intrekken" when nothing newer than the live version exists; choose "Publiceren".
    await drawer.getByText('Publiceren', { exact: true }).click({ timeout })

    // Tomorrow at 10:00 in the calendar and the 24-hour time list, Amsterdam time.
    await drawer.locator('.date-time-picker input').first().click({ timeout })
    const tomorrow = new Date(Date.now() + 86_400_000)
    const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(tomorrow).split('-')
    const [, thisMonth] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()).split('-')
    if (m !== thisMonth) await page.locator('.react-datepicker__navigation--next').click({ timeout })
    await page.locator(`.react-datepicker__day--0${d}:not(.react-datepicker__day--outside-month)`).click({ timeout })
    await page.locator('.react-datepicker__time-list-item', { hasText: /^10:00$/ }).click({ timeout })
    await drawer.locator('#scheduled-publish-save').click({ timeout })
    const planned = `${d}-${m}-${y} 10:00`

    await page.goto(`${cms.url}/admin/gepland`, { timeout })
    const row = page.getByTestId('schedules').locator('tr', { hasText: title })
    await row.waitFor({ timeout })
    // biome-ignore lint/performance/useDomNodeTextContent: the text the editor sees
    expect(await row.innerText()).toMatch(new RegExp(`^${planned}\\s+Publiceren\\s+${title}\\s+Tip\\s+publisher@example.org`))
  }, 300_000)
})
