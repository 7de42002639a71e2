import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { SEARCH_URL, SEARCH_VOCABULARY_URL } from '@hp/content-schemas'
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
/**
 * Sentences as visitors type them (stop words, and words with the generated site's synonyms:
 * beroofd, aangereden, opgelicht): the search page runs one pagefind search per word and synonym.
 */
export const SENTENCES = [
  'mijn zus is beroofd',
  'mijn vader is aangereden',
  'hoe help ik iemand na een overval',
  'mijn moeder is opgelicht',
  'wat moet ik doen na een inbraak',
]
/** A visitor's pace: 100 ms between keys (about 120 characters a minute). */
const TYPE_DELAY_MS = 100
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
 * ranking, excerpts, the live region), timed in the page from the moment the query is sent (Enter,
 * or at once) until (1) the first results are in the list, at the next animation frame (what the
 * visitor sees first) and (2) the list says `done` (ten results, count and suggestion announced).
 */
const PAGE_SCRIPT = `
  window.armTimer = (atOnce) => {
    const list = document.querySelector('[data-search-results]')
    const input = document.querySelector('[data-search-input]')
    let t0
    let first
    window.pageTiming = new Promise((resolve) => {
      const finish = (done) => resolve([first ?? done, done])
      const observer = new MutationObserver(() => {
        if (t0 === undefined) return
        if (first === undefined && list.children.length > 0) {
          requestAnimationFrame(() => { first ??= performance.now() - t0 })
        }
        if (list.dataset.state === 'done' || list.dataset.state === 'error') {
          observer.disconnect()
          const done = performance.now() - t0
          requestAnimationFrame(() => finish(done))
        }
      })
      observer.observe(list, { attributes: true, attributeFilter: ['data-state'], childList: true })
    })
    if (atOnce) {
      t0 = performance.now()
      return
    }
    const onKey = (event) => {
      if (event.key !== 'Enter') return
      t0 = performance.now()
      input.removeEventListener('keydown', onKey, true)
    }
    input.addEventListener('keydown', onKey, true)
  }
`

declare global {
  interface Window {
    bench: { init: () => Promise<void>; query: (q: string) => Promise<number> }
    armTimer: (atOnce: boolean) => void
    pageTiming: Promise<[number, number]>
  }
}

/**
 * The builds to measure: `BENCH_SEARCH_DIST` (one folder, or several separated by commas to compare
 * them in one run, rounds interleaved), else the 5,000-document build (made by the site-build
 * bench, or built here).
 */
async function sites(): Promise<string[]> {
  if (process.env.BENCH_SEARCH_DIST) return process.env.BENCH_SEARCH_DIST.split(',').map((d) => path.resolve(d.trim()))
  const dist = siteDir(DOCUMENTS)
  if (existsSync(path.join(dist, 'pagefind', 'pagefind.js')) && !process.env.BENCH_REBUILD) return [dist]
  console.error(`Building the ${DOCUMENTS}-document site for the search bench …`)
  await buildOurs(await prepareSiteCopy(), writeContent(DOCUMENTS), dist)
  return [dist]
}

type Browser = Awaited<ReturnType<typeof launchBrowser>>

/** Counts the bytes of search requests (pagefind, the suggestion vocabulary) as they came over the wire. */
function countBytes(page: import('playwright-core').Page, match: RegExp): { take: () => number } {
  let bytes = 0
  page.on('requestfinished', async (req) => {
    if (!match.test(req.url())) return
    const sizes = await req.sizes().catch(() => undefined)
    if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize
  })
  return {
    take: () => {
      const b = bytes
      bytes = 0
      return b
    },
  }
}

/** pagefind's own JS API (its defaults: Web Worker), the first five excerpts loaded with each query. */
async function apiSession(browser: Browser, base: string) {
  // A fresh context per session: empty cache, as for a first visit.
  const context = await browser.newContext()
  const page = await context.newPage()
  const bytes = countBytes(page, /\/pagefind\//)
  await page.goto(`${base}${SEARCH_URL}`, { waitUntil: 'networkidle' })
  // As a string: tsx adds helpers (__name) to compiled functions that do not exist in the page.
  await page.evaluate(BENCH_SCRIPT)
  bytes.take()
  await page.evaluate(() => window.bench.init())
  const cold = await page.evaluate((q) => window.bench.query(q as string), QUERIES[0] as string)
  await page.waitForLoadState('networkidle')
  const first = bytes.take()
  const latencies = [await page.evaluate((q) => window.bench.query(q as string), QUERIES[1] as string)]
  await page.waitForLoadState('networkidle')
  const next = bytes.take()
  for (const q of QUERIES.slice(2)) latencies.push(await page.evaluate((query) => window.bench.query(query as string), q))
  await context.close()
  return { cold, first, next, latencies }
}

/**
 * One visitor on /zoeken/ (fresh context): the queries in turn, typed key by key and sent with
 * Enter, or put in the field and sent at once (as a link to /zoeken/?q=… or a pasted query does).
 */
async function pageSession(browser: Browser, base: string, queries: readonly string[], typed: boolean) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const bytes = countBytes(page, new RegExp(`/pagefind/|${SEARCH_VOCABULARY_URL.replace(/[.]/g, '\\.')}$`))
  await page.goto(`${base}${SEARCH_URL}`, { waitUntil: 'networkidle' })
  await page.evaluate(PAGE_SCRIPT)
  bytes.take()
  const input = page.locator('[data-search-input]')
  const firstShown: number[] = []
  const done: number[] = []
  let cold: [number, number] = [0, 0]
  let firstBytes = 0
  for (const [i, q] of queries.entries()) {
    if (typed) {
      await input.fill('')
      await page.evaluate(() => window.armTimer(false))
      await input.focus()
      await page.keyboard.type(q, { delay: TYPE_DELAY_MS })
      await page.keyboard.press('Enter')
    } else {
      await page.evaluate((query) => {
        window.armTimer(true)
        const field = document.querySelector<HTMLInputElement>('[data-search-input]')
        if (field) field.value = query as string
        document.querySelector<HTMLFormElement>('[data-search-form]')?.requestSubmit()
      }, q)
    }
    const timing = await page.evaluate(() => window.pageTiming)
    if (i === 0) {
      cold = timing
      await page.waitForLoadState('networkidle')
      firstBytes = bytes.take()
    } else {
      firstShown.push(timing[0])
      done.push(timing[1])
    }
  }
  await context.close()
  return { cold, firstBytes, firstShown, done }
}

