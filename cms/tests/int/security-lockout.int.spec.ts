import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type AuthApi, lock, newUser, PASSWORD, startAuthApi, stored } from './authApi.ts'

// Issue 11, point 5 (the per-account part): five wrong passwords lock an account for 10 minutes,
// and nobody can tell a locked or unknown account from a wrong password: same status, same body,
// about the same time. Admins see and lift locks.

let api: AuthApi
let admin: string
let editor: string
let wrongPassword: { status: number; text: string }

beforeAll(async () => {
  api = await startAuthApi('sec-lockout')
  admin = await api.session('admin@test.example')
  editor = await api.session('editor@test.example')
  const probe = await newUser(api.payload, 'editor', 'probe')
  const res = await api.login(probe.email, 'fout-wachtwoord')
  wrongPassword = { status: res.status, text: res.text }
  expect(wrongPassword.status).toBe(401)
})
afterAll(async () => api?.close())
// These tests make many failed logins from one address; the per-address limit (20 per 15 minutes,
// security-limits.int.spec.ts) would answer 429 first. Each test starts with fresh counters.
beforeEach(async () => {
  await api.payload.db.deleteMany({ collection: 'rate-limits', where: { count: { exists: true } } })
})

const answer = async (email: string, password: string) => {
  const res = await api.login(email, password)
  return { status: res.status, text: res.text }
}
const isLocked = async (email: string) => {
  const lockUntil = (await stored(api.payload, email))?.lockUntil as string | null | undefined
  return Boolean(lockUntil && new Date(lockUntil).getTime() > Date.now())
}
/** The state parallel wrong attempts can leave: the counter past the limit, the lock not yet written. */
const overTheLimit = (email: string) =>
  api.payload.db.updateOne({ collection: 'users', where: { email: { equals: email } }, data: { loginAttempts: 10, lockUntil: null } })

const graphqlLogin = async (email: string, password: string) => {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const res = await GRAPHQL_POST(api.payload.config)(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: `mutation { loginUser(email: "${email}", password: "${password}") { token } }` }),
    }),
  )
  return (await res.json()) as { data?: { loginUser?: unknown }; errors?: { message: string; extensions?: { name?: string } }[] }
}

describe('lockout per account', () => {
  it('five wrong passwords lock the account; then even the right password gets the wrong-password answer', async () => {
    const { email } = await newUser(api.payload, 'publisher', 'slot')
    for (let i = 1; i <= 5; i++) expect(await answer(email, `fout-${i}`), `attempt ${i}`).toEqual(wrongPassword)
    expect(await isLocked(email)).toBe(true)
    expect((await stored(api.payload, email))?.loginAttempts).toBe(5)
    const right = await answer(email, PASSWORD)
    expect(right).toEqual(wrongPassword)
    expect(right.text).not.toMatch(/vergrendeld|locked/i)
  })

  it('an unknown address gets the same answers, attempt for attempt', async () => {
    for (let i = 1; i <= 6; i++) expect(await answer(`onbekend-${i % 2}@test.example`, `fout-${i}`)).toEqual(wrongPassword)
  })

  it('a lock that happens during the login (as parallel attempts cause) still answers like a wrong password (REST)', async () => {
    const { email } = await newUser(api.payload, 'editor', 'race')
    await overTheLimit(email)
    const res = await answer(email, 'fout-wachtwoord')
    expect(res).toEqual(wrongPassword)
    expect(await isLocked(email)).toBe(true)
  })

  it('… and over GraphQL', async () => {
    const { email } = await newUser(api.payload, 'editor', 'race-gql')
    const wrong = await graphqlLogin('editor@test.example', 'fout-wachtwoord')
    await overTheLimit(email)
    const res = await graphqlLogin(email, 'fout-wachtwoord')
    expect(res.errors?.map((e) => [e.message, e.extensions?.name])).toEqual(wrong.errors?.map((e) => [e.message, e.extensions?.name]))
    expect(await isLocked(email)).toBe(true)
  })

  it('eight parallel wrong passwords: every answer is the wrong-password answer, and the account is locked', async () => {
    const { email } = await newUser(api.payload, 'editor', 'parallel')
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => answer(email, `fout-${i}`)))
    for (const a of answers) expect(a).toEqual(wrongPassword)
    expect(await isLocked(email)).toBe(true)
  })

  it('an unknown or locked account takes about as long as a wrong password (no timing hint)', async () => {
    const known = await newUser(api.payload, 'editor', 'tijd')
    const locked = await newUser(api.payload, 'editor', 'tijd-slot')
    await lock(api.payload, locked.email)
    const times: Record<'wrong' | 'unknown' | 'locked', number[]> = { wrong: [], unknown: [], locked: [] }
    const timed = async (email: string) => {
      const started = performance.now()
      expect(await answer(email, 'fout-wachtwoord')).toEqual(wrongPassword)
      return performance.now() - started
    }
    for (let i = 0; i < 7; i++) {
      await api.payload.db.updateOne({ collection: 'users', where: { email: { equals: known.email } }, data: { loginAttempts: 0 } })
      await api.payload.db.deleteMany({ collection: 'rate-limits', where: { count: { exists: true } } })
      times.wrong.push(await timed(known.email))
      times.unknown.push(await timed(`niemand-${i}@test.example`))
      times.locked.push(await timed(locked.email))
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
    const m = { wrong: median(times.wrong), unknown: median(times.unknown), locked: median(times.locked) }
    console.info(
      `login timing, median of 7 (ms): wrong password ${m.wrong.toFixed(0)}, unknown ${m.unknown.toFixed(0)}, locked ${m.locked.toFixed(0)}`,
    )
    // Without the equal hashing work an unknown address answers ~20–50× faster; a busy machine adds
    // noise, so the band is wide (¼–4×) and still catches that.
    for (const other of [m.unknown, m.locked]) {
      expect(other).toBeGreaterThan(m.wrong * 0.25)
      expect(other).toBeLessThan(m.wrong * 4)
    }
  })
})

