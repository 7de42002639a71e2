import { mailToSink, type SmtpSink, startSink } from '@hp/testing/smtp-sink'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AuthApi,
  apiKeyHeader,
  lock,
  newUser,
  PASSWORD,
  SITE_BUILDER_KEY,
  STAFF,
  type Staff,
  startAuthApi,
  stored,
  WHO,
  type Who,
} from './authApi.ts'

// Issue 11, point 1: every auth operation × every role over the REST API (real HTTP). Each cell
// checks what the caller would notice: did it take effect (a token, a mail, a changed record)?

let api: AuthApi
let sink: SmtpSink
const saved = { ...process.env }
/** The Authorization header per role: a session for staff, the API key for the site-builder. */
const auth: Partial<Record<Who, string>> = {}
const ids: Partial<Record<Who, string | number>> = {}
const emailOf = (who: Who) => (who === 'anonymous' ? 'niemand@test.example' : `${who}@test.example`)
let wrongPassword: { status: number; text: string }

beforeAll(async () => {
  sink = await startSink()
  mailToSink(sink)
  api = await startAuthApi('sec-accounts')
  for (const who of STAFF) auth[who] = await api.session(emailOf(who))
  auth['site-builder'] = apiKeyHeader(SITE_BUILDER_KEY)
  for (const who of WHO) if (who !== 'anonymous') ids[who] = (await stored(api.payload, emailOf(who)))?.id as string | number
  const probe = await newUser(api.payload, 'editor', 'probe')
  const res = await api.login(probe.email, 'fout-wachtwoord')
  wrongPassword = { status: res.status, text: res.text }
})
afterAll(async () => {
  await api?.close()
  await sink?.close()
  process.env = saved
})

type Matrix = Record<Who, boolean>
const only = (...allowed: Who[]): Matrix => Object.fromEntries(WHO.map((w) => [w, allowed.includes(w)])) as Matrix
const STAFF_ONLY = only('editor', 'publisher', 'admin')
const ADMIN_ONLY = only('admin')
const NOBODY = only()

/** Registers one `it` per role: `run` performs the operation and says whether it took effect. */
function matrix(operation: string, expected: Matrix, run: (who: Who) => Promise<boolean>) {
  describe(operation, () => {
    for (const who of WHO) {
      it(`${who} ${expected[who] ? 'may' : 'may not'} ${operation}`, async () => {
        expect(await run(who)).toBe(expected[who])
      })
    }
  })
}

/** A staff member of `who`'s role with a session of their own (for cells that change the account). */
async function freshStaff(who: Staff) {
  const user = await newUser(api.payload, who)
  return { ...user, as: await api.session(user.email) }
}

matrix('log in with their own e-mail address and password', STAFF_ONLY, async (who) => {
  // anonymous: an address without an account. The site-builder's fixture password is known here.
  const res = await api.login(emailOf(who), PASSWORD)
  if (res.status !== 200) expect({ status: res.status, text: res.text }).toEqual(wrongPassword)
  return res.status === 200 && typeof (res.body as { token?: string }).token === 'string'
})

matrix('end their session (log out)', STAFF_ONLY, async (who) => {
  const as = who === 'anonymous' ? undefined : who === 'site-builder' ? auth[who] : await api.session(emailOf(who))
  const res = await api.call('POST', '/api/users/logout', { as })
  const after = await api.call('GET', '/api/users/me', { as })
  const stillIn = Boolean((after.body as { user?: unknown }).user)
  if (who === 'site-builder') expect(stillIn).toBe(true) // the key is not a session; logging out does not disable it
  return res.status === 200 && !stillIn
})

matrix('read their own account (me)', only('editor', 'publisher', 'admin', 'site-builder'), async (who) => {
  const res = await api.call('GET', '/api/users/me', { as: auth[who] })
  expect(res.status).toBe(200)
  return (res.body as { user?: { email?: string } | null }).user?.email === emailOf(who)
})

