import type { Access } from 'payload'
import { isAdmin, isStaff } from './roles.ts'

/** User accounts, read: admins see every account; anyone else logged in sees only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  return { id: { equals: user.id } }
}

/**
 * User accounts, update: admins change any account; editors and publishers only their own
 * (name and password; the fields themselves say what else is admin-only). The site-builder key
 * changes nothing, not even its own record.
 */
export const adminOrStaffSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  if (isStaff(user)) return { id: { equals: user.id } }
  return false
}
