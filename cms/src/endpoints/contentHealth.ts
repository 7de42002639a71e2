import type { Endpoint } from 'payload'
import { isStaff } from '../access/index.ts'
import { contentHealthReport } from '../content-health/report.ts'
import { CONTENT_HEALTH_QUEUE, LINK_CHECK_TASK } from '../content-health/task.ts'

const NO_STORE = { 'Cache-Control': 'no-store' }

/** GET /api/content-health: the Inhoudscontrole overview as JSON, for staff. */
const report: Endpoint = {
  path: '/content-health',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user)) return Response.json({ error: 'Log in als redacteur, eindredacteur of beheerder.' }, { status: 403 })
    return Response.json(await contentHealthReport(req.payload), { headers: NO_STORE })
  },
}

/** POST /api/content-health/check-links: queue the link check now and start it (answers at once). */
const checkLinksNow: Endpoint = {
  path: '/content-health/check-links',
  method: 'post',
  handler: async (req) => {
    if (!isStaff(req.user)) return Response.json({ error: 'Log in als redacteur, eindredacteur of beheerder.' }, { status: 403 })
    await req.payload.jobs.queue({ task: LINK_CHECK_TASK, input: {}, queue: CONTENT_HEALTH_QUEUE })
    void req.payload.jobs
      .run({ queue: CONTENT_HEALTH_QUEUE })
      .catch((error: unknown) => req.payload.logger.error({ err: error }, 'Link check failed'))
    return Response.json({ queued: true }, { status: 202, headers: NO_STORE })
  },
}

export const contentHealthEndpoints: Endpoint[] = [report, checkLinksNow]
