import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { SiteContent } from '@hp/content-schemas'
import { browserExample } from '@hp/site/islands/checklist-progress/examples'
import { storageKey } from '@hp/site/islands/checklist-progress/logic'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './browser.ts'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
const { checklist, other } = browserExample
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

const url = (slug: string) => `${inject('baseUrl')}/voor-de-helpers/checklists/${slug}/`
/** The checklist's items, in order, as the export holds them. */
function items(slug: string): { id: string; title: string }[] {
  const content = JSON.parse(readFileSync(inject('contentFile'), 'utf8')) as SiteContent
  const found = content.checklists.find((c) => c.slug === slug)
  if (!found) throw new Error(`The demo content has no checklist "${slug}"; pick another in examples.ts.`)
  return found.sections.flatMap((s) => s.items.map((i) => ({ id: i.id, title: i.title })))
}

/** A page that records page errors, console errors and every request after the page has loaded. */
async function open(context: BrowserContext, slug: string) {
  const page = await context.newPage()
  const errors: string[] = []
  const requests: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text())
  })
  await page.goto(url(slug), { waitUntil: 'networkidle' })
  page.on('request', (req) => requests.push(req.url()))
  return { page, errors, requests }
}
const boxes = (page: Page) => page.locator('input[data-checklist-tick]')
const status = (page: Page) => page.getByRole('status')
const checked = (page: Page) => boxes(page).evaluateAll((els) => els.map((el) => (el as HTMLInputElement).checked))
const storage = (page: Page) =>
  page.evaluate(() => ({
    local: Object.fromEntries(Object.entries(localStorage)),
    session: sessionStorage.length,
  }))
const focused = (page: Page, index: number) =>
  boxes(page)
    .nth(index)
    .evaluate((el) => el === document.activeElement)

/** Ticks the checkboxes at `positions` by keyboard: focus the first, then Tab on to each next one and press Space. */
async function tickByKeyboard(page: Page, positions: readonly number[]) {
  await boxes(page)
    .nth(positions[0] ?? 0)
    .focus()
  for (const position of positions) {
    for (let i = 0; i < 40 && !(await focused(page, position)); i++) await page.keyboard.press('Tab')
    expect(await focused(page, position)).toBe(true)
    const ring = await boxes(page)
      .nth(position)
      .evaluate((el) => getComputedStyle(el).outlineStyle)
    expect(ring, 'visible focus on the checkbox').not.toBe('none')
    await page.keyboard.press('Space')
  }
}

