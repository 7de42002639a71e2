import type { Endpoint, PayloadRequest } from 'payload'
import { schedulingRuns } from '../../env.ts'
import { cancelScheduledSend, failedSend, parseDutchDateTime, plannedSend, SendPlanError, scheduleSend } from '../../newsletter/schedule.ts'
import { issueIdOf, refuseUnlessStaff } from './staff.ts'

const answer = (error: unknown): Response => {
  if (error instanceof SendPlanError) return Response.json({ error: error.message }, { status: error.status })
  throw error
}

/**
 * /api/newsletter/issues/:id/schedule — "Versturen plannen": GET whether it is offered, what is
 * planned and whether the last plan failed (staff), POST { at: "24-12-2026 09:00" } to plan (publishers and admins), DELETE to cancel.
 */
export const scheduleEndpoints = (): Endpoint[] => [
  {
    path: '/newsletter/issues/:id/schedule',
    method: 'get',
    handler: async (req) => {
      const refused = refuseUnlessStaff(req)
      if (refused) return refused
      return Response.json(
        {
          available: schedulingRuns(),
          planned: await plannedSend(req.payload, issueIdOf(req)),
          failed: await failedSend(req.payload, issueIdOf(req)),
        },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    },
  },
  {
    path: '/newsletter/issues/:id/schedule',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const refused = refuseUnlessStaff(req, true)
      if (refused) return refused
      const body = (await req.json?.().catch(() => ({}))) as { at?: unknown } | undefined
      try {
        if (typeof body?.at !== 'string') throw new SendPlanError(400, 'Tijdstip ontbreekt: schrijf het als dd-mm-jjjj uu:mm.')
        const planned = await scheduleSend(
          req.payload,
          issueIdOf(req),
          parseDutchDateTime(body.at),
          req.user as NonNullable<PayloadRequest['user']>,
        )
        return Response.json({ ok: true, planned, message: `Verzending gepland op ${planned.atText} (Nederlandse tijd).` }, { status: 201 })
      } catch (error) {
        return answer(error)
      }
    },
  },
  {
    path: '/newsletter/issues/:id/schedule',
    method: 'delete',
    handler: async (req) => {
      const refused = refuseUnlessStaff(req, true)
      if (refused) return refused
      try {
        const was = await cancelScheduledSend(req.payload, issueIdOf(req), req.user as NonNullable<PayloadRequest['user']>)
        return Response.json({ ok: true, message: `De verzending van ${was.atText} is geannuleerd.` })
      } catch (error) {
        return answer(error)
      }
    },
  },
]
