import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { SiteContentSchema } from '@hp/content-schemas'
import { runQualitySet } from '@hp/scripts/bench/search-quality'
import { qualityScores } from '@hp/scripts/bench/search-quality-score'
import {
  searchNoSuggestionExamples,
  searchRankingExamples,
  searchSentenceExamples,
  searchSuggestionExamples,
} from '@hp/site/search/examples'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './browser.ts'
import { searchTypeCheck } from './search-types.ts'

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
  await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached', timeout: 60_000 })
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

  for (const { query, suggestion, first } of searchSuggestionExamples) {
    it(`"${query}" suggests "${suggestion}", and following it finds results`, async () => {
      const page = await search(query)
      const link = page.locator('[data-search-suggestion] a')
      await link.waitFor({ timeout: 60_000 })
      expect(await link.textContent()).toBe(suggestion)
      await link.click()
      await page.waitForURL(new RegExp(`q=${suggestion}`))
      await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached', timeout: 60_000 })
      expect((await resultPaths(page))[0]).toBe(first)
      await page.context().close()
    })
  }

  for (const { query, top3 } of searchSentenceExamples) {
    it(`the sentence "${query}" finds ${top3} in the top 3`, async () => {
      const page = await search(query)
      expect((await resultPaths(page)).slice(0, 3)).toContain(top3)
      await page.context().close()
    })
  }

  for (const query of searchNoSuggestionExamples) {
    it(`"${query}" is spelled right: results, and no "Bedoelde u …?"`, async () => {
      const page = await search(query)
      expect((await resultPaths(page)).length).toBeGreaterThan(0)
      expect(await page.locator('[data-search-suggestion]').isVisible()).toBe(false)
      await page.context().close()
    })
  }

  it('a query whose words are not all on one page says it shows pages with some of them', async () => {
    // No page of the demo site names a "schoonvader" (checked: the word is in no built page).
    const page = await search('mijn schoonvader wordt gestalkt')
    expect(await page.locator('[data-search-count]').textContent()).toMatch(
      /resultaten? voor een deel van de woorden van “mijn schoonvader wordt gestalkt”/,
    )
    await page.context().close()
  })

  it('quality budget: the everyday query set finds a right page in the top 3 for ≥ 95 % (recall@3), MRR ≥ 0.85', async () => {
    const context = await browser.newContext()
    const scores = qualityScores(await runQualitySet(await context.newPage(), inject('baseUrl')))
    await context.close()
    const misses = scores.misses.map((m) => `${m.query} → ${m.results.slice(0, 3).join(', ')}`).join('\n')
    expect(scores.recallAt3, `not in the top 3:\n${misses}`).toBeGreaterThanOrEqual(0.95)
    expect(scores.mrr).toBeGreaterThanOrEqual(0.85)
  }, 300_000)

  it('every page is indexed with the type the content-type registry gives it; "Soort" offers exactly the types pages carry', () => {
    const content = SiteContentSchema.parse(JSON.parse(readFileSync(inject('contentFile'), 'utf8')))
    const { checked, problems, options, pageTypes } = searchTypeCheck(inject('distDir'), content)
    expect(problems).toEqual([])
    expect(checked, 'documents whose page was checked').toBeGreaterThan(50)
    // In registry order, and only types some page carries.
    expect(options).toEqual(pageTypes)
  })

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

  it('"Toon meer resultaten" is hidden before a search, with no results and after the last result', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${inject('baseUrl')}/zoeken/`)
    await page.waitForLoadState('load')
    const more = page.locator('[data-search-more]')
    expect(await more.isVisible()).toBe(false)
    await context.close()
    const none = await search('xqzwv')
    expect(await none.locator('[data-search-more]').isVisible()).toBe(false)
    await none.context().close()
    // "slachtoffer" is on more than ten pages: "more" shows, and is hidden again once all are shown.
    const many = await search('slachtoffer')
    const button = many.locator('[data-search-more]')
    expect(await button.isVisible()).toBe(true)
    const items = many.locator('[data-search-results] > li')
    while (await button.isVisible()) {
      const before = await items.count()
      await button.click()
      await many.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, before, { timeout: 60_000 })
    }
    const shown = await resultPaths(many)
    expect(shown.length).toBeGreaterThan(10)
    expect(new Set(shown).size).toBe(shown.length)
    await many.context().close()
  })

  it('on a 390 px wide phone the first result is in view without scrolling, and the filters are folded', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(`${inject('baseUrl')}/zoeken/?q=inbraak`)
    await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached', timeout: 60_000 })
    const first = await page.locator('[data-search-results] > li h2 a').first().boundingBox()
    expect(first).not.toBeNull()
    expect((first?.y ?? 9999) + (first?.height ?? 0)).toBeLessThanOrEqual(844)
    expect(await page.locator('select[name=type]').isVisible()).toBe(false)
    await page.locator('[data-search-filters] summary').click()
    expect(await page.locator('select[name=type]').isVisible()).toBe(true)
    // One search box on this page: the header's is left out.
    expect(await page.locator('input[type=search]:visible').count()).toBe(1)
    await context.close()
  })

  it('checklists show no keyword box; their search terms still find them, with an excerpt from the page text', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${inject('baseUrl')}/voor-de-helpers/checklists/overval-of-beroving/`)
    expect(await page.locator('main').textContent()).not.toMatch(/Ook gezocht als/)
    await context.close()
    const results = await search('straatroof')
    expect((await resultPaths(results))[0]).toBe('/voor-de-helpers/checklists/overval-of-beroving/')
    const excerpt = (await results.locator('.search-result__excerpt').first().textContent()) ?? ''
    expect(excerpt).not.toMatch(/Ook gezocht als|straatroof, tasjesroof/)
    expect(excerpt.length).toBeGreaterThan(40)
    await results.context().close()
  })

  it('without JavaScript the page says search needs it and offers the overviews', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${inject('baseUrl')}/zoeken/?q=fraude`)
    expect(await page.content()).toMatch(/werkt alleen als JavaScript/)
    expect(await page.locator('nav[aria-label="Overzichten"] a').count()).toBeGreaterThanOrEqual(5)
    await context.close()
  })
})
