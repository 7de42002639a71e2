import type { CollectionSlug, Payload, SanitizedCollectionConfig } from 'payload'

/**
 * Whether `slug` names a collection of this CMS: the check that turns a name read from a job, the
 * audit log or a request into Payload's typed collection slug (no cast needed after it).
 */
export const isCollectionSlug = (payload: Payload, slug: string | null | undefined): slug is CollectionSlug =>
  typeof slug === 'string' && Object.hasOwn(payload.collections, slug)

/** The collection's config, or undefined for a name that is no collection. */
export const collectionConfigOf = (payload: Payload, slug: string | null | undefined): SanitizedCollectionConfig | undefined =>
  isCollectionSlug(payload, slug) ? payload.collections[slug].config : undefined
