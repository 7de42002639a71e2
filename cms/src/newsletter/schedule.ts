import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { dutchDateTime, recordAudit, titleOf } from '../audit/record.ts'
import { NEWSLETTER_ISSUES } from '../collections/NewsletterIssues/index.ts'
import { schedulingRuns } from '../env.ts'
import { TIMEZONE } from '../fields/dates.ts'
import { plannedChanges, SCHEDULED_SEND_TASK } from '../schedules/upcoming.ts'
import { prepareIssue } from './issue.ts'
import { queueSend } from './jobs.ts'
import type { NewsletterSettings } from './settings.ts'

/*
 * "Versturen plannen" on a newsletter issue: a job on the same queue as "Publicatie plannen"
 * (the default queue, run every minute), due at the planned time. When it runs, it queues the
 * ordinary send ("Verstuur", newsletter/jobs.ts), whose deliveries make sure nobody gets the issue
 * twice, also when the job is retried. Only offered while something runs the queue (env.ts).
 */

/** The queue Payload's scheduled publishing uses. */
export const SCHEDULE_QUEUE = 'default'

/** A plan that cannot be made or cancelled; `status` is the HTTP answer, the message is for the editor. */
export class SendPlanError extends Error {
  readonly status: number
  constructor(status: number, message: string) {
    super(message)
    this.name = 'SendPlanError'
    this.status = status
  }
}

const amsterdamParts = (at: Date) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIMEZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), mi: get('minute') }
}

/**
 * "24-12-2026 09:00" (also 24-12-2026 9:00 or 24-12-2026, 09.00) as a time in Amsterdam. Throws a
 * SendPlanError in Dutch for another form, a date that does not exist, or an hour that is skipped
 * when summer time starts.
 */
export function parseDutchDateTime(text: string): Date {
  const match = /^\s*(\d{1,2})-(\d{1,2})-(\d{4}),?\s+(\d{1,2})[:.](\d{2})\s*$/.exec(text)
  if (!match) throw new SendPlanError(400, 'Tijdstip: schrijf het als dd-mm-jjjj uu:mm, bijvoorbeeld 24-12-2026 09:00.')
  const [d, m, y, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number]
  const wall = Date.UTC(y, m - 1, d, h, mi)
  // The offset of Amsterdam at that moment (+1 or +2 hours), found from the first guess and checked.
  let at = new Date(wall)
  for (let i = 0; i < 2; i++) {
    const p = amsterdamParts(at)
    at = new Date(at.getTime() - (Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi) - wall))
  }
  const p = amsterdamParts(at)
  if (p.y !== y || p.m !== m || p.d !== d || p.h !== h || p.mi !== mi)
    throw new SendPlanError(400, `Tijdstip: ${text.trim()} bestaat niet (geen geldige datum, of een uur dat overgaat bij de zomertijd).`)
  return at
}

export interface PlannedSend {
  jobId: string | number
  /** ISO time. */
  at: string
  /** 24-12-2026 09:00, Amsterdam time. */
  atText: string
  plannedBy?: string | number
}

interface SendJob {
  id: string | number
  waitUntil?: string
  processing?: boolean
  input?: { issueId?: string; plannedBy?: string; at?: string }
}

const pendingJobs = async (payload: Payload, issueId: string | number) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: SCHEDULED_SEND_TASK } },
          { 'input.issueId': { equals: String(issueId) } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
      sort: 'waitUntil',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs as unknown as SendJob[]

/** The planned send of an issue that has not run yet, if any. */
export async function plannedSend(payload: Payload, issueId: string | number): Promise<PlannedSend | null> {
  const [job] = await pendingJobs(payload, issueId)
  if (!job?.waitUntil) return null
  return {
    jobId: job.id,
    at: job.waitUntil,
    atText: dutchDateTime(job.waitUntil),
    ...(job.input?.plannedBy ? { plannedBy: job.input.plannedBy } : {}),
  }
}

export interface FailedSend {
  /** The planned time, 24-12-2026 09:00. */
  atText: string
  /** Why it did not go out, in Dutch when the CMS knows why (e.g. the issue was not published). */
  reason: string
}

/**
 * The newest planned send of an issue that gave up after its retries, unless a later plan ran or
 * is waiting: the panel says so, instead of the plan silently disappearing from "Gepland".
 */
export async function failedSend(payload: Payload, issueId: string | number): Promise<FailedSend | null> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: SCHEDULED_SEND_TASK } }, { 'input.issueId': { equals: String(issueId) } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const job = docs[0] as unknown as (SendJob & { hasError?: boolean; error?: { message?: string } | null }) | undefined
  const at = job?.input?.at ?? job?.waitUntil
  if (!job?.hasError || !at) return null
  const message = job.error?.message ?? ''
  return {
    atText: dutchDateTime(at),
    reason: message.startsWith('Deze nieuwsbrief')
      ? message
      : 'Er ging iets mis bij het starten. Probeer het opnieuw of verstuur hem zelf.',
  }
}

const issueTitle = async (payload: Payload, issueId: string | number) => {
  const doc = await payload.db.findOne<Record<string, unknown> & { id: string | number }>({
    collection: NEWSLETTER_ISSUES,
    where: { id: { equals: issueId } },
  })
  return doc ? { doc, title: titleOf(payload, NEWSLETTER_ISSUES, doc) } : null
}

