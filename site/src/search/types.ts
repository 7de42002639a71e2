import {
  type CollectionKey,
  type ContentTypeSlug,
  type ContentTypes,
  contentTypeOf,
  contentTypes,
  type SiteContent,
} from '@hp/content-schemas'
import type { z } from 'zod'

/*
 * The pagefind "type" of every indexed page (the search form's "Soort"), from the content-type
 * registry's `search` part: a document's page takes `search.of(doc)`, a page that is not one
 * document takes the single type of the content type it shows or resembles (STANDING_PAGES).
 * No page spells a type name itself.
 */

type DocOf<T extends ContentTypeSlug> = z.infer<ContentTypes[T]['schema']>

const searchOf = (slug: ContentTypeSlug) => {
  const search = contentTypeOf(slug).search
  if (!search) throw new Error(`The content type "${slug}" has no search type in the registry: its documents have no page of their own.`)
  return search
}

/** The search type of a document's own page: the registry's `search.of(doc)`. */
export const searchTypeOf = <T extends ContentTypeSlug>(slug: T, doc: DocOf<T>): string => searchOf(slug).of(doc)

/**
 * Pages every build has that are not one document, with the content type each is indexed as:
 * the signals guide shows the signals, the organisations page the organisations; the pillar
 * pages and the share form are general pages like the CMS's own.
 */
export const STANDING_PAGES = {
  signalGuide: 'signals',
  organisations: 'organisations',
  pillar: 'pages',
  share: 'pages',
} as const satisfies Record<string, ContentTypeSlug>

/** The search type of a standing page: the one type its content type's registry record names. */
export function standingPageType(page: keyof typeof STANDING_PAGES): string {
  const { types } = searchOf(STANDING_PAGES[page])
  if (types.length !== 1)
    throw new Error(`The content type "${STANDING_PAGES[page]}" has ${types.length} search types; a standing page needs one.`)
  return types[0] as string
}

/**
 * The search types the built site's pages carry, in registry order (the "Soort" options): a
 * type's values that a published document's page or a standing page is indexed with.
 */
export function presentSearchTypes(content: SiteContent): string[] {
  const present = new Set(Object.keys(STANDING_PAGES).map((p) => standingPageType(p as keyof typeof STANDING_PAGES)))
  for (const t of contentTypes()) {
    if (t.search) for (const doc of content[t.key as CollectionKey]) present.add(t.search.of(doc))
  }
  return contentTypes().flatMap((t) => t.search?.types.filter((type) => present.has(type)) ?? [])
}