matrix('see other accounts', ADMIN_ONLY, async (who) => {
  const res = await api.call('GET', '/api/users?limit=100&depth=0', { as: auth[who] })
  if (res.status !== 200) return false
  const emails = ((res.body as { docs: { email: string }[] }).docs ?? []).map((d) => d.email)
  return emails.some((e) => e !== emailOf(who))
})

matrix('refresh their token', STAFF_ONLY, async (who) => {
  const res = await api.call('POST', '/api/users/refresh-token', { as: auth[who] })
  if (res.status !== 200) expect(res.status).toBe(403)
  return res.status === 200 && typeof (res.body as { refreshedToken?: string }).refreshedToken === 'string'
})

describe('unlock', () => {
  let target: string
  beforeAll(async () => {
    target = (await newUser(api.payload, 'admin', 'vergrendeld')).email
  })
  for (const who of WHO) {
    const allowed = who === 'admin'
    it(`${who} ${allowed ? 'may' : 'may not'} unlock a locked account`, async () => {
      await lock(api.payload, target)
      const res = await api.call('POST', '/api/users/unlock', { as: auth[who], body: { email: target } })
      const lockUntil = (await stored(api.payload, target))?.lockUntil as string | null | undefined
      const unlocked = !lockUntil || new Date(lockUntil).getTime() <= Date.now()
      expect(res.status).toBe(allowed ? 200 : 403)
      expect(unlocked).toBe(allowed)
    })
    it(`${who} ${allowed ? 'may' : 'may not'} unlock a locked account over GraphQL (unlockUser)`, async () => {
      await lock(api.payload, target)
      const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
      const res = await GRAPHQL_POST(api.payload.config)(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(auth[who] ? { Authorization: auth[who] } : {}) },
          body: JSON.stringify({ query: `mutation { unlockUser(email: "${target}") }` }),
        }),
      )
      const body = (await res.json()) as { data?: { unlockUser?: boolean } | null; errors?: unknown[] }
      const lockUntil = (await stored(api.payload, target))?.lockUntil as string | null | undefined
      const unlocked = !lockUntil || new Date(lockUntil).getTime() <= Date.now()
      expect(Boolean(body.errors?.length)).toBe(!allowed)
      expect(unlocked).toBe(allowed)
    })
  }
})

matrix('get a password-reset mail for their own address', STAFF_ONLY, async (who) => {
  // Anyone may ask (no login); anonymous asks for an address without an account.
  const before = sink.messages.length
  const res = await api.call('POST', '/api/users/forgot-password', { body: { email: emailOf(who) } })
  expect(res.status).toBe(200)
  expect(res.body).toEqual({ message: expect.any(String) })
  return sink.messages.slice(before).some((m) => m.to === emailOf(who))
})

matrix('set a new password with a reset token', STAFF_ONLY, async (who) => {
  let email = emailOf(who)
  let token = 'bestaat-niet-0123456789abcdef'
  if (who !== 'anonymous') {
    if (who !== 'site-builder') email = (await newUser(api.payload, who)).email
    // A real token, as the reset mail would carry (for the site-builder: one that was never mailed).
    token = String(await api.payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true }))
  }
  const hashBefore = (await stored(api.payload, email))?.hash
  const res = await api.call('POST', '/api/users/reset-password', { body: { token, password: 'nieuw-wachtwoord-456' } })
  if (res.status !== 200) expect(res.body).toEqual({ errors: [{ message: 'Token is either invalid or has expired.' }] })
  const changed = (await stored(api.payload, email))?.hash !== hashBefore
  if (who === 'anonymous' || who === 'site-builder') return changed
  return res.status === 200 && changed && (await api.login(email, 'nieuw-wachtwoord-456')).status === 200
})

matrix('verify an e-mail address (verification is off: staff accounts are made by admins)', NOBODY, async (who) => {
  const res = await api.call('POST', '/api/users/verify/0123456789abcdef', { as: auth[who] })
  expect(res.status).toBe(403)
  expect(res.body).toEqual({ errors: [{ message: 'E-mailverificatie staat uit: een beheerder maakt elk account aan.' }] })
  return res.status >= 200 && res.status < 300
})

