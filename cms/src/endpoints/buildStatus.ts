import { BUILD_STATUS_ENDPOINT, BuildReportSchema } from '@hp/content-schemas'
import type { Endpoint } from 'payload'
import { isSiteBuilder } from '../access/index.ts'
import { recordBuildState } from '../rebuild/status.ts'

/**
 * POST /api/build-status: the site builder (the local receiver under `npm start`) reports how a
 * rebuild is going, so the admin shows it. Only the site-builder API key may call it.
 */
export const buildStatusEndpoint: Endpoint = {
  path: BUILD_STATUS_ENDPOINT,
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Send the site-builder API key (Authorization: users API-Key …).' }, { status: 401 })
    if (!isSiteBuilder(req.user)) return Response.json({ error: 'Only the site-builder key may report build status.' }, { status: 403 })
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      return Response.json({ error: 'The body must be JSON: { "state": "building" }' }, { status: 400 })
    }
    const report = BuildReportSchema.safeParse(body)
    if (!report.success) {
      const problems = report.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
      return Response.json({ error: 'Invalid build report.', problems }, { status: 400 })
    }
    // The one overrideAccess of the custom endpoints (recordBuildState): the build-status
    // global is closed to every user, so no one can fake a build state through the API; this
    // caller is checked above (site-builder key) and may change nothing but these fields.
    await recordBuildState(req, report.data)
    return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } })
  },
}
