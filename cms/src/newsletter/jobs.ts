import type { Payload, TaskConfig, Where } from 'payload'
import { DELIVERIES } from '../collections/Deliveries/index.ts'
import { prepareIssue } from './issue.ts'
import { sharedMailer } from './mailer.ts'
import { enqueueDeliveries, sendIssue } from './send.ts'
import type { NewsletterSettings } from './settings.ts'

export const SEND_TASK = 'sendNewsletterIssue'
export const NEWSLETTER_QUEUE = 'newsletter'

/** Send jobs per issue when the settings do not say (NEWSLETTER_SEND_JOBS). */
export const DEFAULT_SEND_JOBS = 2

/**
 * The jobs-queue task behind "Verstuur": create the deliveries, then send the ones this job can
 * claim. "Verstuur" queues NEWSLETTER_SEND_JOBS of these per issue, so that as many workers share
 * the send; running one twice (a retry after a crash, a second click) is safe: the deliveries make
 * every step idempotent. The output counts what this job sent.
 */
export function sendIssueTask(settings: NewsletterSettings): TaskConfig {
  return {
    slug: SEND_TASK,
    retries: 5,
    inputSchema: [{ name: 'issueId', type: 'text', required: true }],
    outputSchema: [
      { name: 'sent', type: 'number' },
      { name: 'failed', type: 'number' },
    ],
    handler: async ({ input, req }) => {
      const issueId = (input as { issueId: string }).issueId
      const prepared = await prepareIssue(req.payload, issueId, settings.serverUrl)
      req.payload.logger.info(`Sending newsletter issue ${issueId} (process ${process.pid})`)
      await enqueueDeliveries(req.payload, prepared.id)
      const report = await sendIssue(req.payload, prepared, {
        mailer: sharedMailer(settings.smtp),
        settings,
        ...(settings.leaseMs ? { leaseMs: settings.leaseMs } : {}),
      })
      req.payload.logger.info(
        `Newsletter issue ${issueId}: this job (process ${process.pid}) sent ${report.sent}, failed ${report.failed}, skipped ${report.skipped}`,
      )
      return { output: { sent: report.sent, failed: report.failed } }
    },
  } as TaskConfig
}

/** The issue a send job is for (its input as queued by `queueSend`). */
const issueIdOf = (input: unknown): string | undefined =>
  input && typeof input === 'object' && 'issueId' in input && typeof input.issueId === 'string' ? input.issueId : undefined

/**
 * Queues the send of an issue as `jobs` send jobs (NEWSLETTER_SEND_JOBS) and starts the queue at
 * once (the cron picks it up after a restart). Each worker runs one job at a time, so up to `jobs`
 * workers share the send. With `runHere: false` (JOBS_AUTORUN=false) only queues them: workers run
 * them. Run here, the jobs run one after the other; the later ones find nothing left to send.
 */
export async function queueSend(payload: Payload, issueId: string | number, runHere = true, jobs = DEFAULT_SEND_JOBS): Promise<void> {
  for (let i = 0; i < jobs; i++) await payload.jobs.queue({ task: SEND_TASK, input: { issueId: String(issueId) }, queue: NEWSLETTER_QUEUE })
  if (!runHere) return
  void payload.jobs
    .run({ queue: NEWSLETTER_QUEUE, sequential: true })
    .catch((error: unknown) => payload.logger.error({ err: error }, 'Newsletter queue run failed'))
}

/**
 * At start-up: a newsletter job still marked `processing` probably belongs to a process that died,
 * and Payload never picks up a processing job again. Release it, so the queue resumes the send. If
 * another process (a second worker) is in fact still running it, both send: the deliveries' atomic
 * claims make sure nobody gets the issue twice.
 */
export async function resumeInterruptedSends(payload: Payload): Promise<number> {
  let res: { docs: unknown[] }
  try {
    res = await releaseProcessing(payload)
  } catch (error) {
    // A database that is not migrated to this version yet (a fresh one has no jobs table; one from
    // the previous version lacks new columns) runs onInit before the migrations: nothing to resume
    // now. The queue's minute run picks up an interrupted send once the migrations have run.
    const text = String((error as { cause?: unknown })?.cause ?? error)
    if (text.includes('no such table') || text.includes('no such column')) {
      if (text.includes('no such column'))
        payload.logger.info('Interrupted newsletter sends: checked after the migrations (the database is from an older version).')
      return 0
    }
    throw error
  }
  if (res.docs.length > 0) payload.logger.info(`Resuming ${res.docs.length} interrupted newsletter send(s).`)
  return res.docs.length
}

const releaseProcessing = (payload: Payload) =>
  payload.update({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: NEWSLETTER_QUEUE } }, { processing: { equals: true } }, { completedAt: { exists: false } }] },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })

/**
 * For a worker that keeps running while another one dies (`npm run worker`, src/worker.ts): a
 * processing newsletter job is abandoned when its issue has a delivery claimed longer than the
 * lease ago and still not confirmed, or when neither the job nor any of its deliveries moved within
 * the lease. Releasing a job that is in fact alive is harmless (see resumeInterruptedSends).
 */
export async function releaseAbandonedSends(payload: Payload, leaseMs: number): Promise<number> {
  const cutoff = new Date(Date.now() - leaseMs).toISOString()
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: NEWSLETTER_QUEUE } }, { processing: { equals: true } }, { completedAt: { exists: false } }] },
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  let released = 0
  for (const job of jobs.docs) {
    const issue = issueIdOf(job.input)
    if (!issue) continue
    const deliveries = (where: Where) =>
      payload.count({ collection: DELIVERIES, where: { and: [{ issue: { equals: issue } }, where] }, overrideAccess: true })
    const staleClaims = await deliveries({ and: [{ status: { equals: 'sending' } }, { claimedAt: { less_than: cutoff } }] })
    const recentClaims = await deliveries({ claimedAt: { greater_than_equal: cutoff } })
    const abandoned = staleClaims.totalDocs > 0 || (job.updatedAt < cutoff && recentClaims.totalDocs === 0)
    if (!abandoned) continue
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: false }, overrideAccess: true, depth: 0 })
    released += 1
  }
  released += await requeueOrphanedDeliveries(payload, cutoff)
  if (released > 0) payload.logger.info(`Released ${released} abandoned newsletter send(s); this worker continues them.`)
  return released
}

/**
 * A send job ends when nothing of its issue is due, also while another process still holds claims.
 * If that process dies, its claims go stale with no job left to pick them up: queue a new send
 * for each issue with stale claims and no unfinished job (the deliveries keep it exactly-once).
 */
async function requeueOrphanedDeliveries(payload: Payload, cutoff: string): Promise<number> {
  const stale = await payload.find({
    collection: DELIVERIES,
    where: { and: [{ status: { equals: 'sending' } }, { claimedAt: { less_than: cutoff } }] },
    pagination: false,
    select: { issue: true },
    overrideAccess: true,
    depth: 0,
  })
  const issues = new Set(stale.docs.map((d) => String(d.issue)))
  if (issues.size === 0) return 0
  const open = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: NEWSLETTER_QUEUE } }, { completedAt: { exists: false } }] },
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  // A job that failed for good (hasError) will not run again; one still to run or retry covers the issue.
  for (const job of open.docs) if (!job.hasError) issues.delete(String(issueIdOf(job.input)))
  // One job each: what is left are the dead process's claims (at most a batch and what was in flight).
  for (const issueId of issues) await queueSend(payload, issueId, false, 1)
  return issues.size
}
