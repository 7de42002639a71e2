import crypto from 'node:crypto'
import { mailToSink, type SmtpSink, startSink } from '@hp/testing/smtp-sink'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AuthApi, apiKeyHeader, newUser, PASSWORD, SITE_BUILDER_KEY, startAuthApi, stored } from './authApi.ts'

// Issue 11, point 2: the site-builder is an API key only. Here its password is known (the test
// fixture sets one), as an attacker who learnt it would; every way to use or change it is refused.

const SB = 'site-builder@test.example'
const KEY = apiKeyHeader(SITE_BUILDER_KEY)
let api: AuthApi
let sink: SmtpSink
const saved = { ...process.env }
let editor: string

beforeAll(async () => {
  sink = await startSink()
  mailToSink(sink)
  api = await startAuthApi('sec-site-builder')
  editor = (await newUser(api.payload, 'editor')).email
})
afterAll(async () => {
  await api?.close()
  await sink?.close()
  process.env = saved
})

const keyStillWorks = async () => {
  const me = await api.call('GET', '/api/users/me', { as: KEY })
  return (me.body as { user?: { email?: string } | null }).user?.email === SB
}

const graphql = async (query: string) => {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const res = await GRAPHQL_POST(api.payload.config)(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )
  return (await res.json()) as { data?: { loginUser?: { token?: string } | null }; errors?: { message: string }[] }
}

/** PBKDF2 as Payload stores passwords: does `password` match the stored hash? */
function matches(user: Record<string, unknown>, password: string): boolean {
  const hash = String(user.hash)
  const prefix = 'pbkdf2-sha256-v1:'
  if (!hash.startsWith(prefix)) throw new Error(`unexpected hash format: ${hash.slice(0, 20)}`)
  const derived = crypto.pbkdf2Sync(password, String(user.salt), 600_000, 32, 'sha256').toString('hex')
  return derived === hash.slice(prefix.length)
}

describe('the site-builder account is an API key only', () => {
  it('password login with its real password gets the wrong-password answer, no token and no session', async () => {
    const wrong = await api.login(editor, 'fout-wachtwoord')
    const res = await api.login(SB, PASSWORD)
    expect(res.status).toBe(401)
    expect(res.text).toBe(wrong.text)
    expect(res.text).not.toContain('token')
    expect((await stored(api.payload, SB))?.sessions ?? []).toEqual([])
  })

  it('GraphQL loginUser with its real password answers like a wrong password', async () => {
    const wrong = await graphql(`mutation { loginUser(email: "${editor}", password: "fout-wachtwoord") { token } }`)
    const res = await graphql(`mutation { loginUser(email: "${SB}", password: "${PASSWORD}") { token } }`)
    expect(wrong.errors?.[0]?.message).toBe('Het opgegeven e-mailadres of wachtwoord is onjuist.')
    expect(res.errors?.map((e) => e.message)).toEqual(wrong.errors?.map((e) => e.message))
    expect(res.data?.loginUser ?? null).toBeNull()
  })

  it('six password attempts neither count against it nor lock it', async () => {
    for (let i = 0; i < 6; i++) expect((await api.login(SB, `fout-${i}`)).status).toBe(401)
    const user = await stored(api.payload, SB)
    expect(user?.loginAttempts ?? 0).toBe(0)
    expect(user?.lockUntil ?? null).toBeNull()
    expect(await keyStillWorks()).toBe(true)
  })

  it('forgot-password answers as for an unknown address and sends no mail', async () => {
    const unknown = await api.call('POST', '/api/users/forgot-password', { body: { email: 'onbekend@test.example' } })
    const before = sink.messages.length
    const res = await api.call('POST', '/api/users/forgot-password', { body: { email: SB } })
    expect(res.status).toBe(unknown.status)
    expect(res.text).toBe(unknown.text)
    // The staff flow does mail (the sink works): the editor gets one.
    await api.call('POST', '/api/users/forgot-password', { body: { email: editor } })
    expect(sink.messages.slice(before).map((m) => m.to)).toEqual([editor])
  })

  it('a reset token for it, even a real one, does not set its password', async () => {
    const token = await api.payload.forgotPassword({ collection: 'users', data: { email: SB }, disableEmail: true })
    const before = await stored(api.payload, SB)
    const res = await api.call('POST', '/api/users/reset-password', { body: { token, password: 'overgenomen-789' } })
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ errors: [{ message: 'Token is either invalid or has expired.' }] })
    expect((await stored(api.payload, SB))?.hash).toBe(before?.hash)
    expect((await api.login(SB, 'overgenomen-789')).status).toBe(401)
  })

  const ownFields: [string, Record<string, unknown>][] = [
    ['name', { name: 'Overgenomen' }],
    ['email', { email: 'aanvaller@test.example' }],
    ['password', { password: 'overgenomen-789' }],
    ['role', { role: 'admin' }],
    ['apiKey', { enableAPIKey: true, apiKey: 'aanvaller-sleutel-0123456789' }],
    ['enableAPIKey', { enableAPIKey: false }],
  ]
  for (const [field, data] of ownFields) {
    it(`with its key it cannot change its own ${field} (403, record unchanged, key still works)`, async () => {
      const before = await stored(api.payload, SB)
      const id = before?.id
      const patch = await api.call('PATCH', `/api/users/${id}`, { as: KEY, body: data })
      expect(patch.status).toBe(403)
      const many = await api.call('PATCH', `/api/users?where[id][equals]=${id}`, { as: KEY, body: data })
      expect((many.body as { docs?: unknown[] }).docs ?? []).toEqual([])
      expect(await stored(api.payload, SB)).toEqual(before)
      expect(await keyStillWorks()).toBe(true)
    })
  }

  it('with its key it gets no fresh JWT (refresh-token 403)', async () => {
    const res = await api.call('POST', '/api/users/refresh-token', { as: KEY })
    expect(res.status).toBe(403)
    expect(res.text).not.toContain('refreshedToken')
  })

  it('the seed gives it a random password, not the demo password (staff get the demo password)', async () => {
    const { seedUsers } = await import('../../src/seed/users.ts')
    const demo = 'demo-wachtwoord-123'
    await seedUsers(api.payload, { password: demo, siteBuilderApiKey: 'seed-sleutel-0123456789' })
    const builder = await stored(api.payload, 'site-builder@example.org')
    const admin = await stored(api.payload, 'admin@example.org')
    if (!builder || !admin) throw new Error('the seed made no users')
    expect(matches(admin, demo)).toBe(true)
    expect(matches(builder, demo)).toBe(false)
    expect((await api.login('site-builder@example.org', demo)).status).toBe(401)
    const seededKey = await api.call('GET', '/api/users/me', { as: apiKeyHeader('seed-sleutel-0123456789') })
    expect((seededKey.body as { user?: { email?: string } }).user?.email).toBe('site-builder@example.org')
  })
})
