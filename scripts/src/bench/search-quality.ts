import { SEARCH_URL } from '@hp/content-schemas'
import { QUALITY_HELD_OUT, QUALITY_QUERIES, type QualityQuery } from '@hp/site/search/quality-set'
import type { Page } from 'playwright-core'
import { launchBrowser } from '../lib/browser.ts'
import { demoSite, serve } from './demo.ts'
import { fmt, runIfMain, table } from './lib.ts'
import { isSentence, type QualityRun, qualityScores } from './search-quality-score.ts'

/** Searches on the real search page (URL → pagefind → merged ranking) and reads the result paths, best first. */
export async function searchPaths(page: Page, base: string, query: string): Promise<string[]> {
  await page.goto(`${base}${SEARCH_URL}?q=${encodeURIComponent(query)}`)
  await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached', timeout: 60_000 })
  return page.$$eval('[data-search-results] > li h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
}

/** Runs every query of the set in one browser page. */
export async function runQualitySet(page: Page, base: string, queries: readonly QualityQuery[] = QUALITY_QUERIES): Promise<QualityRun[]> {
  const runs: QualityRun[] = []
  for (const q of queries) runs.push({ ...q, results: await searchPaths(page, base, q.query) })
  return runs
}

const pct = (share: number) => `${fmt(share * 100, 1)} %`

/** `npm run bench:search-quality`: recall@3 and MRR of the quality set on the demo site. */
export async function benchSearchQuality(): Promise<string> {
  // Always a fresh build of this checkout: the ranking lives in the site's code, so an older build would measure older code.
  const dist = demoSite({ name: 'demo-search-quality', rebuild: true })
  const { base, close } = await serve(dist)
  const browser = await launchBrowser()
  let runs: QualityRun[]
  let heldOut: QualityRun[]
  try {
    const page = await (await browser.newContext()).newPage()
    runs = await runQualitySet(page, base)
    heldOut = await runQualitySet(page, base, QUALITY_HELD_OUT)
  } finally {
    await browser.close()
    await close()
  }
  const sentences = runs.filter((r) => isSentence(r.query))
  const words = runs.filter((r) => !isSentence(r.query))
  const row = (name: string, set: QualityRun[]) => {
    const s = qualityScores(set)
    return [name, s.queries, pct(s.recallAt1), pct(s.recallAt3), fmt(s.mrr, 3)]
  }
  const all = qualityScores(runs)
  const held = qualityScores(heldOut)
  const out = table(
    ['queries', 'count', 'recall@1', 'recall@3', 'MRR'],
    [row('all', runs), row('sentences', sentences), row('words and short phrases', words), row('held-out set (not tuned on)', heldOut)],
  )
  const missed = (list: QualityRun[], note = '') =>
    list.map((m) => `- "${m.query}"${note}: wanted ${m.right.join(' or ')}; got ${m.results.slice(0, 3).join(', ') || 'nothing'}`)
  const misses = [...missed(all.misses), ...missed(held.misses, ' (held-out)')]
  const summary = `Search quality (${all.queries} everyday queries on the demo site, the search page in headless Chromium): recall@3 ${pct(all.recallAt3)}, MRR ${fmt(all.mrr, 3)}; held-out set of ${held.queries}: recall@3 ${pct(held.recallAt3)}, MRR ${fmt(held.mrr, 3)}.`
  return `${out}\n\n${summary}${misses.length > 0 ? `\nNot in the top 3:\n${misses.join('\n')}` : ''}`
}

runIfMain(import.meta, benchSearchQuality)
