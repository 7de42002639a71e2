import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'publisher', 'editor', 'site-builder'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user']

const roleOf = (user: MaybeUser): Role | undefined =>
  user && 'role' in user && typeof user.role === 'string' ? (user.role as Role) : undefined

export const isAdmin = (user: MaybeUser): boolean => roleOf(user) === 'admin'
export const canPublish = (user: MaybeUser): boolean => roleOf(user) === 'admin' || roleOf(user) === 'publisher'
/** Editors, publishers and admins: people who work in the admin. */
export const isStaff = (user: MaybeUser): boolean => canPublish(user) || roleOf(user) === 'editor'
export const isSiteBuilder = (user: MaybeUser): boolean => roleOf(user) === 'site-builder'
