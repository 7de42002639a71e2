import { PAGEFIND_OPTIONS } from './pagefind-options.ts'
import { type Hit, planQuery, preloadTerms, type QueryPlan, rankPages, type SynonymMap, searchKey, searchReady } from './query.ts'
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
let pagefind: Promise<Pagefind> | undefined

/** Loads pagefind once and starts fetching its index; after a failure the next search tries again. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind
    await module.options(PAGEFIND_OPTIONS)
    // Fetches the entry, the metadata and the WebAssembly now (a search would wait for them anyway).
    await module.init()
    return module
  })().catch((error: unknown) => {
    pagefind = undefined
    throw new Error(`Could not load the search index from ${PAGEFIND_URL}`, { cause: error })
  })
  return pagefind
}

/** The answer to one typed query: the plan, and the pages best first. */
export interface QueryAnswer {
  plan: QueryPlan
  results: PagefindResult[]
  /** No page matched every word: the results match some of them. */
  partial: boolean
}
type Ranked = Omit<QueryAnswer, 'plan'>

/**
 * Keeps the last `size` promises by key, most recently used last; a failed one is dropped, and so
 * is one whose value `keep` refuses. With `store` false a kept promise is still taken, but a new
 * one is not kept.
 */
function recent<T>(
  size: number,
  keep: (value: T) => boolean = () => true,
): (key: string, make: () => Promise<T>, store: boolean) => Promise<T> {
  const kept = new Map<string, Promise<T>>()
  return (key, make, store) => {
    const found = kept.get(key)
    if (found) {
      kept.delete(key)
      kept.set(key, found)
      return found
    }
    const made = make()
    if (!store) return made
    const drop = () => {
      if (kept.get(key) === made) kept.delete(key)
    }
    made.then((v) => keep(v) || drop(), drop)
    if (kept.size >= size) kept.delete(kept.keys().next().value ?? '')
    kept.set(key, made)
    return made
  }
}

/**
 * The last searches prepared while typing, kept while the page is open (the index does not
 * change): a whole query's ranking by `searchKey`, and pagefind's answer per word or synonym. The
 * search on Enter takes what the same search started while the visitor typed; a sentence typed
 * word by word searches each word once. A search that was not prepared (Enter before the pause, a
 * link to /zoeken/?q=…, a filter) takes what is kept but keeps nothing: each pagefind answer to a
 * common word holds about 3,300 results with their word positions, and keeping them gives the
 * garbage collector more to do on the next searches (docs/performance.md).
 */
const rankings = recent<Ranked>(4, (r) => r.results.length > 0)
// pagefind answers a search whose index chunk failed to load with no results: not kept, so the next search fetches again.
const termSearches = recent<PagefindResult[]>(12, (results) => results.length > 0)

/**
 * Searches like the page does: with words, one pagefind search per planned word and synonym (in
 * parallel; pagefind would demand every word of one search), merged by `rankPages`; a quoted
 * phrase or filters alone go to pagefind as they are.
 */
async function ranked(pf: Pagefind, plan: QueryPlan, filters: Filters, store: boolean): Promise<Ranked> {
  if (plan.words.length === 0) {
    const search = await pf.search(plan.phrase ?? null, { filters })
    return { results: search?.results ?? [], partial: false }
  }
  const filterKey = JSON.stringify(Object.entries(filters).sort())
  const search = (term: string) =>
    termSearches(`${term}\u0000${filterKey}`, async () => (await pf.search(term, { filters }))?.results ?? [], store)
  const hits = await Promise.all(plan.words.map((w) => Promise.all(w.alternatives.map(search))))
  const asHits = hits.map((alternatives) =>
    alternatives.map((list) => list.map((r): Hit<PagefindResult> => ({ id: r.id, score: r.score, ref: r }))),
  )
  const ranking = rankPages(
    asHits,
    plan.words.map((w) => w.weight),
  )
  return { results: ranking.pages.map((p) => p.ref), partial: ranking.partial }
}

/**
 * The search's answer, from the kept ones when the same search ran already (or runs now); `store`
 * (preparing while typing) keeps what it searches for the next search.
 */
export async function searchQuery(query: string, filters: Filters, synonyms: SynonymMap, store = false): Promise<QueryAnswer> {
  const pf = await loadPagefind()
  const plan = planQuery(query, synonyms)
  return { plan, ...(await rankings(searchKey(plan, filters), () => ranked(pf, plan, filters, store), store)) }
}

/**
 * While the visitor types (called shortly after a key): fetches the index chunks of the words so
 * far and their synonyms (`preloadTerms`, pagefind's `preload`). When every word the search will
 * use is there (`searchReady`), also runs that search and loads the excerpts of its first `shown`
 * results, so Enter finds the answer and the first screen ready. Enter never waits for this: it
 * takes the same search's answer, or searches itself.
 */
export async function prepareQuery(typed: string, filters: Filters, synonyms: SynonymMap, shown: number): Promise<void> {
  const terms = preloadTerms(typed, synonyms)
  if (terms.length === 0) return
  const pf = await loadPagefind()
  if (!searchReady(typed, synonyms)) {
    await Promise.all(terms.map((term) => pf.preload(term, { filters })))
    return
  }
  const { results } = await searchQuery(typed, filters, synonyms, true)
  await Promise.all(results.slice(0, shown).map((r) => r.data()))
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
