import type { FieldAccess } from 'payload'
import { isAdmin } from './roles.ts'

/** A field only admins may set or change (role, e-mail address, API key); others keep the stored value. */
export const adminOnlyField: FieldAccess = ({ req: { user } }) => isAdmin(user)
