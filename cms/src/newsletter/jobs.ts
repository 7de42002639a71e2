import type { Payload, TaskConfig } from 'payload'
import { prepareIssue } from './issue.ts'
import { sharedMailer } from './mailer.ts'
import { enqueueDeliveries, sendIssue } from './send.ts'
import type { NewsletterSettings } from './settings.ts'

export const SEND_TASK = 'sendNewsletterIssue'
export const NEWSLETTER_QUEUE = 'newsletter'

/**
 * The jobs-queue task behind "Verstuur": create the deliveries, then send them. Running it twice
 * (a retry after a crash, a second click) is safe: the deliveries make every step idempotent.
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
      await enqueueDeliveries(req.payload, prepared.id)
      const report = await sendIssue(req.payload, prepared, { mailer: sharedMailer(settings.smtp), settings })
      return { output: { sent: report.sent, failed: report.failed } }
    },
  } as TaskConfig
}

/** Queues the send of an issue and starts the queue at once (the cron picks it up after a restart). */
export async function queueSend(payload: Payload, issueId: string | number): Promise<void> {
  await payload.jobs.queue({ task: SEND_TASK as never, input: { issueId: String(issueId) } as never, queue: NEWSLETTER_QUEUE })
  void payload.jobs
    .run({ queue: NEWSLETTER_QUEUE })
    .catch((error: unknown) => payload.logger.error({ err: error }, 'Newsletter queue run failed'))
}

/**
 * At start-up: a newsletter job still marked `processing` belongs to a process that died (one CMS
 * process runs the queue), and Payload never picks up a processing job again. Release it, so the
 * queue resumes the send; the deliveries make sure nobody gets the issue twice.
 */
export async function resumeInterruptedSends(payload: Payload): Promise<number> {
  let res: { docs: unknown[] }
  try {
    res = await releaseProcessing(payload)
  } catch (error) {
    // A fresh database that is not migrated yet has no jobs table and nothing to resume.
    if (String((error as { cause?: unknown })?.cause ?? error).includes('no such table')) return 0
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
