import { readFileSync } from 'node:fs'
import path from 'node:path'
import { type CollectionKey, contentTypes, SEARCH_URL, type SiteContent } from '@hp/content-schemas'
import { htmlPages } from '@hp/scripts/sitemap'

const TYPE_FILTER = /data-pagefind-filter="type:([^"]*)"/g
const TYPE_SELECT = /<select[^>]*\sname="type"[^>]*>([\s\S]*?)<\/select>/
const OPTION = /<option value="([^"]+)"/g

const fileOf = (dist: string, pathname: string) => path.join(dist, pathname, pathname.endsWith('/') ? 'index.html' : '')

/**
 * The pagefind "type" of every built page, read from the output, against the content-type
 * registry (not against the site's own helpers): the page of every published document (its
 * registry URL, without the anchor) carries the type `search.of(doc)` gives; no page carries a
 * type the registry does not name. Also returns the search form's "Soort" options and the types
 * the pages carry, in registry order, so a test can compare the two.
 */
export function searchTypeCheck(dist: string, content: SiteContent) {
  const typeOf = new Map<string, string>()
  const problems: string[] = []
  const known = contentTypes().flatMap((t) => t.search?.types ?? [])
  for (const page of htmlPages(dist)) {
    const types = [...readFileSync(fileOf(dist, page), 'utf8').matchAll(TYPE_FILTER)].map((m) => m[1] as string)
    if (types.length > 1) problems.push(`${page}: ${types.length} types (${types.join(', ')})`)
    const [type] = types
    if (type === undefined) continue
    typeOf.set(page, type)
    if (!known.includes(type)) problems.push(`${page}: type "${type}" is no search type of the registry`)
  }
  let checked = 0
  for (const t of contentTypes()) {
    if (!t.search) continue
    for (const doc of content[t.key as CollectionKey]) {
      const url = t.url(doc, content).split('#')[0] as string
      const want = t.search.of(doc)
      const got = typeOf.get(url)
      checked++
      if (got !== want)
        problems.push(`${url} (${t.slug} "${doc.slug}"): type ${got === undefined ? 'missing' : `"${got}"`}, the registry gives "${want}"`)
    }
  }
  const select = TYPE_SELECT.exec(readFileSync(fileOf(dist, SEARCH_URL), 'utf8'))?.[1] ?? ''
  const options = [...select.matchAll(OPTION)].map((m) => m[1] as string)
  const carried = new Set(typeOf.values())
  return { checked, problems, options, pageTypes: known.filter((type) => carried.has(type)) }
}
