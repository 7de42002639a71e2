import type { Server } from 'node:http'
import type { Payload } from 'payload'
import { createUsers, type TestRole } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'
import { createApiServer, listen } from './http.ts'

// The auth routes over real HTTP (cms/tests/int/http.ts), for the security-*.int.spec.ts files.

export const PASSWORD = 'test-password-123'
export const SITE_BUILDER_KEY = 'test-site-builder-key-0123456789'
export const STAFF = ['editor', 'publisher', 'admin'] as const
export type Staff = (typeof STAFF)[number]
export type Who = 'anonymous' | TestRole
export const WHO: Who[] = ['anonymous', 'editor', 'publisher', 'admin', 'site-builder']

export interface Answer {
  status: number
  body: unknown
  text: string
}

export interface AuthApi {
  cms: TestCms
  payload: Payload
  base: string
  /** One request; `as` is a JWT (`JWT …`) or API-key (`users API-Key …`) Authorization header. */
  call(method: string, path: string, options?: { as?: string; body?: unknown }): Promise<Answer>
  login(email: string, password: string): Promise<Answer>
  /** Logs in and returns the Authorization header for the session. */
  session(email: string, password?: string): Promise<string>
  close(): Promise<void>
}

export const apiKeyHeader = (key: string) => `users API-Key ${key}`

/** Boots the CMS on a temporary SQLite file with one user per role, behind node:http on a free port. */
export async function startAuthApi(name: string): Promise<AuthApi> {
  const cms = await startTestCms(name)
  await createUsers(cms.payload)
  const server: Server = createApiServer(() => cms.payload)
  const base = await listen(server)
  const call: AuthApi['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = {}
    if (options.as) headers.Authorization = options.as
    if (options.body !== undefined) headers['Content-Type'] = 'application/json'
    const res = await fetch(`${base}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
    const text = await res.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {}
    return { status: res.status, body, text }
  }
  const login: AuthApi['login'] = (email, password) => call('POST', '/api/users/login', { body: { email, password } })
  return {
    cms,
    payload: cms.payload,
    base,
    call,
    login,
    async session(email, password = PASSWORD) {
      const res = await login(email, password)
      const token = (res.body as { token?: string }).token
      if (res.status !== 200 || !token) throw new Error(`login for ${email} failed: ${res.status} ${res.text}`)
      return `JWT ${token}`
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await cms.close()
    },
  }
}

let counter = 0
/** A new account of `role` with the test password; `label` starts its unique address. */
export async function newUser(payload: Payload, role: TestRole, label: string = role): Promise<{ id: number | string; email: string }> {
  const email = `${label}-${++counter}-${Date.now()}@test.example`
  const doc = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, role } as never,
    overrideAccess: true,
  })
  return { id: doc.id, email }
}

/** The stored account as the database holds it (hash, salt, lockUntil, loginAttempts included). */
export async function stored(payload: Payload, email: string): Promise<Record<string, unknown> | null> {
  return (await payload.db.findOne({ collection: 'users', where: { email: { equals: email } } })) as Record<string, unknown> | null
}

/** Locks an account as five wrong passwords would (the state Payload's lockout writes). */
export async function lock(payload: Payload, email: string, ms = 10 * 60 * 1000): Promise<void> {
  await payload.db.updateOne({
    collection: 'users',
    where: { email: { equals: email } },
    data: { loginAttempts: 5, lockUntil: new Date(Date.now() + ms).toISOString() },
  })
}
