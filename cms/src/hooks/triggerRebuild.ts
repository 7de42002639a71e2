import type { RebuildAction } from '@hp/content-schemas'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  GlobalAfterChangeHook,
  GlobalBeforeChangeHook,
  PayloadRequest,
  RequestContext,
} from 'payload'
import { scheduleRebuild } from '../rebuild/scheduler.ts'

/*
 * Publishing, unpublishing or deleting published content rebuilds the site; saving a draft does not.
 *
 * The afterChange arguments cannot tell a draft save from an unpublish: both store status
 * "draft", and `previousDoc` is the latest *version* (it says "published" on the first draft
 * saved over a published page, and "draft" when a newer draft exists before an unpublish).
 * What tells them apart is the main document, which only a non-draft save writes: so
 * beforeChange notes whether the document was live, and afterChange checks whether it still is.
 */

const LIVE_BEFORE = 'rebuild.liveBefore'

/** Seed and import switch side effects off (they write many documents at once); the build-status writes must not loop. */
const switchedOff = (context: RequestContext) => Boolean(context.seed || context.import || context.rebuild)

const liveBefore = (req: PayloadRequest): Record<string, boolean> => {
  const existing = req.context[LIVE_BEFORE] as Record<string, boolean> | undefined
  if (existing) return existing
  const created: Record<string, boolean> = {}
  req.context[LIVE_BEFORE] = created
  return created
}

const userOf = (req: PayloadRequest) => (req.user && 'email' in req.user && typeof req.user.email === 'string' ? req.user.email : undefined)

function schedule(req: PayloadRequest, collection: string, doc: { slug?: unknown }, action: RebuildAction): void {
  const slug = typeof doc.slug === 'string' ? doc.slug : undefined
  scheduleRebuild(req.payload, { collection, slug, action, user: userOf(req) })
}

/** beforeChange: remembers whether the document is on the site now (only needed when this save does not publish it). */
export const rememberLiveStatus: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (switchedOff(req.context) || operation !== 'update' || data?._status === 'published' || !originalDoc) return data
  const main = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    select: { _status: true },
    req,
  })
  liveBefore(req)[`${collection.slug}:${originalDoc.id}`] = main?._status === 'published'
  return data
}

/** afterChange: a publish always rebuilds; a save that took a live document off the site too. */
export const triggerRebuild: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (switchedOff(req.context)) return doc
  if (doc._status === 'published') {
    schedule(req, collection.slug, doc, 'publish')
    return doc
  }
  if (operation !== 'update' || !liveBefore(req)[`${collection.slug}:${doc.id}`]) return doc
  const main = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
    collection: collection.slug,
    where: { id: { equals: doc.id } },
    select: { _status: true },
    req,
  })
  // Still published: this was a draft save over the live version, which stays as it was.
  if (main?._status !== 'published') schedule(req, collection.slug, doc, 'unpublish')
  return doc
}

/** afterDelete: deleting a live document takes it off the site. */
export const triggerRebuildOnDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  if (!switchedOff(req.context) && doc?._status === 'published') schedule(req, collection.slug, doc, 'delete')
  return doc
}

/** The globals' counterpart of rememberLiveStatus. */
export const rememberGlobalLiveStatus: GlobalBeforeChangeHook = async ({ data, global, req }) => {
  if (switchedOff(req.context) || data?._status === 'published') return data
  const main = (await req.payload.db.findGlobal({ slug: global.slug, req })) as { _status?: string } | null
  liveBefore(req)[`global:${global.slug}`] = main?._status === 'published'
  return data
}

/** The globals' counterpart of triggerRebuild (site settings appear on every page). */
export const triggerRebuildOnGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (switchedOff(req.context)) return doc
  if (doc._status === 'published') {
    schedule(req, global.slug, {}, 'publish')
    return doc
  }
  if (!liveBefore(req)[`global:${global.slug}`]) return doc
  const main = (await req.payload.db.findGlobal({ slug: global.slug, req })) as { _status?: string } | null
  if (main?._status !== 'published') schedule(req, global.slug, {}, 'unpublish')
  return doc
}
