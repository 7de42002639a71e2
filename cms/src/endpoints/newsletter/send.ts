import type { Endpoint } from 'payload'
import { recordAudit } from '../../audit/record.ts'
import { prepareIssue } from '../../newsletter/issue.ts'
import { queueSend } from '../../newsletter/jobs.ts'
import { deliveryStats } from '../../newsletter/send.ts'
import type { EndpointDeps } from './deps.ts'
import { issueIdOf, notSendable, refuseUnlessStaff } from './staff.ts'

/**
 * POST /api/newsletter/issues/:id/send — "Verstuur": queues the send job (publishers and admins).
 * Sending twice is harmless: the deliveries make the job idempotent.
 */
export const sendEndpoint = ({ settings }: EndpointDeps): Endpoint => ({
  path: '/newsletter/issues/:id/send',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req, true)
    if (refused) return refused
    let prepared: Awaited<ReturnType<typeof prepareIssue>>
    try {
      // Fails early (409) for an unpublished issue instead of inside the job.
      prepared = await prepareIssue(req.payload, issueIdOf(req), settings.serverUrl)
    } catch (error) {
      return notSendable(error)
    }
    await queueSend(req.payload, issueIdOf(req), settings.runJobsHere !== false, settings.sendJobs)
    await recordAudit(req.payload, {
      action: 'sent',
      collectionSlug: 'newsletter-issues',
      docId: issueIdOf(req),
      docTitle: prepared.issue.title,
      user: req.user,
    })
    return Response.json({ ok: true, message: 'De nieuwsbrief wordt verstuurd.' }, { status: 202 })
  },
})

/**
 * GET /api/newsletter/issues/:id/stats — recipients, sent, failed, pending for the admin panel
 * (staff). Counts only, no addresses, so editors may see them although deliveries are admin-only.
 */
export const statsEndpoint = (): Endpoint => ({
  path: '/newsletter/issues/:id/stats',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    return Response.json(await deliveryStats(req.payload, issueIdOf(req)), { headers: { 'Cache-Control': 'no-store' } })
  },
})
