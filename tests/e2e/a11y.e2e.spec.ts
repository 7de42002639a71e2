import AxeBuilder from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { inPool, launchBrowser, sitemapPaths } from './browser.ts'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

describe('accessibility (axe, WCAG 2.2 AA + best practice)', () => {
  it('finds no violations on any page in the sitemap, nor on the 404 page', async () => {
    const paths = [...sitemapPaths(inject('distDir')), '/bestaat-niet/']
    expect(paths.length).toBeGreaterThan(50)
    const failures: string[] = []
    await inPool(paths, 2, async (p) => {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(`${inject('baseUrl')}${p}`)
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
      for (const v of result.violations) {
        failures.push(
          `${p}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
        )
      }
      await context.close()
    })
    expect(failures).toEqual([])
  }, 600_000)
})
