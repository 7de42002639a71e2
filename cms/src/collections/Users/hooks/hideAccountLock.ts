import { type AfterErrorHook, AuthenticationError, formatErrors } from 'payload'

const isLockedAuth = (error: unknown): boolean => {
  const e = error as { name?: string; originalError?: { name?: string } } | undefined
  return e?.name === 'LockedAuth' || e?.originalError?.name === 'LockedAuth'
}

/**
 * Payload still says "this user is locked" when a lock happens during a login (parallel attempts).
 * Over REST and GraphQL that answer becomes the wrong-password answer, so "locked" never shows
 * that an account exists. Registered in payload.config.ts (hooks.afterError) so GraphQL gets it too.
 */
export const hideAccountLock: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isLockedAuth(error)) return
  const wrongPassword = new AuthenticationError(req.t)
  return {
    response: formatErrors(wrongPassword),
    status: wrongPassword.status,
    ...(graphqlResult
      ? {
          graphqlResult: {
            ...graphqlResult,
            message: wrongPassword.message,
            extensions: { ...graphqlResult.extensions, name: wrongPassword.name, statusCode: wrongPassword.status },
          },
        }
      : {}),
  }
}
