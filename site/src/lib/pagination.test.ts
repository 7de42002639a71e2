import { describe, expect, it } from 'vitest'
import {
  LIST_PAGE_SIZE,
  listPaths,
  pageCount,
  pageCrumbs,
  pageDescription,
  pageLinks,
  pageParam,
  pageTitle,
  paginate,
} from './pagination.ts'

const BASE = '/voor-de-helpers/tips/'
const items = (n: number) => Array.from({ length: n }, (_, i) => `tip-${i + 1}`)

describe('paginate', () => {
  it('puts every item on exactly one page, in order, LIST_PAGE_SIZE per page', () => {
    const pages = paginate(items(LIST_PAGE_SIZE * 2 + 5), BASE)
    expect(pages.map((p) => p.items.length)).toEqual([LIST_PAGE_SIZE, LIST_PAGE_SIZE, 5])
    expect(pages.flatMap((p) => p.items)).toEqual(items(LIST_PAGE_SIZE * 2 + 5))
    expect(pages.map((p) => [p.page, p.pages, p.total])).toEqual([
      [1, 3, 53],
      [2, 3, 53],
      [3, 3, 53],
    ])
  })

  it('keeps a short list on one page, and an empty list on one empty page', () => {
    expect(paginate(items(LIST_PAGE_SIZE), BASE)).toHaveLength(1)
    expect(paginate([], BASE)).toEqual([{ base: BASE, page: 1, pages: 1, total: 0, items: [] }])
    expect(pageCount(0)).toBe(1)
  })
})

describe('URLs of the pages', () => {
  it('leaves page 1 at the list URL and puts the next pages at pagina/<n>/', () => {
    expect(pageParam(1)).toBeUndefined()
    expect(pageParam(2)).toBe('pagina/2')
    const paths = listPaths(items(30), '/voor-de-helpers/tips/thema/zelfzorg/', { theme: 'zelfzorg' }, 10)
    expect(paths.map((p) => p.params)).toEqual([
      { theme: 'zelfzorg', page: undefined },
      { theme: 'zelfzorg', page: 'pagina/2' },
      { theme: 'zelfzorg', page: 'pagina/3' },
    ])
    expect(paths[1]?.props.list.items).toEqual(items(30).slice(10, 20))
  })
})

describe('pageLinks', () => {
  const shown = (page: number, pages: number) =>
    pageLinks(BASE, page, pages).map((l) => (l.kind === 'gap' ? '…' : l.current ? `[${l.page}]` : String(l.page)))

  it('shows every page of a short list', () => {
    expect(shown(2, 5)).toEqual(['1', '[2]', '3', '4', '5'])
  })

  it('shows the first, the last and the neighbours of the current page of a long list', () => {
    expect(shown(1, 74)).toEqual(['[1]', '2', '…', '74'])
    expect(shown(5, 74)).toEqual(['1', '…', '4', '[5]', '6', '…', '74'])
    expect(shown(74, 74)).toEqual(['1', '…', '73', '[74]'])
  })

  it('never hides a single page behind a gap', () => {
    expect(shown(4, 74)).toEqual(['1', '2', '3', '[4]', '5', '…', '74'])
    expect(shown(71, 74)).toEqual(['1', '…', '70', '[71]', '72', '73', '74'])
  })

  it('links each number to its page', () => {
    const links = pageLinks(BASE, 2, 3).filter((l) => l.kind === 'page')
    expect(links.map((l) => l.href)).toEqual([BASE, `${BASE}pagina/2/`, `${BASE}pagina/3/`])
  })
})

describe('what search engines and screen readers get per page', () => {
  it('gives every page its own title and description', () => {
    const titles = [1, 2, 3].map((n) => pageTitle('Tips en informatie', n))
    const descriptions = [1, 2, 3].map((n) => pageDescription('Praktische tips.', n, 3))
    expect(titles).toEqual(['Tips en informatie', 'Tips en informatie – pagina 2', 'Tips en informatie – pagina 3'])
    expect(new Set(descriptions).size).toBe(3)
    expect(descriptions[1]).toBe('Praktische tips. Pagina 2 van 3.')
  })

  it('ends the breadcrumb in the page itself from page 2 on', () => {
    const crumbs = [
      { label: 'Voor de Helpers', href: '/voor-de-helpers/' },
      { label: 'Tips', href: BASE },
    ]
    expect(pageCrumbs(crumbs, BASE, 1)).toEqual(crumbs)
    expect(pageCrumbs(crumbs, BASE, 2).at(-1)).toEqual({ label: 'Pagina 2', href: `${BASE}pagina/2/` })
  })
})
