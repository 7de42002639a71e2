import type { Endpoint } from 'payload'

/**
 * POST /api/users/verify/:token: e-mail verification is off (an admin makes each account), so
 * the route answers with a clear refusal instead of Payload's query error (500) on a column that
 * does not exist. Collection endpoints come before Payload's own, so this one answers.
 */
export const noEmailVerification: Endpoint = {
  path: '/verify/:token',
  method: 'post',
  handler: () =>
    Response.json({ errors: [{ message: 'E-mailverificatie staat uit: een beheerder maakt elk account aan.' }] }, { status: 403 }),
}
