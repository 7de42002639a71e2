import { existsSync } from 'node:fs'
import path from 'node:path'
import { launchBrowser } from '../lib/browser.ts'
import { serve } from './demo.ts'
import { fmt, kb, median, percentile, runIfMain, table } from './lib.ts'
import { buildOurs, prepareSiteCopy, siteDir, writeContent } from './site-build.ts'

/** Fixed Dutch queries: offences, feelings and roles a visitor types (and words the generated text holds). */
export const QUERIES = [
  'inbraak',
  'oplichting',
  'slapen',
  'steun',
  'huisarts',
  'aangifte',
  'school',
  'schaamte',
  'grenzen',
  'politie',
  'verdriet',
  'luisteren',
  'stress',
  'geweld',
  'praten',
  'familie',
  'schadevergoeding',
  'leerling',
  'zelfzorg',
  'veilig thuis',
]
const DOCUMENTS = 5000
// Like the search page: the first five results' excerpts are loaded with each query.
const SHOWN = 5

const BENCH_SCRIPT = `
  let pf
  window.bench = {
    init: async () => {
      pf = await import('/pagefind/pagefind.js')
      await pf.init()
    },
    query: async (q) => {
      const t0 = performance.now()
      const { results } = await pf.search(q)
      await Promise.all(results.slice(0, ${SHOWN}).map((r) => r.data()))
      return performance.now() - t0
    },
  }
`

/**
 * The search page's own way (stop words, one pagefind search per word and synonym, the merged
 * ranking, ten excerpts, the live region): type a query into /zoeken/'s form and time until the
 * results list says `done`.
 */
const PAGE_SCRIPT = `
  window.pageQuery = (q) => new Promise((resolve) => {
    const list = document.querySelector('[data-search-results]')
    const input = document.querySelector('[data-search-input]')
    const form = document.querySelector('[data-search-form]')
    const t0 = performance.now()
    const observer = new MutationObserver(() => {
      if (list.dataset.state === 'done' || list.dataset.state === 'error') {
        observer.disconnect()
        resolve(performance.now() - t0)
      }
    })
    observer.observe(list, { attributes: true, attributeFilter: ['data-state'] })
    input.value = q
    form.requestSubmit()
  })
`

declare global {
  interface Window {
    bench: { init: () => Promise<void>; query: (q: string) => Promise<number> }
    pageQuery: (q: string) => Promise<number>
  }
}

/** The 5,000-document build (made by the site-build bench, or built here). */
async function site5000(): Promise<string> {
  if (process.env.BENCH_SEARCH_DIST) return path.resolve(process.env.BENCH_SEARCH_DIST)
  const dist = siteDir(DOCUMENTS)
  if (existsSync(path.join(dist, 'pagefind', 'pagefind.js')) && !process.env.BENCH_REBUILD) return dist
  console.error(`Building the ${DOCUMENTS}-document site for the search bench …`)
  await buildOurs(await prepareSiteCopy(), writeContent(DOCUMENTS), dist)
  return dist
}

export async function benchSearch(): Promise<string> {
  const dist = await site5000()
  const rounds = Number(process.env.BENCH_RUNS ?? 3)
  const { base, close } = await serve(dist)
  const browser = await launchBrowser()
  const first: number[] = []
  const next: number[] = []
  const cold: number[] = []
  const latencies: number[] = []
  const pageFirst: number[] = []
  const pageCold: number[] = []
  const pageLatencies: number[] = []
  try {
    for (let round = 0; round < rounds; round++) {
      // A fresh context per round: empty cache, as for a first visit.
      const context = await browser.newContext()
      const page = await context.newPage()
      let bytes = 0
      page.on('requestfinished', async (req) => {
        if (!req.url().includes('/pagefind/')) return
        const sizes = await req.sizes().catch(() => undefined)
        if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize
      })
      await page.goto(`${base}/zoeken/`, { waitUntil: 'networkidle' })
      // As a string: tsx adds helpers (__name) to compiled functions that do not exist in the page.
      await page.evaluate(BENCH_SCRIPT)
      await page.evaluate(() => window.bench.init())
      cold.push(await page.evaluate((q) => window.bench.query(q as string), QUERIES[0] as string))
      await page.waitForLoadState('networkidle')
      first.push(bytes)
      bytes = 0
      latencies.push(await page.evaluate((q) => window.bench.query(q as string), QUERIES[1] as string))
      await page.waitForLoadState('networkidle')
      next.push(bytes)
      for (const q of QUERIES.slice(2)) latencies.push(await page.evaluate((query) => window.bench.query(query as string), q))
      await context.close()

      // The same queries through the search page itself, in a fresh context.
      const pageContext = await browser.newContext()
      const searchPage = await pageContext.newPage()
      let pageBytes = 0
      searchPage.on('requestfinished', async (req) => {
        if (!/\/pagefind\/|\/zoeken\/woorden\.json/.test(req.url())) return
        const sizes = await req.sizes().catch(() => undefined)
        if (sizes) pageBytes += sizes.responseBodySize + sizes.responseHeadersSize
      })
      await searchPage.goto(`${base}/zoeken/`, { waitUntil: 'networkidle' })
      await searchPage.evaluate(PAGE_SCRIPT)
      pageCold.push(await searchPage.evaluate((q) => window.pageQuery(q as string), QUERIES[0] as string))
      await searchPage.waitForLoadState('networkidle')
      pageFirst.push(pageBytes)
      for (const q of QUERIES.slice(1)) pageLatencies.push(await searchPage.evaluate((query) => window.pageQuery(query as string), q))
      await pageContext.close()
    }
  } finally {
    await browser.close()
    await close()
  }
  const out = table(
    ['documents', 'rounds', 'first query KB', 'next query KB', 'first query ms', 'p50 ms', 'p95 ms', 'queries timed'],
    [
      [
        DOCUMENTS,
        rounds,
        kb(median(first)),
        kb(median(next)),
        fmt(median(cold), 0),
        fmt(percentile(latencies, 50), 1),
        fmt(percentile(latencies, 95), 1),
        latencies.length,
      ],
    ],
  )
  const pageOut = table(
    ['search page', 'rounds', 'first query KB', 'first query ms', 'p50 ms', 'p95 ms', 'queries timed'],
    [
      [
        'stop words, synonyms, merged ranking, 10 excerpts',
        rounds,
        kb(median(pageFirst)),
        fmt(median(pageCold), 0),
        fmt(percentile(pageLatencies, 50), 1),
        fmt(percentile(pageLatencies, 95), 1),
        pageLatencies.length,
      ],
    ],
  )
  return `${out}\n\n${pageOut}\nSearch page (${DOCUMENTS} documents, typed into /zoeken/): first query ${kb(median(pageFirst))} KB; latency p50 ${fmt(percentile(pageLatencies, 50), 1)} ms, p95 ${fmt(percentile(pageLatencies, 95), 1)} ms.\nSearch (${DOCUMENTS} documents, pagefind JS API in headless Chromium): first query ${kb(median(first))} KB, next ${kb(median(next))} KB; latency p50 ${fmt(percentile(latencies, 50), 1)} ms, p95 ${fmt(percentile(latencies, 95), 1)} ms.`
}

runIfMain(import.meta, benchSearch)
