import { readFileSync } from 'node:fs'
import { assessmentUrl, checklistUrl, SiteContentSchema, treeStepUrl, treeUrl } from '@hp/content-schemas'
import { BACK_NOTE } from '@hp/site/quick-exit'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './browser.ts'

const NEUTRAL = 'https://www.google.nl/'
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())
beforeEach(async () => {
  await context?.close()
  context = await browser.newContext()
  // The neutral site is answered locally: the test machine has no internet, and tests send nothing out.
  await context.route('https://www.google.nl/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutraal</title>' }),
  )
  page = await context.newPage()
  await page.goto(`${inject('baseUrl')}/voor-de-helpers/`)
  await page.goto(`${inject('baseUrl')}/voor-de-helpers/checklists/geweld/`)
})

describe('quick exit', () => {
  it('the button leaves for the neutral site and replaces the page in history', async () => {
    await page.getByRole('link', { name: /Snel weg/ }).click()
    await page.waitForURL(NEUTRAL)
    await page.goBack()
    // Back skips the page the visitor left: it lands on the page before it.
    expect(page.url()).toBe(`${inject('baseUrl')}/voor-de-helpers/`)
  })

  it('pressing Shift three times does the same', async () => {
    await page.keyboard.press('Shift')
    await page.keyboard.press('Shift')
    await page.keyboard.press('Shift')
    await page.waitForURL(NEUTRAL)
    await page.goBack()
    expect(page.url()).toBe(`${inject('baseUrl')}/voor-de-helpers/`)
  })

  it('Shift ×3 also works with almost 5 seconds between presses, and a longer pause starts counting again', async () => {
    // The page's clock is driven by the test, so the pauses are exact on a busy machine too.
    await page.clock.install()
    await page.reload()
    const hidden = () => page.evaluate(() => document.body.hidden)
    await page.keyboard.press('Shift')
    await page.clock.runFor(5_100)
    await page.keyboard.press('Shift') // too late: counts as the first again
    await page.clock.runFor(4_900)
    await page.keyboard.press('Shift')
    expect(await hidden(), 'two presses in a row: still on the page').toBe(false)
    expect(page.url()).toBe(`${inject('baseUrl')}/voor-de-helpers/checklists/geweld/`)
    await page.clock.runFor(4_900)
    await page.keyboard.press('Shift')
    await page.waitForURL(NEUTRAL)
    await page.goBack()
    expect(page.url()).toBe(`${inject('baseUrl')}/voor-de-helpers/`)
  })

  it('typing a capital letter between presses does not leave', async () => {
    await page.getByRole('searchbox', { name: 'Zoeken' }).first().focus()
    await page.keyboard.press('Shift')
    await page.keyboard.press('Shift+A')
    await page.keyboard.press('Shift+B')
    expect(await page.evaluate(() => document.body.hidden)).toBe(false)
    expect(await page.getByRole('searchbox', { name: 'Zoeken' }).first().inputValue()).toBe('AB')
  })

  it('stays in view on a phone while scrolling a long page, and still leaves', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await page.waitForFunction(() => window.scrollY > 1_000)
    const button = page.getByRole('link', { name: /Snel weg/ })
    const box = await button.boundingBox()
    expect(box, 'the button has a box').not.toBeNull()
    expect(box?.y).toBeGreaterThanOrEqual(0)
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844)
    // Nothing covers it: the element at its centre is the button itself.
    const onTop = await button.evaluate((el) => {
      const r = el.getBoundingClientRect()
      return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2))
    })
    expect(onTop).toBe(true)
    await button.click()
    await page.waitForURL(NEUTRAL)
  })

  it('stays in the header on a wide screen', async () => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await page.waitForFunction(() => window.scrollY > 1_000)
    const box = await page.getByRole('link', { name: /Snel weg/ }).boundingBox()
    expect(box?.y ?? 0, 'scrolled away with the header').toBeLessThan(0)
  })

  it('is the first thing a keyboard user reaches after the skip link', async () => {
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '')
    expect(focused).toMatch(/Snel weg/)
  })

  it('works without JavaScript as a plain link', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false })
    await noJs.route('https://www.google.nl/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: 'ok' }))
    const p = await noJs.newPage()
    await p.goto(`${inject('baseUrl')}/voor-de-helpers/checklists/geweld/`)
    await p.getByRole('link', { name: /Snel weg/ }).click()
    await p.waitForURL(NEUTRAL)
    await noJs.close()
  })
})

describe('the note on tool pages', () => {
  it('every tool page says what Back can still show', async () => {
    const content = SiteContentSchema.parse(JSON.parse(readFileSync(inject('contentFile'), 'utf8')))
    const tools = [
      ...content.assessments.map((a) => ({ path: assessmentUrl(a.platform, a.slug), platform: a.platform })),
      ...content.referralTrees.flatMap((t) => [
        { path: treeUrl(t.platform, t.slug), platform: t.platform },
        { path: treeStepUrl(t.platform, t.slug, t.start), platform: t.platform },
        ...t.nodes
          .filter((n) => n.type === 'outcome')
          .slice(0, 1)
          .map((n) => ({ path: treeStepUrl(t.platform, t.slug, n.id), platform: t.platform })),
      ]),
      ...content.checklists.map((c) => ({ path: checklistUrl(c.slug), platform: 'helpers' as const })),
    ]
    // The demo content has the quickscan, the time self-scan, the listening test, both trees and the checklists.
    expect(content.assessments.map((a) => a.kind).sort()).toEqual(expect.arrayContaining(['quickscan', 'test', 'zelfscan']))
    expect(tools.length).toBeGreaterThanOrEqual(10)
    const missing: string[] = []
    for (const tool of tools) {
      await page.goto(`${inject('baseUrl')}${tool.path}`)
      const note = page.locator('[data-back-note]')
      if (!(await note.isVisible()) || (await note.textContent()) !== BACK_NOTE[tool.platform]) missing.push(tool.path)
    }
    expect(missing).toEqual([])
    expect(BACK_NOTE.helpers).toMatch(/^Let op: met de terugknop van uw browser/)
    expect(BACK_NOTE.professionals).toMatch(/^Let op: met de terugknop van je browser/)
  })

  it('content pages have no note', async () => {
    await page.goto(`${inject('baseUrl')}/voor-de-helpers/`)
    expect(await page.locator('[data-back-note]').count()).toBe(0)
  })
})
