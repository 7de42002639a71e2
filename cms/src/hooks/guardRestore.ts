import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { canPublish, isStaff } from '../access/roles.ts'

/*
 * Restoring a version ("Versies" → "Herstel deze versie", REST POST /api/<collection>/versions/<id>,
 * GraphQL restoreVersion<Type>, Local API payload.restoreVersion) is a write like any other:
 *
 * - Someone who may not publish (an editor) only ever gets a draft. Payload's restore writes the
 *   version over the live document unless it is asked for a draft (`?draft=true`), and the
 *   admin's main restore button does not ask; so the live document is put back as it was, the
 *   restored content becomes the newest draft, and nothing is published or unpublished.
 * - Restoring a draft version makes a draft for everyone, publishers too: a restore never takes a
 *   page off the site (that is what "Publicatie ongedaan maken" is for). A publisher who restores
 *   a published version publishes it.
 * - Every restore keeps the slug history: the old slugs of the live document, of the newest
 *   version and of the restored one, plus the live slug when the restore changes it. A URL that
 *   redirected before the restore still redirects after it.
 */

/** Set by the beforeOperation hook when a user who may not publish restores a version. */
export const EDITOR_RESTORE = 'restore.byEditor'
const LIVE_KEPT = 'restore.liveKept'

/** An editor: staff who may not publish (system writes without a user are not limited). */
export const mayNotPublish = (user: PayloadRequest['user']): boolean => isStaff(user) && !canPublish(user)

/** A document as stored: its `slug`, `previousSlugs` and `_status` are read. */
type SlugState = Record<string, unknown>

const slugsOf = (doc: SlugState | null | undefined): string[] =>
  Array.isArray(doc?.previousSlugs) ? doc.previousSlugs.filter((s): s is string => typeof s === 'string' && s !== '') : []

/**
 * The old slugs after a restore: everything the live document, the newest version and the
 * restored version remember, plus the live slug when it was published and the restore changes
 * it; never the slug the restored version uses. Oldest first, each once.
 */
export function mergeSlugHistory(live: SlugState | null | undefined, latest: SlugState | null | undefined, restored: SlugState): string[] {
  const all = [...slugsOf(live), ...slugsOf(latest), ...slugsOf(restored)]
  if (live?._status === 'published' && typeof live.slug === 'string' && live.slug !== restored.slug) all.push(live.slug)
  return [...new Set(all)].filter((s) => s !== restored.slug)
}

const liveKept = (req: PayloadRequest): Record<string, Record<string, unknown>> => {
  const existing = req.context[LIVE_KEPT] as Record<string, Record<string, unknown>> | undefined
  if (existing) return existing
  const created: Record<string, Record<string, unknown>> = {}
  req.context[LIVE_KEPT] = created
  return created
}

/** beforeChange (first): on a restore, keeps the slug history; for an editor or a draft version, makes the restore a draft. */
export const guardRestore: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  if (!req.context.isRestoringVersion || !originalDoc?.id) return data
  const live = await req.payload.db.findOne<Record<string, unknown> & { id: number | string }>({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    req,
  })
  if (collection.flattenedFields.some((f) => f.name === 'previousSlugs')) {
    data.previousSlugs = mergeSlugHistory(live, originalDoc, data)
  }
  if (mayNotPublish(req.user) || data._status !== 'published') {
    data._status = 'draft'
    if (live) liveKept(req)[`${collection.slug}:${originalDoc.id}`] = live
  }
  return data
}

/**
 * afterChange (first): after a restore that makes a draft, puts the live document back exactly as it was
 * (Payload wrote the restored version over it), before the rebuild hook looks at it. The
 * restored content stays as the newest version, a draft.
 */
export const keepLiveAfterRestore: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const key = `${collection.slug}:${doc.id}`
  const kept = (req.context[LIVE_KEPT] as Record<string, Record<string, unknown>> | undefined)?.[key]
  if (!kept) return doc
  delete liveKept(req)[key]
  await req.payload.db.updateOne({ collection: collection.slug, id: doc.id, data: kept, req })
  return doc
}
