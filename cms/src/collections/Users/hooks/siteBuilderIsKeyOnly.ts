import { APIError, AuthenticationError, type CollectionBeforeLoginHook, type CollectionBeforeOperationHook, Forbidden } from 'payload'
import { isSiteBuilder } from '../../../access/roles.ts'

/**
 * The site-builder is an API key, not a person: no password login (sameAnswerForEveryFailedLogin
 * refuses it before the password check; this is the second lock), no reset mail, no reset by token
 * and no token refresh. Each refusal looks like the answer for an unknown account or a bad token.
 */
export const siteBuilderIsKeyOnly: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'forgotPassword') {
    const email = (args as { data?: { email?: unknown } }).data?.email
    if (typeof email !== 'string' || !email.trim()) return args
    const user = await req.payload.db.findOne({
      collection: args.collection.config.slug,
      req,
      where: { email: { equals: email.toLowerCase().trim() } },
    })
    // The same 200 "success" as for any address, but no mail (and the reset itself is refused below).
    if (isSiteBuilder(user)) return { ...(args as object), disableEmail: true } as typeof args
    return args
  }
  if (operation === 'resetPassword') {
    const token = (args as { data?: { token?: unknown } }).data?.token
    if (typeof token !== 'string' || !token) return args
    const user = await req.payload.db.findOne({
      collection: args.collection.config.slug,
      req,
      where: { resetPasswordToken: { equals: token } },
    })
    // Payload's own answer for a token that does not exist.
    if (isSiteBuilder(user)) throw new APIError('Token is either invalid or has expired.', 403)
    return args
  }
  if (operation === 'refresh' && isSiteBuilder(req.user)) throw new Forbidden(req.t)
  return args
}

/** Login (beforeLogin, after a correct password): the site-builder still gets the wrong-password answer. */
export const refuseSiteBuilderLogin: CollectionBeforeLoginHook = ({ req, user }) => {
  if (isSiteBuilder(user)) throw new AuthenticationError(req.t)
  return user
}
