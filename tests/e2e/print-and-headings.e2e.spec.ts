import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './browser.ts'

let browser: Browser
let page: Page
beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
})
afterAll(async () => browser?.close())

const STEP_PLAN = '/voor-professionals/stappenplannen/nazorg-bij-suicide-op-school/'

describe('step plans', () => {
  it('step titles read as headings, not as links', async () => {
    await page.goto(`${inject('baseUrl')}${STEP_PLAN}`)
    const looks = await page.locator('.steps h3').evaluateAll((headings) =>
      headings.map((h) => {
        const a = h.querySelector('a') as HTMLAnchorElement
        const hs = getComputedStyle(h)
        const as = getComputedStyle(a)
        return { sameColour: hs.color === as.color, underline: as.textDecorationLine.includes('underline') }
      }),
    )
    expect(looks.length).toBeGreaterThan(2)
    expect(looks.filter((l) => !l.sameColour || l.underline)).toEqual([])
    // A real link elsewhere on the page still looks like one.
    const link = await page
      .locator('main p a, main li > a')
      .first()
      .evaluate((a) => ({ colour: getComputedStyle(a).color, underline: getComputedStyle(a).textDecorationLine }))
    expect(link.underline).toContain('underline')
  })
})

describe('print views', () => {
  it('print the full address of the site’s own links, with the public origin', async () => {
    await page.goto(`${inject('baseUrl')}${STEP_PLAN}`)
    const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin
    await page.emulateMedia({ media: 'print' })
    // Generated content is part of a link's accessible name: this is the text on paper.
    const own = page.locator('main a[href^="/"]').filter({ visible: true }).first()
    const href = (await own.getAttribute('href')) ?? ''
    expect(await own.ariaSnapshot()).toContain(`(${origin}${href})`)
    await page.emulateMedia({ media: 'screen' })
    expect(await own.ariaSnapshot()).not.toContain(origin)
  })
})
