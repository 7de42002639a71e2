/** The search page's state lives in its URL: `/zoeken/?q=…&platform=…&type=…&offence=…&sector=…`. */

/** URL parameters and pagefind filter names (Base.astro writes the filters with these names). */
export const FILTER_NAMES = ['platform', 'type', 'offence', 'sector'] as const
export type FilterName = (typeof FILTER_NAMES)[number]

/** Longer queries are cut: nobody types more, and it keeps the URL and the work small. */
export const MAX_QUERY_LENGTH = 200

export interface SearchState {
  /** What the visitor typed, trimmed; may be empty when only filters are chosen. */
  q: string
  /** One value per filter at most; a missing filter means "all". */
  filters: Partial<Record<FilterName, string>>
}

/** Reads the state from URL parameters; empty and unknown parameters are ignored. */
export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {}
  for (const name of FILTER_NAMES) {
    const value = params
      .getAll(name)
      .map((v) => v.trim())
      .find((v) => v !== '')
    if (value) filters[name] = value
  }
  return { q: (params.get('q') ?? '').trim().replace(/\s+/gu, ' ').slice(0, MAX_QUERY_LENGTH), filters }
}

/**
 * The shareable URL of a state on the search page at `path` (`SEARCH_URL`; the page passes its form's
 * action, so the browser script needs no copy of the URL module), without empty parameters.
 */
export function searchHref(state: SearchState, path: string): string {
  const params = new URLSearchParams()
  if (state.q) params.set('q', state.q)
  for (const name of FILTER_NAMES) {
    const value = state.filters[name]
    if (value) params.set(name, value)
  }
  const query = params.toString()
  return query ? `${path}?${query}` : path
}

/** True when there is something to search for: words, a filter, or both. */
export const hasSearch = (state: SearchState): boolean => state.q !== '' || Object.keys(state.filters).length > 0

/** The chosen filter values, in form order. */
export const activeFilters = (state: SearchState): string[] => FILTER_NAMES.flatMap((name) => state.filters[name] ?? [])

/**
 * What the live region says after a search. Example: `3 resultaten voor “oplichting” (filter: Checklist)`.
 * `partial`: no page matched all words, so the results match some of them.
 */
export function statusText(count: number, state: SearchState, partial = false): string {
  const found = count === 0 ? 'Geen resultaten' : count === 1 ? '1 resultaat' : `${count} resultaten`
  const words = state.q ? (partial && count > 0 ? ` voor een deel van de woorden van “${state.q}”` : ` voor “${state.q}”`) : ''
  const filters = activeFilters(state)
  const filter = filters.length > 0 ? ` (filter: ${filters.join(', ')})` : ''
  return `${found}${words}${filter}.`
}
