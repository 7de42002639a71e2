/**
 * Query understanding for Dutch (pure, no DOM, no pagefind): which words of a query to search for,
 * which other words to search with them (the editors' synonyms), and how to rank pages when
 * not every word matches. The search page runs one pagefind search per word and alternative
 * (pagefind matches all words of one search, and stems them: "overvallen" finds "overval") and
 * merges the answers here.
 */

/**
 * Words left out when matching: they are in nearly every Dutch sentence and say nothing about
 * what happened. Snowball's Dutch stop words plus the words of questions people type
 * ("wat moet ik doen als…", "hoe help ik…"). Words about people (zus, collega) are not here:
 * "praten met kinderen" needs "kinderen".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'aan al alle alles als altijd andere ben bent bij dan dat de der deze die dit doch doe doen doet door dus een eens en er ' +
    'ga gaan gaat ge geen geweest had hadden heb hebben hebt heeft hem hen het hier hij hoe hun iemand iets ik in is ja je jij ' +
    'jou jouw jullie kan kon kun kunnen kunt maar me men meer mij mijn mn moet moeten mag mogen na naar niet niets nog nu of om ' +
    'omdat ons onze ook op over reeds te tegen toch toen tot u uit uw van veel voor waar waarom wanneer want waren was wat we ' +
    'wel werd wezen wie wij wil willen word wordt worden ze zal zelf zich zij zijn zo zonder zou zn'
  ).split(' '),
)

/**
 * Words for the person it happened to ("mijn zus is beroofd", "mijn vader is aangereden"). They
 * still count, but at RELATION_WEIGHT: what happened says which page helps, the relation rarely
 * does (a story "na de inbraak bij mijn zus" is not about every zus). "kind" and "leerling" are not
 * here: the site has pages about helping a child or a pupil.
 */
export const RELATION_WORDS: ReadonlySet<string> = new Set(
  (
    'zus zussen broer broers vader moeder ouders papa mama pa ma zoon dochter opa oma tante oom neef nicht ' +
    'vriend vriendin vrienden vriendje vriendinnetje buurman buurvrouw buren partner man vrouw echtgenoot ' +
    'echtgenote schoonmoeder schoonvader schoonzus zwager collega collegas kennis familie familielid'
  ).split(' '),
)
export const RELATION_WEIGHT = 0.3

/** Letters and digits, with inner hyphens or apostrophes kept ("auto-ongeluk", "whatsapp-fraude"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

/** Lowercase, without accents, so "Suicide" and "suïcide" compare as equal. */
export function normalizeWord(word: string): string {
  return word.toLocaleLowerCase('nl').normalize('NFD').replace(/\p{M}/gu, '')
}

/** The words of a query as typed, lowercased, in order, each once. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLocaleLowerCase('nl').match(WORD) ?? [])]
}

/** True for a word that is left out when matching. */
export const isStopWord = (word: string): boolean => STOP_WORDS.has(normalizeWord(word))

/** One row of the site-wide synonym list (CMS: Site-instellingen → Zoeken). */
export interface SynonymRow {
  /** What a visitor types. Example: `beroofd`. */
  word: string
  /** What to search for as well. Example: `['beroving', 'overval']`. */
  alternatives: string[]
}

/** Normalized word → alternatives to search for as well (lowercase, without the word itself). */
export type SynonymMap = ReadonlyMap<string, readonly string[]>

/** Builds the lookup from the editors' rows; rows for the same word are joined. */
export function synonymMap(rows: readonly SynonymRow[]): SynonymMap {
  const map = new Map<string, string[]>()
  for (const row of rows) {
    const key = normalizeWord(row.word.trim())
    if (!key) continue
    const list = map.get(key) ?? []
    for (const alternative of row.alternatives) {
      const alt = alternative.trim().toLocaleLowerCase('nl').replace(/\s+/gu, ' ')
      if (alt && normalizeWord(alt) !== key && !list.includes(alt)) list.push(alt)
    }
    map.set(key, list)
  }
  return map
}

/** One word to match, and everything that counts as a match for it. */
export interface PlannedWord {
  /** As typed (lowercased). */
  word: string
  /** What pagefind searches for: the word first, then its synonyms. */
  alternatives: string[]
  /** How much a match on this word counts: 1, or RELATION_WEIGHT for a relation word. */
  weight: number
}

export interface QueryPlan {
  /** Words to match, in query order. Empty only for an empty query. */
  words: PlannedWord[]
  /** Stop words that were left out. */
  left: string[]
  /** A quoted query ("…") goes to pagefind as one exact-phrase search. */
  phrase?: string
}

