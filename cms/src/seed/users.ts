import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { Role } from '../access/roles.ts'

export interface SeedUser {
  email: string
  role: Role
}

const USERS: (SeedUser & { name: string })[] = [
  { email: 'admin@example.org', role: 'admin', name: 'Beheerder (demo)' },
  { email: 'publisher@example.org', role: 'publisher', name: 'Eindredacteur (demo)' },
  { email: 'editor@example.org', role: 'editor', name: 'Redacteur (demo)' },
  { email: 'site-builder@example.org', role: 'site-builder', name: 'Site-build (API-sleutel)' },
]

/**
 * One user per role; the demo password and the site-builder key come from the local, generated
 * cms/.env. The site-builder is an API key only: it gets a random password that nobody knows (and
 * its login is refused anyway), new on every seed.
 */
export async function seedUsers(payload: Payload, options: { password: string; siteBuilderApiKey: string }): Promise<SeedUser[]> {
  for (const user of USERS) {
    const data = {
      ...user,
      password: options.password,
      ...(user.role === 'site-builder'
        ? { password: randomBytes(32).toString('base64url'), enableAPIKey: true, apiKey: options.siteBuilderApiKey }
        : {}),
    }
    const found = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1, overrideAccess: true })
    if (found.docs[0]) await payload.update({ collection: 'users', id: found.docs[0].id, data, overrideAccess: true })
    else await payload.create({ collection: 'users', data, overrideAccess: true })
  }
  return USERS.map(({ email, role }) => ({ email, role }))
}
