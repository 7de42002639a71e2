import type { Access } from 'payload'
import { isStaff } from './roles.ts'

/** Any editor, publisher or admin. */
export const staffOnly: Access = ({ req: { user } }) => isStaff(user)