/**
 * What to search for. Stop words are left out; when a query has only stop words ("wat moet ik
 * doen") all its words are kept, so it still finds what editors filed under those words.
 */
export function planQuery(query: string, synonyms: SynonymMap = new Map()): QueryPlan {
  const trimmed = query.trim()
  if (/^".+"$/u.test(trimmed)) return { words: [], left: [], phrase: trimmed }
  const all = queryWords(trimmed)
  const kept = all.filter((w) => !isStopWord(w))
  const words = kept.length > 0 ? kept : all
  return {
    words: words.map((word) => ({
      word,
      alternatives: [word, ...(synonyms.get(normalizeWord(word)) ?? [])],
      weight: RELATION_WORDS.has(normalizeWord(word).replace(/['’]/gu, '')) ? RELATION_WEIGHT : 1,
    })),
    left: kept.length > 0 ? all.filter(isStopWord) : [],
  }
}

/** One page pagefind found for one search. */
export interface Hit<T = unknown> {
  id: string
  score: number
  /** Whatever the caller needs back for the page (pagefind's result, to load its excerpt). */
  ref: T
}

/** A page in the merged ranking. */
export interface RankedPage<T = unknown> {
  id: string
  /** Indexes (into the plan's words) of the words this page matched. */
  matched: number[]
  score: number
  /** The `ref` of the hit that counted most for this page. */
  ref: T
}

export interface Ranking<T = unknown> {
  pages: RankedPage<T>[]
  /** True when no page matched every word, so pages that match fewer words are shown. */
  partial: boolean
}

/**
 * Merges the hits of each planned word (`hits[i][j]`: word i, alternative j) into one ranking.
 * A page scores the sum, over the words it matches, of pagefind's score for that word (BM25:
 * rare words and matches in titles and search terms weigh more) times the word's weight, times
 * the weighted share of words it matches (so pages with more of the words come first). Synonyms
 * count as the word itself, with the best of their scores. Every page that matches any word is
 * kept, so a query never ends empty while one of its words matches.
 */
export function rankPages<T>(hits: readonly (readonly (readonly Hit<T>[])[])[], weights: readonly number[] = []): Ranking<T> {
  const weightOf = (i: number) => weights[i] ?? 1
  const pages = new Map<string, RankedPage<T> & { best: number; covered: number }>()
  hits.forEach((alternatives, index) => {
    const best = new Map<string, Hit<T>>()
    for (const list of alternatives) {
      for (const hit of list) {
        const current = best.get(hit.id)
        if (!current || hit.score > current.score) best.set(hit.id, hit)
      }
    }
    for (const hit of best.values()) {
      const page = pages.get(hit.id) ?? { id: hit.id, matched: [], score: 0, ref: hit.ref, best: 0, covered: 0 }
      const score = hit.score * weightOf(index)
      page.matched.push(index)
      page.score += score
      page.covered += weightOf(index)
      if (score > page.best) {
        page.best = score
        page.ref = hit.ref
      }
      pages.set(hit.id, page)
    }
  })
  const total = hits.reduce((sum, _, i) => sum + weightOf(i), 0) || 1
  const ranked = [...pages.values()]
    .map(({ id, matched, score, ref, covered }) => ({ id, matched, score: (score * covered) / total, ref }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
  const partial = ranked.length > 0 && !ranked.some((p) => p.matched.length === hits.length)
  return { pages: ranked, partial }
}

/**
 * The shortest word still being typed that is worth fetching index chunks for: a short prefix
 * ("i", "in") spans many of pagefind's chunks, a longer one ("inbr") mostly the chunk of the word.
 */
export const MIN_PRELOAD_LENGTH = 4

/**
 * What to fetch while the visitor is still typing (pagefind's `preload`): the words the search will
 * use and their synonyms. Stop words are left out, and so is the word being typed (no space after
 * it yet) while it is shorter than MIN_PRELOAD_LENGTH; a quoted phrase waits for Enter.
 */
export function preloadTerms(typed: string, synonyms: SynonymMap = new Map()): string[] {
  const plan = planQuery(typed, synonyms)
  if (plan.phrase || /^\s*"/u.test(typed)) return []
  const current = /[\p{L}\p{N}'’-]$/u.test(typed) ? queryWords(typed).at(-1) : undefined
  return plan.words
    .filter((w) => !isStopWord(w.word) && !(w.word === current && [...w.word].length < MIN_PRELOAD_LENGTH))
    .flatMap((w) => w.alternatives)
}