describe('admins see and lift locks', () => {
  it('the users list has a "Vergrendeld tot" column; admins filter on it, others do not see it', async () => {
    const users = api.payload.config.collections.find((c) => c.slug === 'users')
    if (!users) throw new Error('no users collection')
    expect(users.admin.defaultColumns).toContain('lockUntil')
    const field = users.fields.find((f) => 'name' in f && f.name === 'lockUntil') as { label?: Record<string, string>; hidden?: boolean }
    expect(field.label?.nl).toBe('Vergrendeld tot')
    const { email } = await newUser(api.payload, 'editor', 'zichtbaar')
    await lock(api.payload, email)
    const now = encodeURIComponent(new Date().toISOString())
    const res = await api.call('GET', `/api/users?where[lockUntil][greater_than]=${now}&limit=100`, { as: admin })
    expect(res.status).toBe(200)
    const docs = (res.body as { docs: { email: string; lockUntil?: string }[] }).docs
    const row = docs.find((d) => d.email === email)
    expect(row?.lockUntil && new Date(row.lockUntil).getTime()).toBeGreaterThan(Date.now())
    expect(docs.map((d) => d.email)).not.toContain('admin@test.example')
    // An editor neither reads the lock on their own record nor filters on it.
    const me = await api.call('GET', '/api/users/me', { as: editor })
    expect(Object.keys((me.body as { user: object }).user)).not.toContain('lockUntil')
    const probe = await api.call('GET', `/api/users?where[lockUntil][greater_than]=${now}`, { as: editor })
    expect(probe.text).not.toContain(email)
  })

  it('the unlock button ("Forceer ontgrendeling") is an admin permission only', async () => {
    // Payload's /api/access as the admin reads it: `true` for "all allowed", otherwise per operation.
    const permission = async (as: string) => {
      const res = await api.call('GET', '/api/access', { as })
      type Perm = true | { permission?: boolean } | undefined
      const users = (res.body as { collections: { users: true | { unlock?: Perm } } }).collections.users
      const unlock = users === true ? true : users.unlock
      return unlock === true || (typeof unlock === 'object' && unlock.permission === true)
    }
    expect(await permission(admin)).toBe(true)
    expect(await permission(editor)).toBe(false)
  })

  it('after an admin unlocks an account, its owner logs in at once', async () => {
    const { email } = await newUser(api.payload, 'editor', 'ontgrendel')
    for (let i = 1; i <= 5; i++) await answer(email, `fout-${i}`)
    expect(await answer(email, PASSWORD)).toEqual(wrongPassword)
    expect((await api.call('POST', '/api/users/unlock', { as: admin, body: { email } })).status).toBe(200)
    expect(await isLocked(email)).toBe(false)
    expect((await api.login(email, PASSWORD)).status).toBe(200)
  })
})
