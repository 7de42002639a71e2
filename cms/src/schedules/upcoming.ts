import type { Payload, Where } from 'payload'
import { titleOf } from '../audit/record.ts'
import { isCollectionSlug } from '../collections/slugs.ts'

/** The overview in the admin: /admin/gepland. */
export const SCHEDULES_PATH = '/gepland'

export interface PlannedChange {
  jobId: string | number
  type: 'publish' | 'unpublish'
  collection: string
  docId: string
  title: string
  /** ISO time the change is due. */
  waitUntil: string
  /** Due, but the queue has not run it yet (the job runner is not working). */
  late: boolean
  plannerId?: string | number
  adminPath: string
}

interface ScheduleJob {
  id: string | number
  waitUntil?: string
  input?: { type?: string; doc?: { relationTo?: string; value?: string | number }; user?: { value?: string | number } | string | number }
}

/**
 * Planned publishes and unpublishes that have not run yet ("Publicatie plannen"), earliest first:
 * for all content, or for one document. A plan whose time has passed but that did not run yet is
 * included and marked late, so a stopped job runner shows instead of hiding the plan.
 */
export async function plannedChanges(
  payload: Payload,
  only?: { collection: string; id: string | number },
  now = new Date(),
): Promise<PlannedChange[]> {
  const and: Where[] = [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }]
  if (only) and.push({ 'input.doc.value': { equals: String(only.id) } }, { 'input.doc.relationTo': { equals: only.collection } })
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and },
    sort: 'waitUntil',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const titles = new Map<string, string | undefined>()
  const out: PlannedChange[] = []
  for (const job of docs as unknown as ScheduleJob[]) {
    const collection = job.input?.doc?.relationTo
    const docId = job.input?.doc?.value
    if (!isCollectionSlug(payload, collection) || docId === undefined || !job.waitUntil) continue
    const key = `${collection}:${docId}`
    if (!titles.has(key)) {
      const found = await payload.db.findOne<Record<string, unknown> & { id: string | number }>({
        collection,
        where: { id: { equals: docId } },
      })
      titles.set(key, found ? (titleOf(payload, collection, found) ?? `#${docId}`) : undefined)
    }
    const title = titles.get(key)
    if (title === undefined) continue
    const user = job.input?.user
    out.push({
      jobId: job.id,
      type: job.input?.type === 'unpublish' ? 'unpublish' : 'publish',
      collection,
      docId: String(docId),
      title,
      waitUntil: job.waitUntil,
      late: new Date(job.waitUntil).getTime() < now.getTime(),
      plannerId: user && typeof user === 'object' ? user.value : user,
      adminPath: `/admin/collections/${collection}/${docId}`,
    })
  }
  return out
}
