import type { Access } from 'payload'
import { canPublish, isStaff } from './roles.ts'

/** Staff create and update; only publishers and admins may set a document to published. */
export const writeContent: Access = ({ req: { user }, data }) => {
  if (!isStaff(user)) return false
  if (canPublish(user)) return true
  return (data as { _status?: string } | undefined)?._status !== 'published'
}