matrix('register a "first user" while accounts exist', NOBODY, async (who) => {
  const email = `eerste-${who}@test.example`
  const res = await api.call('POST', '/api/users/first-register', { as: auth[who], body: { email, password: PASSWORD, role: 'admin' } })
  return res.status < 300 || (await stored(api.payload, email)) !== null
})

describe('change fields of their own account', () => {
  const fields: { field: string; expected: Matrix; change: (who: Who) => { data: Record<string, unknown>; key?: string } }[] = [
    { field: 'name', expected: STAFF_ONLY, change: () => ({ data: { name: 'Nieuwe naam' } }) },
    { field: 'email', expected: ADMIN_ONLY, change: (who) => ({ data: { email: `nieuw-${who}-${Date.now()}@test.example` } }) },
    { field: 'password', expected: STAFF_ONLY, change: () => ({ data: { password: 'nieuw-wachtwoord-789' } }) },
    { field: 'role', expected: ADMIN_ONLY, change: (who) => ({ data: { role: who === 'admin' ? 'publisher' : 'admin' } }) },
    {
      field: 'apiKey',
      expected: ADMIN_ONLY,
      change: (who) => {
        const key = `eigen-sleutel-${who}-${Date.now()}-0123456789`
        return { data: { enableAPIKey: true, apiKey: key }, key }
      },
    },
    { field: 'enableAPIKey', expected: ADMIN_ONLY, change: (who) => ({ data: { enableAPIKey: who !== 'site-builder' } }) },
  ]
  for (const { field, expected, change } of fields) {
    for (const who of WHO) {
      it(`${who} ${expected[who] ? 'may' : 'may not'} change their own ${field}`, async () => {
        // Staff change a fresh account of their own role; anonymous tries the editor's account.
        const actor =
          who === 'anonymous'
            ? { id: ids.editor, as: undefined }
            : who === 'site-builder'
              ? { id: ids['site-builder'], as: auth['site-builder'] }
              : await freshStaff(who)
        const before = await api.payload.db.findOne({ collection: 'users', where: { id: { equals: actor.id } } })
        const { data, key } = change(who)
        const res = await api.call('PATCH', `/api/users/${actor.id}`, { as: actor.as, body: data })
        if (who === 'anonymous' || who === 'site-builder') expect(res.status).toBe(403)
        else expect(res.status).toBe(200)
        const after = (await api.payload.db.findOne({ collection: 'users', where: { id: { equals: actor.id } } })) as Record<
          string,
          unknown
        >
        let changed: boolean
        if (field === 'password') changed = after.hash !== (before as Record<string, unknown>).hash
        else if (field === 'apiKey') {
          const me = await api.call('GET', '/api/users/me', { as: apiKeyHeader(String(key)) })
          changed = Boolean((me.body as { user?: unknown }).user)
        } else changed = after[field] !== (before as Record<string, unknown>)[field]
        // Whatever was tried, the site-builder's key still works.
        const build = await api.call('GET', '/api/users/me', { as: auth['site-builder'] })
        expect((build.body as { user?: { email?: string } }).user?.email).toBe('site-builder@test.example')
        expect(changed).toBe(expected[who])
      })
    }
  }
})

matrix('create an account', ADMIN_ONLY, async (who) => {
  const email = `aangemaakt-door-${who}@test.example`
  const res = await api.call('POST', '/api/users', { as: auth[who], body: { email, password: PASSWORD, role: 'editor' } })
  const exists = (await stored(api.payload, email)) !== null
  expect(res.status).toBe(exists ? 201 : 403)
  return exists
})

matrix('delete an account', ADMIN_ONLY, async (who) => {
  const victim = await newUser(api.payload, 'editor', 'weg')
  const res = await api.call('DELETE', `/api/users/${victim.id}`, { as: auth[who] })
  const gone = (await stored(api.payload, victim.email)) === null
  expect(res.status).toBe(gone ? 200 : 403)
  return gone
})
