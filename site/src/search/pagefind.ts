import { type Hit, planQuery, preloadTerms, type QueryPlan, rankPages, type SynonymMap } from './query.ts'
import { normalizeWord, suggest } from './suggest.ts'

/** Shorter words are not checked for a suggestion (suggest.ts corrects none of them either). */
const MIN_CHECKED_LENGTH = 4

/** The part of pagefind's browser API the search page uses (https://pagefind.app/docs/api/). */
export interface PagefindResultData {
  url: string
  /** Escaped page text with `<mark>` around the matches. */
  excerpt: string
  meta: Record<string, string | undefined>
}
export interface PagefindResult {
  id: string
  score: number
  data: () => Promise<PagefindResultData>
}
type Filters = Record<string, string>
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: (query: string | null, options?: { filters?: Filters }) => Promise<{ results: PagefindResult[] } | null>
  /** Fetches the index chunks a search for this term needs, without searching. */
  preload: (query: string, options?: { filters?: Filters }) => Promise<void>
}

/** Written by the pagefind CLI after `astro build`, so it cannot be bundled: loaded at run time. */
const PAGEFIND_URL = '/pagefind/pagefind.js'
/** Built by src/pages/zoeken/woorden.json.ts. */

/**
 * Ranking: checklist pages carry their offence's search terms as `keywords` meta (oplichting,
 * phishing…); a match there weighs twice a title match (pagefind's default title weight is 5),
 * so "inbraak" finds the burglary checklist before a video with "inbraak" in its title.
 */
/**
 * `noWorker`: pagefind runs on the page's own thread, not in its Web Worker. A common word matches
 * thousands of pages at 5,000 documents, and the worker copies every result (with its word
 * positions) to the page for each search: that copy cost about as much as the search itself or
 * more (docs/performance.md, "Search speed"). The page allows WebAssembly for this
 * (`'wasm-unsafe-eval'`, zoeken.astro); a search blocks the page for a few milliseconds.
 */
const OPTIONS = { excerptLength: 24, ranking: { metaWeights: { title: 5, keywords: 10 } }, noWorker: true }

let pagefind: Promise<Pagefind> | undefined

/** Loads pagefind once and starts fetching its index; after a failure the next search tries again. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind
    await module.options(OPTIONS)
    // Fetches the entry, the metadata and the WebAssembly now (a search would wait for them anyway).
    await module.init()
    return module
  })().catch((error: unknown) => {
    pagefind = undefined
    throw new Error(`Could not load the search index from ${PAGEFIND_URL}`, { cause: error })
  })
  return pagefind
}

/**
 * While the visitor types: fetches the index chunks the query's words and synonyms need
 * (`preloadTerms`), so the search on Enter finds them loaded. Only fetches (pagefind's `preload`); the search itself never
 * waits for this.
 */
export async function preloadQuery(typed: string, filters: Filters, synonyms: SynonymMap): Promise<void> {
  const terms = preloadTerms(typed, synonyms)
  if (terms.length === 0) return
  const pf = await loadPagefind()
  await Promise.all(terms.map((term) => pf.preload(term, { filters })))
}

/** The answer to one typed query: the plan, and the pages best first. */
export interface QueryAnswer {
  plan: QueryPlan
  results: PagefindResult[]
  /** No page matched every word: the results match some of them. */
  partial: boolean
}

/**
 * Searches like the page does: with words, one pagefind search per planned word and synonym (in
 * parallel; pagefind would demand every word of one search), merged by `rankPages`; a quoted
 * phrase or filters alone go to pagefind as they are.
 */
export async function searchQuery(query: string, filters: Filters, synonyms: SynonymMap): Promise<QueryAnswer> {
  const pf = await loadPagefind()
  const plan = planQuery(query, synonyms)
  if (plan.words.length === 0) {
    const search = await pf.search(plan.phrase ?? null, { filters })
    return { plan, results: search?.results ?? [], partial: false }
  }
  const hits = await Promise.all(
    plan.words.map((w) => Promise.all(w.alternatives.map(async (alt) => (await pf.search(alt, { filters }))?.results ?? []))),
  )
  const asHits = hits.map((alternatives) =>
    alternatives.map((list) => list.map((r): Hit<PagefindResult> => ({ id: r.id, score: r.score, ref: r }))),
  )
  const ranking = rankPages(
    asHits,
    plan.words.map((w) => w.weight),
  )
  return {
    plan,
    results: ranking.pages.map((p) => p.ref),
    partial: ranking.partial,
  }
}

let vocabulary: Promise<string[]> | undefined

/**
 * The planned words that match nothing in the index. Each is searched once more as an exact
 * phrase (`"word"`): pagefind then still stems ("inbraken" finds "inbraak") and searches the
 * metadata, but is not typo-tolerant, so "stalkng" finds nothing while its plain search found
 * "stalking".
 */
async function unmatchedWords(plan: QueryPlan): Promise<Set<string>> {
  const pf = await loadPagefind()
  const unmatched = new Set<string>()
  await Promise.all(
    plan.words.map(async ({ word }) => {
      if ([...word].length < MIN_CHECKED_LENGTH || word.includes('"')) return
      const exact = await pf.search(`"${word}"`)
      if ((exact?.results.length ?? 0) === 0) unmatched.add(normalizeWord(word))
    }),
  )
  return unmatched
}

/**
 * "Bedoelde u …?" for a query, or undefined; a failed fetch only costs the suggestion. Needs only
 * the plan, so the page starts it together with the search itself (its exact-word checks and the
 * vocabulary fetch run while the results load).
 */
export async function suggestionFor(query: string, plan: QueryPlan, vocabularyUrl: string): Promise<string | undefined> {
  const unmatched = await unmatchedWords(plan)
  if (unmatched.size === 0) return undefined
  vocabulary ??= fetch(vocabularyUrl).then((res) => {
    if (!res.ok) throw new Error(`${vocabularyUrl} answered ${res.status}`)
    return res.json() as Promise<string[]>
  })
  try {
    return suggest(query, await vocabulary, (word) => !unmatched.has(word))
  } catch {
    vocabulary = undefined
    return undefined
  }
}
