import type { Endpoint } from 'payload'
import { readBodyOr400 } from '../../newsletter/http.ts'
import { prepareIssue } from '../../newsletter/issue.ts'
import { renderIssueMail } from '../../newsletter/render.ts'
import { validateSignup } from '../../newsletter/validate.ts'
import { LIMITS, waitInDutch } from '../../security/limits.ts'
import type { EndpointDeps } from './deps.ts'
import { issueIdOf, notSendable, refuseUnlessStaff } from './staff.ts'

/**
 * POST /api/newsletter/issues/:id/test { "to": "naam@organisatie.nl" } — one test message to one
 * address, for staff; no delivery record, unsubscribe links point at nothing real. At most
 * LIMITS.testSendsPerUser per user per hour (counted in the database), so a staff account cannot
 * be used to flood an address.
 */
export const testSendEndpoint = ({ settings, mailer }: EndpointDeps): Endpoint => ({
  path: '/newsletter/issues/:id/test',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const read = await readBodyOr400(req)
    if ('response' in read) return read.response
    const check = validateSignup({ email: read.body.to, consent: true })
    if (!check.ok) return Response.json({ error: check.errors.email ?? 'Ongeldig adres.' }, { status: 400 })
    const limit = await LIMITS.testSendsPerUser.check(req.payload, String(req.user?.id))
    if (!limit.ok)
      return Response.json(
        {
          error: `Het maximum van ${LIMITS.testSendsPerUser.limit} testberichten per uur is bereikt. Probeer het over ${waitInDutch(limit.retryAfterSeconds)} opnieuw.`,
        },
        { status: 429, headers: { 'Retry-After': String(limit.retryAfterSeconds) } },
      )
    try {
      const { issue, content } = await prepareIssue(req.payload, issueIdOf(req), settings.serverUrl)
      const links = {
        unsubscribe: new URL('/api/newsletter/unsubscribe?token=test', settings.serverUrl).toString(),
        data: new URL('/api/newsletter/data?token=test', settings.serverUrl).toString(),
      }
      const mail = renderIssueMail(issue, content, settings.siteUrl, links)
      await mailer().send({ to: check.signup.email, links, ...mail, subject: `[TEST] ${mail.subject}` })
      return Response.json({ ok: true, message: `Testbericht verstuurd naar ${check.signup.email}.` })
    } catch (error) {
      return notSendable(error)
    }
  },
})
