import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  Payload,
  PayloadRequest,
  RequestContext,
} from 'payload'
import { collectionConfigOf, isCollectionSlug } from '../collections/slugs.ts'
import { TIMEZONE } from '../fields/dates.ts'
import type { User } from '../payload-types.ts'
import { AUDIT_ACTIONS, AUDIT_LOG, type AuditAction } from './collection.ts'

/*
 * The audit log's hooks, applied to every content collection in contentCollection.ts, and to the
 * jobs queue (a planned publish or unpublish). A draft save is not logged: only what changes the
 * site or plans to (publish, unpublish, delete, restore, schedule, send, review).
 *
 * Telling an unpublish from a draft save needs the main document before and after the write (a
 * draft save leaves it alone): the same reasoning as hooks/triggerRebuild.ts.
 */

const LIVE_BEFORE = 'audit.liveBefore'
/** Set by a write that logs itself (the "Gecontroleerd" action), so the save under it is not logged as a publish. */
export const AUDIT_SKIP = 'audit.skip'

const switchedOff = (context: RequestContext) => Boolean(context.seed || context.import || context.rebuild || context[AUDIT_SKIP])

export interface AuditEntry {
  action: AuditAction
  collectionSlug?: string
  docId?: string | number
  docTitle?: string
  user?: PayloadRequest['user'] | { id: User['id']; email?: string } | null
  at?: Date | string
  /** Extra words after the standard summary, e.g. "als concept". */
  note?: string
}

