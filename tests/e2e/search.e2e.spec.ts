import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { searchRankingExamples, searchSuggestionExamples } from '../../site/src/search/examples.ts'
import { launchBrowser } from './browser.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

/** Opens the search page for a query and waits until results, count and suggestion are in place. */
async function search(query: string, extra = ''): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${inject('baseUrl')}/zoeken/?q=${encodeURIComponent(query)}${extra}`)
  await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached', timeout: 20_000 })
  return page
}
const resultPaths = (page: Page) =>
  page.$$eval('[data-search-results] > li h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))

describe('search (pagefind in the browser)', () => {
  for (const { query, first } of searchRankingExamples) {
    it(`"${query}" finds ${first} first`, async () => {
      const page = await search(query)
      expect((await resultPaths(page))[0]).toBe(first)
      await page.context().close()
    })
  }

  for (const { query, suggestion } of searchSuggestionExamples) {
    it(`"${query}" suggests "${suggestion}", and following it finds results`, async () => {
      const page = await search(query)
      const link = page.locator('[data-search-suggestion] a')
      await link.waitFor({ timeout: 10_000 })
      expect(await link.textContent()).toBe(suggestion)
      await link.click()
      await page.waitForURL(new RegExp(`q=${suggestion}`))
      await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' })
      expect((await resultPaths(page))[0]).toBe('/voor-de-helpers/checklists/fraude/')
      await page.context().close()
    })
  }

  it('a type filter narrows the results and shows in the URL', async () => {
    const page = await search('slachtoffer', '&type=Tip')
    const paths = await resultPaths(page)
    expect(paths.length).toBeGreaterThan(0)
    expect(paths.every((p) => /\/tips\//.test(p))).toBe(true)
    expect(await page.locator('[data-search-count]').textContent()).toMatch(/filter: Tip/)
    await page.context().close()
  })

  it('the header search box on any page leads to results', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${inject('baseUrl')}/voor-de-helpers/`)
    await page.fill('#zoek-kop', 'phishing')
    await page.press('#zoek-kop', 'Enter')
    await page.waitForURL(/\/zoeken\/\?q=phishing/)
    await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' })
    expect((await resultPaths(page))[0]).toBe('/voor-de-helpers/checklists/fraude/')
    await context.close()
  })

  it('drafts are not in the index: the draft marker finds nothing', async () => {
    const page = await search('CONCEPT-NIET-PUBLICEREN')
    expect(await resultPaths(page)).toEqual([])
    await page.context().close()
  })

  for (const [state, query] of [
    ['results', 'phishing'],
    ['a suggestion', 'oplichtnig'],
    ['no results', 'xqzwv'],
  ] as const) {
    it(`axe finds no violations with ${state}`, async () => {
      const page = await search(query)
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze()
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
      await page.context().close()
    })
  }

  it('without JavaScript the page says search needs it and offers the overviews', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${inject('baseUrl')}/zoeken/?q=fraude`)
    expect(await page.content()).toMatch(/werkt alleen als JavaScript/)
    expect(await page.locator('nav[aria-label="Overzichten"] a').count()).toBeGreaterThanOrEqual(5)
    await context.close()
  })
})
