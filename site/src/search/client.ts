import { loadPagefind, type PagefindResult, preloadQuery, searchQuery, suggestionFor } from './pagefind.ts'
import { type SynonymRow, synonymMap } from './query.ts'
import { resultItem } from './render.ts'
import { activeFilters, FILTER_NAMES, hasSearch, readState, type SearchState, searchHref, statusText } from './state.ts'

// The search page's behaviour: reads the URL, searches with pagefind, renders, announces.

const PAGE_SIZE = 10
/**
 * Results whose excerpts load first: about what a phone shows without scrolling (a laptop shows
 * five or six). They appear before the rest of the page of ten loads.
 */
const FIRST_SCREEN = 5
/** Preloading waits this long after the last key, so a fast typist does not fetch for every letter. */
const PRELOAD_DELAY_MS = 80
/** From this width the filter disclosure starts open (zoeken.astro's CSS uses the same break). */
const WIDE_SCREEN = '(min-width: 48rem)'

/** Elements the page renders (zoeken.astro); the e2e suite relies on the same data attributes. */
function elements() {
  const q = <T extends Element>(selector: string) => document.querySelector<T>(selector)
  const form = q<HTMLFormElement>('[data-search-form]')
  const input = q<HTMLInputElement>('[data-search-input]')
  const status = q<HTMLElement>('[data-search-status]')
  const count = q<HTMLElement>('[data-search-count]')
  const suggestion = q<HTMLElement>('[data-search-suggestion]')
  const help = q<HTMLElement>('[data-search-help]')
  const list = q<HTMLOListElement>('[data-search-results]')
  const more = q<HTMLButtonElement>('[data-search-more]')
  const filters = q<HTMLDetailsElement>('[data-search-filters]')
  const filterCount = q<HTMLElement>('[data-search-filter-count]')
  if (!form || !input || !status || !count || !suggestion || !help || !list || !more || !filters || !filterCount) return undefined
  return { form, input, status, count, suggestion, help, list, more, filters, filterCount }
}
type Elements = NonNullable<ReturnType<typeof elements>>

/** The editors' site-wide synonyms, written into the page at build time (zoeken.astro). */
function readSynonyms(): SynonymRow[] {
  try {
    const rows: unknown = JSON.parse(document.querySelector('[data-search-synonyms]')?.textContent ?? '[]')
    return Array.isArray(rows) ? (rows as SynonymRow[]) : []
  } catch {
    return []
  }
}

