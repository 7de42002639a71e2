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
