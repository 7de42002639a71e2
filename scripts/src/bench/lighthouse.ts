import { readFileSync } from 'node:fs'
import path from 'node:path'
import { loadBudgets } from './budgets.ts'
import { demoSite, serve } from './demo.ts'
import { fmt, median, runIfMain, table, timed } from './lib.ts'
import { templatePaths } from './page-weight.ts'
import { BENCH_DIR } from './site-build.ts'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof CATEGORIES)[number]

interface LighthouseJson {
  categories: Record<Category, { score: number | null }>
  audits: Record<string, { numericValue?: number }>
}

interface Run {
  scores: Record<Category, number>
  lcp: number
  cls: number
  tbt: number
}

/** One Lighthouse run (default mobile preset, simulated throttling) with Debian Chromium; `lighthouse@12.2.3` (npm ci refuses a lock made with 12.3–13.4 on Node 20's npm). */
async function lighthouse(url: string, out: string, skip: readonly string[] = []): Promise<Run> {
  await timed(
    'npm',
    [
      'exec',
      '--',
      'lighthouse',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ...(skip.length > 0 ? [`--skip-audits=${skip.join(',')}`] : []),
    ],
    { CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  )
  const json = JSON.parse(readFileSync(out, 'utf8')) as LighthouseJson
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, json.categories[c].score ?? 0])) as Record<Category, number>
  const value = (id: string) => json.audits[id]?.numericValue ?? Number.NaN
  return { scores, lcp: value('largest-contentful-paint'), cls: value('cumulative-layout-shift'), tbt: value('total-blocking-time') }
}

/** Lighthouse sometimes loses the trace on a busy machine (NO_NAVSTART, NO_FCP): try a run up to three times. */
async function withRetry(run: () => Promise<Run>): Promise<Run> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run()
    } catch (error) {
      if (attempt >= 3) throw error
      console.error(
        `  Lighthouse run failed (attempt ${attempt}), retrying: ${error instanceof Error ? (error.message.split('\n').at(-1) ?? '') : ''}`,
      )
    }
  }
}

export async function benchLighthouse(): Promise<string> {
  const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
  const dist = demoSite()
  const budgets = loadBudgets().lighthouse
  const { base, close } = await serve(dist)
  const rows: (string | number)[][] = []
  const broken: string[] = []
  try {
    // BENCH_TEMPLATES (a regular expression on the template name) narrows the run, e.g. "tip|search".
    const only = new RegExp(process.env.BENCH_TEMPLATES ?? '.')
    for (const t of templatePaths(dist).filter((x) => only.test(x.name))) {
      const results: Run[] = []
      // Search and referral-tree steps are noindex on purpose (they are not landing pages); Lighthouse's SEO score
      // would count that as "blocked from indexing", so that one audit is skipped there.
      const html = readFileSync(path.join(dist, t.path, 'index.html'), 'utf8')
      const skip = /<meta name="robots" content="[^"]*noindex/.test(html) ? ['is-crawlable'] : []
      const name = skip.length > 0 ? `${t.name} (noindex)` : t.name
      for (let i = 0; i < runs; i++)
        results.push(await withRetry(() => lighthouse(`${base}${t.path}`, path.join(BENCH_DIR, 'lighthouse.json'), skip)))
      const score = (c: Category) => median(results.map((r) => r.scores[c]))
      for (const c of CATEGORIES) {
        const min = budgets[c]
        if (min !== undefined && score(c) < min) broken.push(`${t.path}: ${c} ${fmt(score(c), 2)} < ${min}`)
      }
      rows.push([
        name,
        ...CATEGORIES.map((c) => fmt(score(c) * 100, 0)),
        fmt(median(results.map((r) => r.lcp)), 0),
        fmt(median(results.map((r) => r.cls)), 3),
        fmt(median(results.map((r) => r.tbt)), 0),
      ])
      console.error(`  ${t.name}: ${rows.at(-1)?.slice(1).join(' ')}`)
    }
  } finally {
    await close()
  }
  const out = table(['template', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'CLS', 'TBT ms'], rows)
  const verdict =
    broken.length === 0 ? 'all templates within the Lighthouse budgets' : `${broken.length} below budget: ${broken.join('; ')}`
  return `${out}\nLighthouse (mobile, median of ${runs} runs per template): ${verdict}.`
}

runIfMain(import.meta, benchLighthouse)
