import type { Access } from 'payload'
import { canPublish } from './roles.ts'

/** Deleting takes content off the site: publishers and admins only. */
export const deleteContent: Access = ({ req: { user } }) => canPublish(user)