/**
 * Plans the send of an issue at `at` for `user` (a publisher or admin: the caller checks). The
 * issue must be published by then: now, or by a planned publish before `at`.
 */
export async function scheduleSend(
  payload: Payload,
  issueId: string | number,
  at: Date,
  user: NonNullable<PayloadRequest['user']>,
  now = new Date(),
): Promise<PlannedSend> {
  if (!schedulingRuns())
    throw new SendPlanError(
      409,
      'Versturen plannen kan hier niet: er draait niets dat geplande taken uitvoert. Verstuur de nieuwsbrief zelf.',
    )
  if (at.getTime() <= now.getTime()) throw new SendPlanError(400, `Tijdstip: ${dutchDateTime(at)} is al voorbij. Kies een later moment.`)
  const found = await issueTitle(payload, issueId)
  if (!found) throw new SendPlanError(404, 'Deze nieuwsbrief bestaat niet.')
  if (found.doc._status !== 'published') {
    const publishes = (await plannedChanges(payload, { collection: NEWSLETTER_ISSUES, id: found.doc.id })).filter(
      (p) => p.type === 'publish' && new Date(p.waitUntil).getTime() < at.getTime(),
    )
    if (publishes.length === 0)
      throw new SendPlanError(
        409,
        'Deze nieuwsbrief is nog niet gepubliceerd. Publiceer hem eerst, of plan de publicatie vóór het tijdstip van verzenden.',
      )
  }
  const existing = await plannedSend(payload, found.doc.id)
  if (existing)
    throw new SendPlanError(409, `Er is al een verzending gepland op ${existing.atText}. Annuleer die eerst als u een ander tijdstip wilt.`)
  await payload.jobs.queue({
    task: SCHEDULED_SEND_TASK,
    input: { issueId: String(found.doc.id), plannedBy: String(user.id), at: at.toISOString() },
    queue: SCHEDULE_QUEUE,
    waitUntil: at,
  })
  await recordAudit(payload, {
    action: 'scheduled',
    collectionSlug: NEWSLETTER_ISSUES,
    docId: found.doc.id,
    docTitle: found.title,
    user,
    at,
    note: 'versturen',
  })
  const planned = await plannedSend(payload, found.doc.id)
  if (!planned) throw new Error('The planned send was not stored')
  return planned
}

/** Cancels the planned send of an issue (a send that has started cannot be cancelled here). */
export async function cancelScheduledSend(
  payload: Payload,
  issueId: string | number,
  user: NonNullable<PayloadRequest['user']>,
): Promise<PlannedSend> {
  const jobs = await pendingJobs(payload, issueId)
  if (jobs.some((j) => j.processing)) throw new SendPlanError(409, 'De verzending is al begonnen en kan niet meer worden geannuleerd.')
  const [first] = jobs
  if (!first?.waitUntil) throw new SendPlanError(404, 'Er is geen verzending gepland.')
  const planned = await plannedSend(payload, issueId)
  // Only a job that has not started: a runner that picks it up at this moment sends it, and the log says so.
  const removed = await payload.delete({
    collection: 'payload-jobs',
    where: { and: [{ id: { in: jobs.map((j) => j.id) } }, { processing: { not_equals: true } }, { completedAt: { exists: false } }] },
    overrideAccess: true,
  })
  if (removed.docs.length === 0) throw new SendPlanError(409, 'De verzending is al begonnen en kan niet meer worden geannuleerd.')
  const found = await issueTitle(payload, issueId)
  await recordAudit(payload, {
    action: 'unscheduled',
    collectionSlug: NEWSLETTER_ISSUES,
    docId: issueId,
    docTitle: found?.title,
    user,
    at: first.waitUntil,
    note: 'versturen',
  })
  return planned as PlannedSend
}

/**
 * The job itself: at its time, start the ordinary send of the issue as "Verstuur" does, and log
 * it as sent by the planner. Fails (and retries) when the issue is not published by then.
 */
export function scheduledSendTask(settings: NewsletterSettings): TaskConfig {
  return {
    slug: SCHEDULED_SEND_TASK,
    retries: 2,
    inputSchema: [
      { name: 'issueId', type: 'text', required: true },
      { name: 'plannedBy', type: 'text' },
      // The planned time as asked (the job's own waitUntil moves when it is retried).
      { name: 'at', type: 'text' },
    ],
    handler: async ({ input, req }) => {
      const { issueId, plannedBy } = input as { issueId: string; plannedBy?: string }
      const prepared = await prepareIssue(req.payload, issueId, settings.serverUrl)
      await queueSend(req.payload, prepared.id, settings.runJobsHere !== false, settings.sendJobs)
      const planner = plannedBy
        ? await req.payload.db.findOne<{ id: number; email?: string }>({
            collection: 'users',
            where: { id: { equals: plannedBy } },
          })
        : null
      await recordAudit(req.payload, {
        action: 'sent',
        collectionSlug: NEWSLETTER_ISSUES,
        docId: prepared.id,
        docTitle: prepared.issue.title,
        user: planner,
        note: 'gepland',
      })
      return { output: {} }
    },
  } as TaskConfig
}