/** 07-12-2026 14:05 in Amsterdam time, as the admin shows dates. */
export function dutchDateTime(value: Date | string): string {
  const parts = new Intl.DateTimeFormat('nl-NL', {
    timeZone: TIMEZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(value))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('day')}-${get('month')}-${get('year')} ${get('hour')}:${get('minute')}`
}

const collectionLabel = (payload: Payload, slug: string | undefined): string => {
  const labels = collectionConfigOf(payload, slug)?.labels
  const singular = labels?.singular
  if (typeof singular === 'string') return singular
  if (singular && typeof singular === 'object' && 'nl' in singular) return String((singular as Record<string, string>).nl)
  return slug ?? ''
}

/** The document's title as the admin lists it (its useAsTitle field). */
export function titleOf(payload: Payload, slug: string, doc: Record<string, unknown> | null | undefined): string | undefined {
  const field = collectionConfigOf(payload, slug)?.admin?.useAsTitle ?? 'id'
  const value = doc?.[field]
  return value === undefined || value === null ? undefined : String(value)
}

/** Writes one entry (system write: nobody may write the log through the API). */
export async function recordAudit(payload: Payload, entry: AuditEntry, req?: PayloadRequest): Promise<void> {
  const user = entry.user && typeof entry.user === 'object' && 'id' in entry.user ? entry.user : undefined
  const email = user && 'email' in user && typeof user.email === 'string' ? user.email : undefined
  const what = [collectionLabel(payload, entry.collectionSlug), entry.docTitle ? `"${entry.docTitle}"` : undefined]
    .filter(Boolean)
    .join(' ')
  const summary = `${AUDIT_ACTIONS[entry.action].nl}: ${what}${entry.at ? ` op ${dutchDateTime(entry.at)}` : ''}${entry.note ? ` (${entry.note})` : ''}`
  await payload.create({
    collection: AUDIT_LOG,
    data: {
      action: entry.action,
      summary,
      collectionSlug: entry.collectionSlug,
      docId: entry.docId === undefined ? undefined : String(entry.docId),
      docTitle: entry.docTitle,
      user: user?.id,
      userEmail: email,
      at: entry.at ? new Date(entry.at).toISOString() : undefined,
    },
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
}

const liveBefore = (req: PayloadRequest): Record<string, boolean> => {
  const existing = req.context[LIVE_BEFORE] as Record<string, boolean> | undefined
  if (existing) return existing
  const created: Record<string, boolean> = {}
  req.context[LIVE_BEFORE] = created
  return created
}

const mainStatus = async (req: PayloadRequest, collection: CollectionSlug, id: string | number) =>
  (
    await req.payload.db.findOne<{ id: number | string; _status?: string }>({
      collection,
      where: { id: { equals: id } },
      select: { _status: true },
      req,
    })
  )?._status

/** beforeChange: whether the document is on the site before this write. */
export const auditBeforeChange: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (switchedOff(req.context) || operation !== 'update' || !originalDoc?.id) return data
  liveBefore(req)[`${collection.slug}:${originalDoc.id}`] = (await mainStatus(req, collection.slug, originalDoc.id)) === 'published'
  return data
}

/** afterChange: logs a restore, a publish or an unpublish; a draft save is not logged. */
export const auditAfterChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (switchedOff(req.context)) return doc
  const base = { collectionSlug: collection.slug, docId: doc.id, docTitle: titleOf(req.payload, collection.slug, doc), user: req.user }
  if (req.context.isRestoringVersion) {
    await recordAudit(
      req.payload,
      { ...base, action: 'restored', note: doc._status === 'published' ? 'en gepubliceerd' : 'als concept' },
      req,
    )
  } else if (doc._status === 'published') {
    await recordAudit(req.payload, { ...base, action: 'published' }, req)
  } else if (
    operation === 'update' &&
    liveBefore(req)[`${collection.slug}:${doc.id}`] &&
    (await mainStatus(req, collection.slug, doc.id)) !== 'published'
  ) {
    await recordAudit(req.payload, { ...base, action: 'unpublished' }, req)
  }
  return doc
}

/** afterDelete: every deletion, published or not. */
export const auditAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (switchedOff(req.context)) return doc
  await recordAudit(
    req.payload,
    {
      action: 'deleted',
      collectionSlug: collection.slug,
      docId: doc?.id,
      docTitle: titleOf(req.payload, collection.slug, doc),
      user: req.user,
    },
    req,
  )
  return doc
}

interface ScheduleInput {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo?: string; value?: string | number }
  global?: string
  user?: { value?: unknown } | string | number
}

/** Logs one planned publish or unpublish: the planner (the job's user), the document and the planned time. */
async function recordScheduled(payload: Payload, input: ScheduleInput, waitUntil: Date | string | undefined, req?: PayloadRequest) {
  const target = input.doc
  const slug = target?.relationTo ?? input.global
  let title: string | undefined
  if (isCollectionSlug(payload, target?.relationTo) && target?.value !== undefined) {
    const found = await payload.db.findOne<Record<string, unknown> & { id: string | number }>({
      collection: target.relationTo,
      where: { id: { equals: target.value } },
    })
    title = titleOf(payload, target.relationTo, found)
  }
  let user: AuditEntry['user'] = req?.user
  const plannerId = input.user && typeof input.user === 'object' ? input.user.value : input.user
  if (!user && (typeof plannerId === 'string' || typeof plannerId === 'number')) {
    user =
      (await payload.db.findOne<{ id: User['id']; email?: string }>({ collection: 'users', where: { id: { equals: plannerId } } })) ??
      undefined
  }
  await recordAudit(payload, {
    action: 'scheduled',
    collectionSlug: slug,
    docId: target?.value,
    docTitle: title,
    user,
    at: waitUntil,
    note: input.type === 'unpublish' ? 'offline halen' : 'publiceren',
  })
}

const WRAPPED = Symbol.for('hp.audit.scheduling')

/**
 * Logs every planned publish and unpublish as it is queued, whoever queues it: the admin's
 * schedule drawer, the jobs REST endpoint or code. Payload queues jobs without collection hooks
 * (and turning `jobs.runHooks` on makes its own job updates fail validation), so the queue call
 * itself is wrapped, once per Payload instance (onInit).
 */
export function auditScheduling(payload: Payload): void {
  const jobs = payload.jobs as Payload['jobs'] & { [WRAPPED]?: true }
  if (jobs[WRAPPED]) return
  const queue = jobs.queue.bind(jobs)
  jobs.queue = (async (args: Parameters<typeof queue>[0]) => {
    const job = await queue(args)
    if ('task' in args && args.task === 'schedulePublish') {
      await recordScheduled(payload, (args.input ?? {}) as ScheduleInput, args.waitUntil, args.req as PayloadRequest | undefined)
    }
    return job
  }) as typeof jobs.queue
  jobs[WRAPPED] = true
}
