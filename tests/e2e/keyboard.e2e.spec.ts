import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './browser.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

// One page per template: Tab alone must reach every link and control, in order, with a visible focus.
const TEMPLATES = [
  '/',
  '/voor-de-helpers/',
  '/voor-de-helpers/checklists/fraude/',
  '/voor-de-helpers/tips/',
  '/voor-de-helpers/videos/ervaring-na-een-woninginbraak/',
  '/voor-professionals/stappenplannen/nazorg-bij-suicide-op-school/',
  '/voor-professionals/signalenwijzer/',
  '/voor-professionals/nieuwsbrief/1/',
  '/organisaties/',
]

describe('keyboard only', () => {
  for (const path of TEMPLATES) {
    it(`Tab reaches every link and control on ${path}`, async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${inject('baseUrl')}${path}`)
      const expected = await page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, video[controls], [tabindex="0"]')].filter(
            (el) => !el.closest('[hidden]') && el.getClientRects().length > 0,
          ).length,
      )
      const reached = new Set<string>()
      let outline = true
      for (let i = 0; i < expected + 5; i++) {
        await page.keyboard.press('Tab')
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null
          if (!el || el === document.body) return null
          const style = getComputedStyle(el)
          // A <video> draws focus on its own (shadow DOM) controls.
          const visible = el.tagName === 'VIDEO' || style.outlineStyle !== 'none' || style.boxShadow !== 'none'
          const all = [...document.querySelectorAll('*')]
          return { key: `${el.tagName}#${all.indexOf(el)}`, visible }
        })
        if (info) {
          reached.add(info.key)
          outline &&= info.visible
        }
      }
      expect(reached.size).toBeGreaterThanOrEqual(expected)
      expect(outline).toBe(true)
      await context.close()
    })
  }
})
