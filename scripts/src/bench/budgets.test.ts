import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Budgets, BudgetsSchema, evaluateBudgets } from './budgets.ts'
import type { PageFigures } from './site-files.ts'

const budgets: Budgets = {
  toolPaths: ['^/voor-[a-z-]+/doorverwijstool/'],
  contentPages: { frameworkJsGzip: 0, otherJsGzip: 5120, htmlCssGzip: 30720 },
  toolPages: { jsGzip: 81920, scriptTimeRatioToChecklist: 6, byTool: [] },
  imagesNeedSize: true,
  otherOriginRequests: 0,
  build: { documents: 1000, maxCpuRatioToBare: 2.6 },
  lighthouse: { performance: 0.95 },
}
const page = (over: Partial<PageFigures>): PageFigures => ({
  path: '/voor-de-helpers/tips/luisteren/',
  htmlGzip: 4000,
  cssGzip: 2000,
  frameworkJsGzip: 0,
  otherJsGzip: 300,
  imagesWithoutSize: [],
  otherOrigin: [],
  ...over,
})

describe('evaluateBudgets', () => {
  it('passes a light content page and a tool page under its JS budget', () => {
    expect(
      evaluateBudgets(budgets, [page({}), page({ path: '/voor-de-helpers/doorverwijstool/helpers/', frameworkJsGzip: 70_000 })]),
    ).toEqual([])
  })

  it('names the page and figure when a content page ships island JS', () => {
    expect(evaluateBudgets(budgets, [page({ frameworkJsGzip: 60_000 })])).toEqual([
      '/voor-de-helpers/tips/luisteren/: content page ships 58.6 KB gzip of framework (island) JS, budget 0.0 KB',
    ])
  })

  it('fails quick exit + search box JS over 5 KB and HTML+CSS over 30 KB on content pages', () => {
    const lines = evaluateBudgets(budgets, [page({ otherJsGzip: 6000, htmlGzip: 29_000, cssGzip: 2000 })])
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/quick exit \+ search box JS is 5\.9 KB gzip, budget 5\.0 KB/)
    expect(lines[1]).toMatch(/HTML\+CSS is 30\.3 KB gzip, budget 30\.0 KB/)
  })

  it('counts all JS on a tool page against the tool budget, not the content budgets', () => {
    const lines = evaluateBudgets(budgets, [
      page({ path: '/voor-de-helpers/doorverwijstool/helpers/', frameworkJsGzip: 80_000, otherJsGzip: 3000 }),
    ])
    expect(lines).toEqual(['/voor-de-helpers/doorverwijstool/helpers/: tool page JS is 81.1 KB gzip, budget 80.0 KB'])
  })

  it('holds a tool named in byTool to its own limit, and every other tool page to jsGzip', () => {
    const split: Budgets = {
      ...budgets,
      toolPaths: [...budgets.toolPaths, '^/voor-[a-z-]+/quickscan-'],
      toolPages: { jsGzip: 35 * 1024, scriptTimeRatioToChecklist: 6, byTool: [{ path: '^/voor-[a-z-]+/quickscan-', jsGzip: 80 * 1024 }] },
    }
    const lines = evaluateBudgets(split, [
      page({ path: '/voor-professionals/quickscan-gedrag/', frameworkJsGzip: 75_000 }),
      page({ path: '/voor-de-helpers/doorverwijstool/helpers/gevaar/', frameworkJsGzip: 36_000, otherJsGzip: 500 }),
      page({ path: '/voor-de-helpers/doorverwijstool/helpers/steun/', otherJsGzip: 5000 }),
    ])
    expect(lines).toEqual(['/voor-de-helpers/doorverwijstool/helpers/gevaar/: tool page JS is 35.6 KB gzip, budget 35.0 KB'])
  })

  it('fails an image without width and height and any request to another origin, on every kind of page', () => {
    const lines = evaluateBudgets(budgets, [
      page({ imagesWithoutSize: ['<img src="/a.jpg">'], otherOrigin: ['https://fonts.example.com/a.css'] }),
    ])
    expect(lines).toEqual([
      '/voor-de-helpers/tips/luisteren/: image without width and height: <img src="/a.jpg">',
      '/voor-de-helpers/tips/luisteren/: 1 request(s) to another origin: https://fonts.example.com/a.css',
    ])
  })

  it('reads the committed budgets.json with the limits of issue 6', () => {
    const file = BudgetsSchema.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../budgets.json'), 'utf8')))
    expect(file.contentPages).toEqual({ frameworkJsGzip: 0, otherJsGzip: 5 * 1024, htmlCssGzip: 30 * 1024 })
    // Issue 17: 35 KB for every tool page: the referral tool and the scans (self-scan, test, quickscan) alike.
    expect(file.toolPages.jsGzip).toBe(35 * 1024)
    expect(file.toolPages.byTool).toEqual([])
    expect(file.toolPaths).toContain('^/voor-[a-z-]+/(zelfscan|quickscan|test)-[^/]+/$')
    expect(file.lighthouse).toEqual({ performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 })
  })
})
