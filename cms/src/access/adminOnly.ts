import type { Access } from 'payload'
import { isAdmin } from './roles.ts'

/** Subscribers, deliveries and user management: admins only. */
export const adminOnly: Access = ({ req: { user } }) => isAdmin(user)
