export const ROLES = ['admin', 'publisher', 'editor', 'site-builder'] as const
export type Role = (typeof ROLES)[number]

/** A request's user, the admin's client-side user or a user row read from the database. */
type MaybeUser = object | null | undefined

const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value)
const roleOf = (user: MaybeUser): Role | undefined => (user && 'role' in user && isRole(user.role) ? user.role : undefined)

export const isAdmin = (user: MaybeUser): boolean => roleOf(user) === 'admin'
export const canPublish = (user: MaybeUser): boolean => roleOf(user) === 'admin' || roleOf(user) === 'publisher'
/** Editors, publishers and admins: people who work in the admin. */
export const isStaff = (user: MaybeUser): boolean => canPublish(user) || roleOf(user) === 'editor'
export const isSiteBuilder = (user: MaybeUser): boolean => roleOf(user) === 'site-builder'
