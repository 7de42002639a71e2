import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ROOT } from '@hp/scripts/paths'
import { amsterdamDateTime, type CmsServer, ensureCmsBuild, loginToken, openAdmin, startCms } from '@hp/testing/cms-server'
import { type Started, startProcess } from '@hp/testing/process'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from './browser.ts'

/**
 * "Publicatie plannen" in the real admin, as a publisher in Amsterdam does it: Payload's schedule
 * drawer on a draft, a time picked in its calendar, the plan listed under "Gepland"; then the jobs
 * worker (`npm run worker`, the production path when JOBS_RUN_EXTERNALLY is set) publishes the draft
 * at that time, the site's build hook is called once, and the plan leaves the overview.
 */
const timeout = 60_000
let cms: CmsServer
let browser: Browser
let hook: Server
const hookBodies: Record<string, unknown>[] = []
let worker: Started | undefined

beforeAll(async () => {
  await ensureCmsBuild('cms-schedule')
  hook = createServer((req, res) => {
    let body = ''
    req.on('data', (d: Buffer) => {
      body += String(d)
    })
    req.on('end', () => {
      hookBodies.push(JSON.parse(body || '{}') as Record<string, unknown>)
      res.writeHead(202).end()
    })
  })
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
  const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/build`
  cms = await startCms({ JOBS_RUN_EXTERNALLY: 'true', SITE_BUILD_HOOK_URL: hookUrl, SITE_BUILD_DEBOUNCE_MS: '500' })
  browser = await launchBrowser()
}, 1_500_000)

afterAll(async () => {
  await worker?.stop()
  await browser?.close()
  await cms?.stop()
  await new Promise((resolve) => hook?.close(resolve))
})

const apiLogin = (email: string) => loginToken(cms.url, email)

/** A new draft tip: a copy of a seeded one under a new title and slug. */
async function draftTip(auth: string): Promise<{ id: number; title: string; slug: string }> {
  const list = (await (await fetch(`${cms.url}/api/tips?limit=1&depth=0`, { headers: { authorization: auth } })).json()) as {
    docs: Record<string, unknown>[]
  }
  const { id: _id, createdAt: _c, updatedAt: _u, ...data } = list.docs[0] as Record<string, unknown>
  const title = 'Een geplande tip over slapen na een inbraak'
  const slug = 'geplande-tip-slapen-na-inbraak'
  const res = await fetch(`${cms.url}/api/tips?draft=true`, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify({ ...data, title, slug, _status: 'draft' }),
  })
  expect(res.status, await res.clone().text()).toBe(201)
  return { id: ((await res.json()) as { doc: { id: number } }).doc.id, title, slug }
}

const status = async (id: number, auth: string) =>
  ((await (await fetch(`${cms.url}/api/tips/${id}?depth=0`, { headers: { authorization: auth } })).json()) as { _status?: string })._status

const amsterdam = amsterdamDateTime

describe('planning a publish in the admin', () => {
  it('a publisher plans a draft through "Publicatie plannen"; the worker publishes it then and the site rebuilds once', async () => {
    const auth = await apiLogin('publisher@example.org')
    const tip = await draftTip(auth)
    const page = await openAdmin(browser, cms.url, 'publisher@example.org')
    await page.goto(`${cms.url}/admin/collections/tips/${tip.id}`, { timeout })

    // The publish button's menu offers the plan. (Payload preselects "Publicatie intrekken" on a draft
    // that was never published; the publisher chooses "Publiceren".)
    await page.locator('.doc-controls .popup-button').first().click({ timeout })
    await page.getByRole('button', { name: 'Publicatie plannen' }).click({ timeout })
    const drawer = page.locator('.schedule-publish')
    await drawer.getByText('Publiceren', { exact: true }).click({ timeout })
    // The first slot of the drawer's 5-minute time list at least a minute ahead: picked in the
    // calendar and in the time list (24-hour Dutch times), as an editor does.
    const at = new Date(Math.ceil((Date.now() + 60_000) / 300_000) * 300_000)
    const [day, time] = amsterdam(at).split(' ') as [string, string]
    await drawer.locator('.react-datepicker__input-container input').first().click({ timeout })
    await page
      .locator('.react-datepicker__day:not(.react-datepicker__day--disabled)', { hasText: new RegExp(`^${Number(day.slice(0, 2))}$`) })
      .first()
      .click({ timeout })
    await page
      .locator('.react-datepicker__time-list-item', { hasText: new RegExp(`^${time}$`) })
      .first()
      .click({ timeout })
    await drawer.locator('#scheduled-publish-save').click({ timeout })
    // The drawer's own list shows the plan at that time, in Dutch format.
    await drawer.locator('table').getByText(amsterdam(at)).first().waitFor({ timeout })

    // The "Gepland" overview lists it, in Amsterdam time, with its planner.
    await page.goto(`${cms.url}/admin/gepland`, { timeout })
    const row = page.getByTestId('schedules').locator('tr', { hasText: tip.title })
    await row.waitFor({ timeout })
    expect(await row.textContent()).toContain(amsterdam(at))
    expect(await row.textContent()).toContain('publisher@example.org')
    expect(await status(tip.id, auth)).toBe('draft')

    // The worker outside the web process runs the queue; the draft goes live at its time.
    worker = startProcess('npm', ['run', '--silent', 'worker'], {
      cwd: ROOT,
      env: { ...process.env, ...cms.env, WORKER_POLL_SECONDS: '2' },
    })
    await expect.poll(async () => status(tip.id, auth), { timeout: 6 * 60_000, interval: 2_000 }).toBe('published')
    expect(Date.now(), 'not published before its time').toBeGreaterThanOrEqual(at.getTime())
    await expect.poll(() => hookBodies.filter((b) => b.slug === tip.slug).length, { timeout, interval: 500 }).toBe(1)

    await page.goto(`${cms.url}/admin/gepland`, { timeout })
    await page.getByRole('heading', { name: 'Gepland', level: 1 }).waitFor({ timeout })
    expect(await page.getByText(tip.title).count()).toBe(0)
    // A few more worker passes do not publish or rebuild again.
    await new Promise((r) => setTimeout(r, 6_000))
    expect(hookBodies.filter((b) => b.slug === tip.slug)).toHaveLength(1)
    await page.context().close()
  }, 900_000)
})
