import type { Payload, Where } from 'payload'
import { titleOf } from '../audit/record.ts'
import { isCollectionSlug } from '../collections/slugs.ts'

/** The overview in the admin: /admin/gepland. */
export const SCHEDULES_PATH = '/gepland'
/** The job behind "Versturen plannen" on a newsletter issue (newsletter/schedule.ts), on the same queue as "Publicatie plannen". */
export const SCHEDULED_SEND_TASK = 'scheduledNewsletterSend'
const NEWSLETTER_ISSUES = 'newsletter-issues'

export interface PlannedChange {
  jobId: string | number
  type: 'publish' | 'unpublish' | 'send'
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
  taskSlug?: string
  input?: {
    type?: string
    doc?: { relationTo?: string; value?: string | number }
    user?: { value?: string | number } | string | number
    /** A planned newsletter send: the issue and who planned it. */
    issueId?: string
    plannedBy?: string
  }
}

/** A planned send as if it were a planned publish of the issue, so both read the same. */
function asPlan(job: ScheduleJob): ScheduleJob {
  if (job.taskSlug !== SCHEDULED_SEND_TASK) return job
  return {
    ...job,
    input: {
      type: 'send',
      doc: { relationTo: NEWSLETTER_ISSUES, value: job.input?.issueId },
      ...(job.input?.plannedBy ? { user: job.input.plannedBy } : {}),
    },
  }
}

/**
 * Planned publishes and unpublishes that have not run yet ("Publicatie plannen"), and planned
 * newsletter sends ("Versturen plannen"), earliest first:
 * for all content, or for one document. A plan whose time has passed but that did not run yet is
 * included and marked late, so a stopped job runner shows instead of hiding the plan.
 */
export async function plannedChanges(
  payload: Payload,
  only?: { collection: string; id: string | number },
  now = new Date(),
): Promise<PlannedChange[]> {
  const publishes: Where[] = [{ taskSlug: { equals: 'schedulePublish' } }]
  const sends: Where[] = [{ taskSlug: { equals: SCHEDULED_SEND_TASK } }]
  if (only) publishes.push({ 'input.doc.value': { equals: String(only.id) } }, { 'input.doc.relationTo': { equals: only.collection } })
  if (only) sends.push({ 'input.issueId': { equals: String(only.id) } })
  const which: Where[] = [{ and: publishes }]
  if (!only || only.collection === NEWSLETTER_ISSUES) which.push({ and: sends })
  const and: Where[] = [{ or: which }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }]
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
  for (const job of (docs as unknown as ScheduleJob[]).map(asPlan)) {
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
      type: job.input?.type === 'unpublish' ? 'unpublish' : job.input?.type === 'send' ? 'send' : 'publish',
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
