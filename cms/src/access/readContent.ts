import type { Access } from 'payload'
import { isSiteBuilder, isStaff } from './roles.ts'

/** Staff read everything; the site-builder key reads published documents only; anonymous visitors nothing. */
export const readContent: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  if (isSiteBuilder(user)) return { _status: { equals: 'published' } }
  return false
}
