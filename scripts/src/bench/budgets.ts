import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { ROOT } from '../lib/paths.ts'
import { measureSite, type PageFigures } from './site-files.ts'

/** budgets.json at the repo root: the limits CI holds every build to (issue 6). */
export const BudgetsSchema = z.object({
  /** Regular expressions (on the site path) of tool pages; every other page is a content page. */
  toolPaths: z.array(z.string()).min(1),
  contentPages: z.object({
    /** JS of hydrated islands (Astro runtime, React, components), gzip bytes. */
    frameworkJsGzip: z.number().int().min(0),
    /** All other JS together (quick exit, search box), gzip bytes. */
    otherJsGzip: z.number().int().min(0),
    /** HTML plus linked CSS, gzip bytes. */
    htmlCssGzip: z.number().int().min(0),
  }),
  toolPages: z.object({
    /** All JS of the page (islands included), gzip bytes. */
    jsGzip: z.number().int().min(0),
    /**
     * Main-thread script time of a tool page's first load (CPU slowed 4×) as a multiple of a
     * checklist's in the same browser: a TBT proxy (tests/e2e/tool-script-time.e2e.spec.ts).
     */
    scriptTimeRatioToChecklist: z.number().min(1),
    /** Per tool (regular expression on the path, first match wins): a limit instead of `jsGzip`, while that tool is still heavier. */
    byTool: z.array(z.object({ path: z.string(), jsGzip: z.number().int().min(0) })).default([]),
  }),
  /** Every `<img>` has width and height (no layout shift). */
  imagesNeedSize: z.boolean(),
  /** Absolute URLs a page may fetch (0: no request to another origin). */
  otherOriginRequests: z.number().int().min(0),
  /**
   * The site build against a bare Astro build of the same pages, in the same run (issue 17):
   * `scripts/src/bench/build-budget.test.ts` builds both at `documents` generated documents and fails
   * when ours costs more than `maxCpuRatioToBare` times bare Astro's CPU time per page. A ratio, not
   * an absolute time: a busy or slow CI machine slows both builds alike.
   */
  build: z.object({
    documents: z.number().int().min(100),
    maxCpuRatioToBare: z.number().min(1),
  }),
  /** Lighthouse minimum category scores (0–1), checked by the Lighthouse bench. */
  lighthouse: z.partialRecord(z.enum(['performance', 'accessibility', 'best-practices', 'seo']), z.number().min(0).max(1)),
})
export type Budgets = z.infer<typeof BudgetsSchema>

export function loadBudgets(file = path.join(ROOT, 'budgets.json')): Budgets {
  return BudgetsSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** Every broken budget as one line naming the page and the figure. Pure: empty means all pages are within budget. */
export function evaluateBudgets(budgets: Budgets, pages: readonly PageFigures[]): string[] {
  const tool = budgets.toolPaths.map((p) => new RegExp(p))
  const lines: string[] = []
  for (const p of pages) {
    const isTool = tool.some((re) => re.test(p.path))
    if (isTool) {
      const js = p.frameworkJsGzip + p.otherJsGzip
      const limit = budgets.toolPages.byTool.find((t) => new RegExp(t.path).test(p.path))?.jsGzip ?? budgets.toolPages.jsGzip
      if (js > limit) lines.push(`${p.path}: tool page JS is ${kb(js)} gzip, budget ${kb(limit)}`)
    } else {
      const c = budgets.contentPages
      if (p.frameworkJsGzip > c.frameworkJsGzip)
        lines.push(`${p.path}: content page ships ${kb(p.frameworkJsGzip)} gzip of framework (island) JS, budget ${kb(c.frameworkJsGzip)}`)
      if (p.otherJsGzip > c.otherJsGzip)
        lines.push(`${p.path}: quick exit + search box JS is ${kb(p.otherJsGzip)} gzip, budget ${kb(c.otherJsGzip)}`)
      const htmlCss = p.htmlGzip + p.cssGzip
      if (htmlCss > c.htmlCssGzip) lines.push(`${p.path}: HTML+CSS is ${kb(htmlCss)} gzip, budget ${kb(c.htmlCssGzip)}`)
    }
    if (budgets.imagesNeedSize) for (const img of p.imagesWithoutSize) lines.push(`${p.path}: image without width and height: ${img}`)
    if (p.otherOrigin.length > budgets.otherOriginRequests)
      lines.push(`${p.path}: ${p.otherOrigin.length} request(s) to another origin: ${p.otherOrigin.slice(0, 3).join(', ')}`)
  }
  return lines
}

/** Checks a built site directory against budgets.json; exits 1 listing every broken budget. */
async function main() {
  const dist = path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2] ?? path.join(ROOT, 'site', 'dist'))
  const pages = measureSite(dist)
  const problems = evaluateBudgets(loadBudgets(), pages)
  if (problems.length > 0) {
    console.error(`${problems.length} budget(s) broken in ${dist}:\n${problems.join('\n')}`)
    process.exit(1)
  }
  console.log(`All ${pages.length} pages in ${dist} are within budgets.json.`)
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
