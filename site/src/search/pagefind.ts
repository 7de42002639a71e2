import { suggest } from './suggest.ts'

/** The part of pagefind's browser API the search page uses (https://pagefind.app/docs/api/). */
export interface PagefindResultData {
  url: string
  /** Escaped page text with `<mark>` around the matches. */
  excerpt: string
  meta: Record<string, string | undefined>
}
export interface PagefindResult {
  id: string
  data: () => Promise<PagefindResultData>
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>
  search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>
}

/** Written by the pagefind CLI after `astro build`, so it cannot be bundled: loaded at run time. */
const PAGEFIND_URL = '/pagefind/pagefind.js'
/** Built by src/pages/zoeken/woorden.json.ts. */
const VOCABULARY_URL = '/zoeken/woorden.json'

/**
 * Ranking: checklist pages carry their offence's search terms as `keywords` meta (oplichting,
 * phishing…); a match there weighs twice a title match (pagefind's default title weight is 5),
 * so "inbraak" finds the burglary checklist before a video with "inbraak" in its title.
 */
const OPTIONS = { excerptLength: 24, ranking: { metaWeights: { title: 5, keywords: 10 } } }

let pagefind: Promise<Pagefind> | undefined

/** Loads pagefind once; after a failure the next search tries again. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind
    await module.options(OPTIONS)
    return module
  })().catch((error: unknown) => {
    pagefind = undefined
    throw new Error(`Could not load the search index from ${PAGEFIND_URL}`, { cause: error })
  })
  return pagefind
}

let vocabulary: Promise<string[]> | undefined

/** "Bedoelde u …?" for a query, or undefined; a failed fetch only costs the suggestion. */
export async function suggestionFor(query: string): Promise<string | undefined> {
  vocabulary ??= fetch(VOCABULARY_URL).then((res) => {
    if (!res.ok) throw new Error(`${VOCABULARY_URL} answered ${res.status}`)
    return res.json() as Promise<string[]>
  })
  try {
    return suggest(query, await vocabulary)
  } catch {
    vocabulary = undefined
    return undefined
  }
}