async function axe(page: Page, state: string) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  expect(result.violations.map((v) => `${state}: ${v.id} ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

describe('checklist progress', () => {
  it('labels every checkbox with its item title and writes nothing on a visit', async () => {
    const context = await browser.newContext()
    const { page, errors } = await open(context, checklist)
    const list = items(checklist)
    expect(await boxes(page).count()).toBe(list.length)
    for (const item of list) expect(await page.getByRole('checkbox', { name: item.title, exact: true }).isChecked()).toBe(false)
    expect(await status(page).textContent()).toBe(`0 van ${list.length} gedaan`)
    expect(await page.getByRole('button', { name: 'Wis mijn vinkjes' }).isVisible()).toBe(true)
    expect(await storage(page)).toEqual({ local: {}, session: 0 })
    expect(errors).toEqual([])
    await context.close()
  })

  it('keeps two keyboard ticks across a reload, in one key, without cookies or requests', async () => {
    const context = await browser.newContext()
    const { page, errors, requests } = await open(context, checklist)
    const list = items(checklist)
    const ticked = browserExample.tick.map((i) => list[i]?.id)
    await tickByKeyboard(page, browserExample.tick)
    expect(await status(page).textContent()).toBe(`2 van ${list.length} gedaan`)
    expect(await storage(page)).toEqual({ local: { [storageKey(checklist)]: JSON.stringify(ticked) }, session: 0 })
    expect(requests).toEqual([])
    expect(await context.cookies()).toEqual([])

    await page.reload({ waitUntil: 'networkidle' })
    expect(await checked(page)).toEqual(list.map((item) => ticked.includes(item.id)))
    expect(await status(page).textContent()).toBe(`2 van ${list.length} gedaan`)

    // Unticking the last tick removes the key: nothing is left behind.
    await tickByKeyboard(page, browserExample.tick)
    expect(await status(page).textContent()).toBe(`0 van ${list.length} gedaan`)
    expect(await storage(page)).toEqual({ local: {}, session: 0 })
    expect(errors).toEqual([])
    await context.close()
  })

  it('"Wis mijn vinkjes" clears this checklist and its key, says so in words, and leaves another checklist alone', async () => {
    const context = await browser.newContext()
    const otherPage = (await open(context, other)).page
    await tickByKeyboard(otherPage, [0])
    const { page, requests } = await open(context, checklist)
    expect(await status(page).textContent(), 'ticks of another checklist do not show here').toMatch(/^0 van/)
    await tickByKeyboard(page, browserExample.tick)

    const clear = page.getByRole('button', { name: 'Wis mijn vinkjes' })
    await clear.focus()
    await page.keyboard.press('Enter')
    expect(await checked(page)).not.toContain(true)
    expect(await status(page).textContent()).toMatch(/^Uw vinkjes zijn gewist\. 0 van \d+ gedaan$/)
    expect(await clear.evaluate((el) => el === document.activeElement), 'focus stays on the button').toBe(true)
    expect(await storage(page)).toEqual({ local: { [storageKey(other)]: JSON.stringify([items(other)[0]?.id]) }, session: 0 })
    expect(requests).toEqual([])

    await otherPage.reload()
    expect((await checked(otherPage))[0]).toBe(true)
    await context.close()
  })

  it('a second tab with the same checklist follows the ticks and the clearing', async () => {
    const context = await browser.newContext()
    const first = (await open(context, checklist)).page
    const second = (await open(context, checklist)).page
    await tickByKeyboard(first, browserExample.tick)
    await expect.poll(() => second.getByRole('status').textContent()).toMatch(/^2 van/)
    await first.getByRole('button', { name: 'Wis mijn vinkjes' }).click()
    await expect.poll(() => checked(second)).not.toContain(true)
    await context.close()
  })

  it('passes axe when unticked, ticked and cleared', async () => {
    const context = await browser.newContext()
    const { page } = await open(context, checklist)
    const [unticked, ticked, cleared] = browserExample.states
    await axe(page, unticked)
    await tickByKeyboard(page, browserExample.tick)
    await axe(page, ticked)
    await page.getByRole('button', { name: 'Wis mijn vinkjes' }).click()
    await axe(page, cleared)
    await context.close()
  })

  it('prints ticked items as ☑ and the others as ☐, without the button', async () => {
    const context = await browser.newContext()
    const { page } = await open(context, checklist)
    await tickByKeyboard(page, browserExample.tick)
    await page.emulateMedia({ media: 'print' })
    const marks = await page
      .locator('[data-checklist-tick] + h3 label')
      .evaluateAll((labels) => labels.map((l) => getComputedStyle(l, '::before').content.replace(/["\s\u00a0]/g, '')))
    expect(marks).toEqual(items(checklist).map((_, i) => ((browserExample.tick as readonly number[]).includes(i) ? '☑' : '☐')))
    expect(await boxes(page).first().isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Wis mijn vinkjes' }).isVisible()).toBe(false)
    expect(await status(page).isVisible(), 'the count is printed').toBe(true)
    await context.close()
  })

  it('shows stored data it cannot read as unticked, without errors', async () => {
    for (const raw of browserExample.corrupt) {
      const context = await browser.newContext()
      await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [storageKey(checklist), raw] as const)
      const { page, errors } = await open(context, checklist)
      expect(await checked(page), raw).not.toContain(true)
      expect(errors, raw).toEqual([])
      await tickByKeyboard(page, [0])
      expect(JSON.parse((await storage(page)).local[storageKey(checklist)] ?? ''), raw).toEqual([items(checklist)[0]?.id])
      await context.close()
    }
  })

  it('still ticks when the browser blocks storage, and says the ticks are not kept', async () => {
    const context = await browser.newContext()
    await context.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        },
      }),
    )
    const { page, errors } = await open(context, checklist)
    await tickByKeyboard(page, browserExample.tick)
    expect(await status(page).textContent()).toMatch(/^2 van/)
    expect(await page.getByText('Deze browser laat ons uw vinkjes niet bewaren').isVisible()).toBe(true)
    expect(await page.getByText('alleen op dit apparaat bewaard').isVisible()).toBe(false)
    expect(errors).toEqual([])
    await context.close()
  })

  it('without JavaScript offers no checkboxes that could not be kept, and the titles stay headings', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(url(checklist))
    expect(await page.getByRole('checkbox').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Wis mijn vinkjes' }).count()).toBe(0)
    const first = items(checklist)[0]?.title ?? ''
    expect(await page.getByRole('heading', { level: 3, name: first, exact: true }).isVisible()).toBe(true)
    await context.close()
  })
})
