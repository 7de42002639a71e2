import type { Access } from 'payload'
import { canPublish } from './roles.ts'

/** Publishers and admins. */
export const publisherOnly: Access = ({ req: { user } }) => canPublish(user)
