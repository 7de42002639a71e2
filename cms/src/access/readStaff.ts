import type { Access } from 'payload'
import { isStaff } from './roles.ts'

/** Versions and drafts history: staff only (the site builder reads published documents only). */
export const readStaff: Access = ({ req: { user } }) => isStaff(user)
