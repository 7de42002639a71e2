import type { PayloadRequest } from 'payload'
import { canPublish, isStaff } from '../../access/index.ts'
import { IssueNotSendableError } from '../../newsletter/issue.ts'

/** 401/403 unless the caller is staff (or a publisher/admin when `publish`). */
export function refuseUnlessStaff(req: PayloadRequest, publish = false): Response | undefined {
  if (!req.user) return Response.json({ error: 'Log in als redacteur.' }, { status: 401 })
  if (publish ? !canPublish(req.user) : !isStaff(req.user))
    return Response.json(
      { error: publish ? 'Alleen publishers en admins mogen een nieuwsbrief versturen.' : 'Alleen redacteuren.' },
      { status: 403 },
    )
  return undefined
}

export const issueIdOf = (req: PayloadRequest): string => String(req.routeParams?.id ?? '')

/** An issue that cannot be sent yet answers 409 with the reason; anything else is rethrown. */
export function notSendable(error: unknown): Response {
  if (error instanceof IssueNotSendableError) return Response.json({ error: error.message }, { status: 409 })
  throw error
}
