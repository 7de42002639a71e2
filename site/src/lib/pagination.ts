import { LIST_PAGE_SIZE, listPageParam, listPageUrl } from '@hp/content-schemas'

export { LIST_PAGE_SIZE, listPageUrl }

/** A breadcrumb, as Breadcrumbs.astro and the BreadcrumbList JSON-LD take it. */
export interface Crumb {
  label: string
  href: string
}

/** One page of a list: its items and where it stands. `base` is the URL of page 1. */
export interface ListPage<T> {
  base: string
  /** 1-based. */
  page: number
  pages: number
  /** Number of items over all pages. */
  total: number
  items: T[]
}

/** How many pages `total` items take; an empty list still has its (empty) first page. */
export const pageCount = (total: number, size = LIST_PAGE_SIZE) => Math.max(1, Math.ceil(total / size))

/** Splits `items` (already in display order) into pages of `size`. */
export function paginate<T>(items: readonly T[], base: string, size = LIST_PAGE_SIZE): ListPage<T>[] {
  const pages = pageCount(items.length, size)
  return Array.from({ length: pages }, (_, i) => ({
    base,
    page: i + 1,
    pages,
    total: items.length,
    items: items.slice(i * size, (i + 1) * size),
  }))
}

/**
 * The rest parameter of a `[...page].astro` route: none for page 1 (the list's own URL), then
 * `pagina/<n>`, so the pages are `<base>` and `<base>pagina/<n>/` (`listPageParam` in the URL module).
 */
export const pageParam = listPageParam

/**
 * The rest parameter of a `[...path].astro` route in folder `root` that serves `url`: the part
 * of `url` below `root`, without its slashes (`undefined` for `root` itself). Routes derive their
 * parameters from the URL module this way, so a route never spells a path itself.
 */
export function restParam(root: string, url: string): string | undefined {
  if (!url.startsWith(root)) throw new Error(`De URL ${url} ligt niet onder ${root}: de route en de URL-module lopen uiteen.`)
  return url.slice(root.length).replace(/\/$/, '') || undefined
}

/** getStaticPaths entries for one paginated list below `root` (a list at `root` itself, or deeper: a theme's list). */
export function listPathsUnder<T>(items: readonly T[], root: string, base: string, size = LIST_PAGE_SIZE) {
  return paginate(items, base, size).map((list) => ({ params: { page: restParam(root, listPageUrl(base, list.page)) }, props: { list } }))
}

/** getStaticPaths entries for one paginated list; `extra` adds route params (e.g. the theme). */
export function listPaths<T, P extends Record<string, string> = Record<never, string>>(
  items: readonly T[],
  base: string,
  extra: P = {} as P,
  size = LIST_PAGE_SIZE,
) {
  return paginate(items, base, size).map((list) => ({ params: { ...extra, page: pageParam(list.page) }, props: { list } }))
}

export type PageLink = { kind: 'page'; page: number; href: string; current: boolean } | { kind: 'gap' }

/**
 * The page numbers a pagination bar shows: the first and last page, the current one and its
 * neighbours, with a gap where pages are left out (1 … 4 5 6 … 74). A gap never stands for a
 * single page: that page is shown instead.
 */
export function pageLinks(base: string, page: number, pages: number): PageLink[] {
  const shown = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages))
  // A gap of one page is no shorter than the number itself.
  for (const n of [...shown]) if (shown.has(n + 2) && !shown.has(n + 1)) shown.add(n + 1)
  const sorted = [...shown].sort((a, b) => a - b)
  const out: PageLink[] = []
  sorted.forEach((n, i) => {
    if (i > 0 && n - (sorted[i - 1] as number) > 1) out.push({ kind: 'gap' })
    out.push({ kind: 'page', page: n, href: listPageUrl(base, n), current: n === page })
  })
  return out
}

/** Title of page `page`: the list's title, then " – pagina 2" on the next pages (titles stay unique). */
export const pageTitle = (title: string, page: number) => (page <= 1 ? title : `${title} – pagina ${page}`)

/** Meta description of page `page`: the list's description, with "Pagina 2 van 5." on the next pages. */
export const pageDescription = (description: string, page: number, pages: number) =>
  page <= 1 ? description : `${description} Pagina ${page} van ${pages}.`

/** Breadcrumbs of page `page`: the list's own trail, plus "Pagina 2" on the next pages. */
export const pageCrumbs = (crumbs: readonly Crumb[], base: string, page: number): Crumb[] =>
  page <= 1 ? [...crumbs] : [...crumbs, { label: `Pagina ${page}`, href: listPageUrl(base, page) }]
