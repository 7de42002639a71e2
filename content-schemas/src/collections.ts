import type { DocRef, LinkableCollection } from './common.ts'
import { docLabel } from './errors.ts'
import { CONTENT_TYPES, type CollectionKey, contentTypes } from './registry.ts'
import type { SiteContent } from './site-content.ts'

export type { CollectionKey } from './registry.ts'

/**
 * Where each content type lives in the bundle, and how messages name one of its documents:
 * `label` as the CMS admin names the collection (`Stappenplan`), `noun` mid-sentence with its
 * `article`. The records of the content-type registry (registry.ts).
 */
export const COLLECTIONS = CONTENT_TYPES

/** How messages name the site settings (a global, without a slug), as the admin does. */
export const SITE_SETTINGS_LABEL = 'Site-instellingen'

/** Names a document for messages: `Stappenplan "nazorg"`, or `Stappenplan #2` without a slug. */
export function collectionDocLabel(collection: LinkableCollection, doc: unknown, index: number): string {
  return docLabel(COLLECTIONS[collection].label, doc, index)
}

/**
 * A reference to a document the bundle does not hold, and how to fix it:
 * `Er is geen gepubliceerde tip "xyz". Publiceer eerst de tip, of haal de link weg.`
 */
export function missingDocMessage(ref: DocRef, what: 'link' | 'verwijzing'): string {
  const { noun, article } = COLLECTIONS[ref.collection]
  // Dutch inflects the adjective after "geen" for de-words only: geen gepubliceerde tip, geen gepubliceerd delict.
  const published = article === 'de' ? 'gepubliceerde' : 'gepubliceerd'
  return `Er is geen ${published} ${noun} "${ref.slug}". Publiceer eerst ${article} ${noun}, of haal de ${what} weg.`
}

/** How many documents the bundle holds, over every content type. */
export function countDocuments(content: SiteContent): number {
  return contentTypes().reduce((sum, type) => sum + (content[type.key as CollectionKey] as readonly unknown[]).length, 0)
}
