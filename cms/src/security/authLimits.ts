import { APIError, type CollectionConfig } from 'payload'
import { LIMITS, waitInDutch } from './limits.ts'
import { requestIpKey } from './requestIp.ts'

/** Where the login's client key waits for the error hook (request context, per request). */
const LOGIN_IP = 'hp:loginIp'

const tooMany = (message: string, retryAfterSeconds: number) =>
  new APIError(`${message} Probeer het over ${waitInDutch(retryAfterSeconds)} opnieuw.`, 429, undefined, true)

/**
 * Rate limits on the users collection's auth operations, counted in the database per client
 * address (cms/src/security/clientIp.ts) and per e-mail address:
 * - forgot-password: LIMITS.forgotPasswordPerIp and LIMITS.forgotPasswordPerAddress, every request
 *   counts, known and unknown addresses alike (the answer tells nothing about accounts);
 * - login: failures per client address (LIMITS.loginFailuresPerIp). REST failures (the admin's
 *   login form, /api/users/login) are counted when Payload answers them; over GraphQL, where no
 *   error hook runs, every attempt counts. Once over the limit, every login from that address is
 *   refused with 429 until the window ends, a right password included.
 * Local API calls (seed, scripts, tests on the server itself) are not limited.
 */
export const authRateLimitHooks: NonNullable<CollectionConfig['hooks']> = {
  beforeOperation: [
    async ({ args, operation, req }) => {
      if (req.payloadAPI === 'local') return args
      if (operation === 'forgotPassword') {
        const email = typeof args.data?.email === 'string' ? args.data.email.toLowerCase().trim() : ''
        const byIp = await LIMITS.forgotPasswordPerIp.check(req.payload, requestIpKey(req))
        if (!byIp.ok) throw tooMany('Er zijn te veel wachtwoordherstel-aanvragen vanaf dit netwerk gedaan.', byIp.retryAfterSeconds)
        if (email) {
          const byAddress = await LIMITS.forgotPasswordPerAddress.check(req.payload, email)
          if (!byAddress.ok)
            throw tooMany('Voor dit e-mailadres is het wachtwoord te vaak opnieuw aangevraagd.', byAddress.retryAfterSeconds)
        }
      }
      if (operation === 'login') {
        const ip = requestIpKey(req)
        const blocked = await LIMITS.loginFailuresPerIp.blocked(req.payload, ip)
        if (!blocked.ok) throw tooMany('Te veel mislukte inlogpogingen vanaf dit netwerk.', blocked.retryAfterSeconds)
        if (req.payloadAPI === 'GraphQL') await LIMITS.loginFailuresPerIp.fail(req.payload, ip)
        else req.context[LOGIN_IP] = ip
      }
      return args
    },
  ],
  afterError: [
    async ({ error, req }) => {
      const ip = req.context?.[LOGIN_IP]
      if (typeof ip !== 'string') return
      delete req.context[LOGIN_IP]
      // A wrong password, an unknown address or a locked account: a failure from this address.
      if (error.name === 'AuthenticationError' || error.name === 'LockedAuth') await LIMITS.loginFailuresPerIp.fail(req.payload, ip)
    },
  ],
}