interface PageRow {
  firstBytes: number[]
  coldShown: number[]
  firstShown: number[]
  done: number[]
}
const emptyRow = (): PageRow => ({ firstBytes: [], coldShown: [], firstShown: [], done: [] })
const PAGE_WAYS = [
  { name: '20 words, typed, Enter', queries: QUERIES, typed: true },
  { name: '20 words, sent at once', queries: QUERIES, typed: false },
  { name: `${SENTENCES.length} sentences, typed, Enter`, queries: SENTENCES, typed: true },
  { name: `${SENTENCES.length} sentences, sent at once`, queries: SENTENCES, typed: false },
] as const

async function measure(browser: Browser, dists: readonly string[], rounds: number) {
  const servers = await Promise.all(dists.map((d) => serve(d)))
  const api = dists.map(() => ({ cold: [] as number[], first: [] as number[], next: [] as number[], latencies: [] as number[] }))
  const pages = dists.map(() => PAGE_WAYS.map(emptyRow))
  try {
    for (let round = 0; round < rounds; round++) {
      // Builds interleaved within each round, so a busy moment on the machine hits them alike.
      for (const [d, server] of servers.entries()) {
        const a = await apiSession(browser, server.base)
        const row = api[d]
        if (!row) continue
        row.cold.push(a.cold)
        row.first.push(a.first)
        row.next.push(a.next)
        row.latencies.push(...a.latencies)
        for (const [w, way] of PAGE_WAYS.entries()) {
          const p = await pageSession(browser, server.base, way.queries, way.typed)
          const target = pages[d]?.[w]
          if (!target) continue
          target.firstBytes.push(p.firstBytes)
          target.coldShown.push(p.cold[0])
          target.firstShown.push(...p.firstShown)
          target.done.push(...p.done)
        }
      }
    }
  } finally {
    await Promise.all(servers.map((s) => s.close()))
  }
  return { api, pages }
}

export async function benchSearch(): Promise<string> {
  const dists = await sites()
  const rounds = Number(process.env.BENCH_RUNS ?? 3)
  const browser = await launchBrowser()
  let result: Awaited<ReturnType<typeof measure>>
  try {
    result = await measure(browser, dists, rounds)
  } finally {
    await browser.close()
  }
  const label = (d: number) => (dists.length > 1 ? path.basename(dists[d] ?? '') : '')
  const apiOut = table(
    ['build', 'documents', 'rounds', 'first query KB', 'next query KB', 'first query ms', 'p50 ms', 'p95 ms', 'queries timed'],
    result.api.map((r, d) => [
      label(d),
      DOCUMENTS,
      rounds,
      kb(median(r.first)),
      kb(median(r.next)),
      fmt(median(r.cold), 0),
      fmt(percentile(r.latencies, 50), 1),
      fmt(percentile(r.latencies, 95), 1),
      r.latencies.length,
    ]),
  )
  const pageOut = table(
    [
      'build',
      'search page: queries',
      'first query KB',
      'first query ms to first results',
      'p50 ms to first results',
      'p95 ms to first results',
      'p50 ms to done',
      'p95 ms to done',
      'queries timed',
    ],
    result.pages.flatMap((ways, d) =>
      ways.map((r, w) => [
        label(d),
        PAGE_WAYS[w]?.name ?? '',
        kb(median(r.firstBytes)),
        fmt(median(r.coldShown), 0),
        fmt(percentile(r.firstShown, 50), 1),
        fmt(percentile(r.firstShown, 95), 1),
        fmt(percentile(r.done, 50), 1),
        fmt(percentile(r.done, 95), 1),
        r.firstShown.length,
      ]),
    ),
  )
  const summary = result.pages.map((ways, d) => {
    const typedWords = ways[0] ?? emptyRow()
    const apiRow = result.api[d]
    return `Search${label(d) ? ` (${label(d)})` : ''}, ${DOCUMENTS} documents: typed into ${SEARCH_URL}, Enter → first results visible p50 ${fmt(percentile(typedWords.firstShown, 50), 1)} ms (target 30), first query ${kb(median(typedWords.firstBytes))} KB; pagefind API p50 ${fmt(percentile(apiRow?.latencies ?? [], 50), 1)} ms, first query ${kb(median(apiRow?.first ?? []))} KB.`
  })
  return `pagefind JS API (5 excerpts per query):\n${apiOut}\n\nSearch page (${SEARCH_URL}), ${TYPE_DELAY_MS} ms between keys when typed; the first query of each visit is not in the percentiles:\n${pageOut}\n${summary.join('\n')}\nLoad average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}.`
}

runIfMain(import.meta, benchSearch)
