import type { CollectionBeforeChangeHook } from 'payload'

/**
 * When a published document goes live under a new slug, its old slug is kept in `previousSlugs`
 * so the site can redirect the old URL. Compared with the live document (not the latest draft),
 * so a slug changed in a draft and published later is caught too.
 */
export const rememberOldSlug: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  if (data._status !== 'published' || !originalDoc?.id || typeof data.slug !== 'string') return data
  const found = await req.payload
    .findByID({ collection: collection.slug, id: originalDoc.id, depth: 0, draft: false, overrideAccess: true, req })
    .catch(() => null)
  const live: Record<string, unknown> | null = found ? { ...found } : null
  const oldSlug = live?._status === 'published' && typeof live.slug === 'string' ? live.slug : undefined
  // The live document's history counts too: a draft (e.g. restored from an old version) may carry a shorter list.
  const livePrevious = live?.previousSlugs
  const liveKept: string[] = Array.isArray(livePrevious) ? livePrevious : []
  const kept: string[] = [...liveKept, ...(Array.isArray(data.previousSlugs) ? data.previousSlugs : (originalDoc.previousSlugs ?? []))]
  const next = oldSlug && oldSlug !== data.slug ? [...kept, oldSlug] : kept
  // A slug that is in use again is no longer an old one.
  data.previousSlugs = [...new Set(next)].filter((s) => s !== data.slug)
  return data
}