function start(el: Elements) {
  const baseTitle = document.title
  // The search page's own URL and its vocabulary, written into the form from the URL module (zoeken.astro).
  const searchPath = el.form.getAttribute('action') ?? location.pathname
  const vocabularyUrl = el.form.dataset.vocabulary ?? ''
  const synonyms = synonymMap(readSynonyms())
  let results: PagefindResult[] = []
  let shown = 0
  let latest = 0

  const filterValues = (state: SearchState): Record<string, string> =>
    Object.fromEntries(FILTER_NAMES.flatMap((name) => (state.filters[name] ? [[name, state.filters[name]]] : [])))

  const formState = (): SearchState =>
    readState(new URLSearchParams([...new FormData(el.form)].map(([k, v]) => [k, typeof v === 'string' ? v : ''])))

  /** "Filter (2)": how many filters are chosen, readable while the disclosure is closed. */
  const showFilterCount = (state: SearchState) => {
    const chosen = activeFilters(state).length
    el.filterCount.textContent = chosen > 0 ? ` (${chosen} gekozen)` : ''
  }

  /** Puts a state in the form; filter values the form does not offer are dropped. */
  const fillForm = (state: SearchState): SearchState => {
    el.input.value = state.q
    for (const name of FILTER_NAMES) {
      const select = el.form.elements.namedItem(name)
      if (!(select instanceof HTMLSelectElement)) continue
      select.value = state.filters[name] ?? ''
      if (select.value !== (state.filters[name] ?? '')) select.value = ''
    }
    return formState()
  }

  /**
   * Adds the next `count` results; returns the first new link so "more" can move focus to it.
   * `more` false keeps the "more" button hidden (the rest of this page is still loading).
   */
  const showMore = async (ticket: number, count = PAGE_SIZE, more = true): Promise<HTMLAnchorElement | undefined> => {
    const page = await Promise.all(results.slice(shown, shown + count).map((r) => r.data()))
    if (ticket !== latest) return undefined
    const items = page.map(resultItem)
    el.list.append(...items)
    shown += page.length
    el.more.hidden = !more || shown >= results.length
    return items[0]?.querySelector('a') ?? undefined
  }

  /** Updates the live region in one go, so the count and the suggestion are read out together, once. False when a newer search took over. */
  const announce = (ticket: number, text: string, suggestion?: HTMLAnchorElement) =>
    new Promise<boolean>((resolve) => {
      // Emptied first so that the same text (the same search again) is read out again.
      el.count.textContent = ''
      requestAnimationFrame(() => {
        if (ticket !== latest) return resolve(false)
        if (suggestion) el.suggestion.replaceChildren('Bedoelde u ', suggestion, '?')
        el.suggestion.hidden = !suggestion
        el.count.textContent = text
        resolve(true)
      })
    })

  const run = async (state: SearchState, focusStatus = false) => {
    const ticket = ++latest
    el.list.replaceChildren()
    el.more.hidden = true
    el.help.hidden = true
    el.suggestion.hidden = true
    if (!hasSearch(state)) {
      el.count.textContent = ''
      document.title = baseTitle
      delete el.list.dataset.state
      return
    }
    el.list.setAttribute('aria-busy', 'true')
    el.list.dataset.state = 'busy'
    try {
      const answer = await searchQuery(state.q, filterValues(state), synonyms)
      if (ticket !== latest) return
      results = answer.results
      shown = 0
      // The first screen first: its excerpts load before anything else runs.
      await showMore(ticket, FIRST_SCREEN, false)
      if (ticket !== latest) return
      // Then the suggestion's checks (one exact search per word) and the rest of the page.
      const suggestionSoon = state.q
        ? suggestionFor(state.q, answer.plan, vocabularyUrl).catch(() => undefined)
        : Promise.resolve(undefined)
      await showMore(ticket, PAGE_SIZE - FIRST_SCREEN)
      if (ticket !== latest) return
      const suggestion = await suggestionSoon
      if (ticket !== latest) return
      el.help.hidden = results.length > 0
      const text = statusText(results.length, state, answer.partial)
      if (!(await announce(ticket, text, suggestion ? suggestionLink(state, suggestion) : undefined))) return
      document.title = `${text} – ${baseTitle}`
      el.list.dataset.state = 'done'
    } catch (error) {
      if (ticket !== latest) return
      el.help.hidden = false
      if (!(await announce(ticket, 'Het zoeken werkt nu niet. Probeer het later opnieuw, of kies hieronder een overzicht.'))) return
      el.list.dataset.state = 'error'
      console.error('Search failed', error)
    } finally {
      if (ticket === latest) el.list.removeAttribute('aria-busy')
    }
    if (focusStatus && ticket === latest) el.status.focus()
  }

  /** "Bedoelde u <a>…</a>?": a real link (opens in a new tab too); a click searches in place. */
  const suggestionLink = (state: SearchState, suggestion: string): HTMLAnchorElement => {
    const link = document.createElement('a')
    link.href = searchHref({ ...state, q: suggestion }, searchPath)
    link.textContent = suggestion
    link.addEventListener('click', (event) => {
      event.preventDefault()
      const next = fillForm({ ...state, q: suggestion })
      history.replaceState(null, '', searchHref(next, searchPath))
      void run(next, true)
    })
    return link
  }

  const update = () => {
    const state = formState()
    showFilterCount(state)
    history.replaceState(null, '', searchHref(state, searchPath))
    void run(state)
  }

  el.form.addEventListener('submit', (event) => {
    event.preventDefault()
    update()
  })
  el.form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) update()
  })
  // While the visitor types: load pagefind (first key) and the index chunks of the words so far
  // (shortly after the last key), so the search on Enter finds them loaded. Never delays a search.
  let preloadTimer: ReturnType<typeof setTimeout> | undefined
  el.input.addEventListener('input', () => {
    void loadPagefind().catch(() => undefined)
    clearTimeout(preloadTimer)
    preloadTimer = setTimeout(() => {
      const state = formState()
      void preloadQuery(el.input.value, filterValues(state), synonyms).catch(() => undefined)
    }, PRELOAD_DELAY_MS)
  })
  el.more.addEventListener('click', async () => {
    const first = await showMore(latest)
    first?.focus()
  })

  // Wide screens show the filters at once; small screens keep them folded so the results stay in view.
  if (window.matchMedia(WIDE_SCREEN).matches) el.filters.open = true
  const initial = fillForm(readState(new URLSearchParams(window.location.search)))
  showFilterCount(initial)
  if (hasSearch(initial)) void run(initial)
}

const el = elements()
if (el) start(el)
