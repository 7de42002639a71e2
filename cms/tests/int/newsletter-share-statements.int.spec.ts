import { type SmtpSink, startSink } from '@hp/testing/smtp-sink'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PEER_HEADER } from '../../src/security/clientIp.ts'
import { startTestCms, type TestCms } from './harness.ts'

/*
 * What the public endpoints (newsletter sign-up, its token pages, "Deel uw tip of ervaring") cost
 * the database per request, counted, not timed. SQLite has one writer and its driver runs in the
 * web process's one thread, so every statement, and every commit above all, is time that 50
 * visitors at once wait for in turn (docs/performance.md, "Public endpoints"). These counts fail
 * when a change brings back the Local API's read-backs and lock checks on these paths, a
 * read-then-write where one statement does, or an fsync per commit.
 */
const SITE = 'http://localhost:4321'
let cms: TestCms
let sink: SmtpSink
let nl: typeof import('../../src/newsletter/index.ts')
const saved = { ...process.env }

interface Client {
  execute(statement: string | { sql: string }, ...rest: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
}
/** The SQLite adapter's libsql client: every statement Payload and our code run goes through `execute`. */
const client = () => (cms.payload.db as unknown as { client: Client }).client
const statements: string[] = []

beforeAll(async () => {
  sink = await startSink()
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_SECURE: 'false',
    SITE_URL: SITE,
    NEWSLETTER_AUTORUN: 'false',
    SITE_BUILD_HOOK_URL: '',
    // The in-process calls below play a proxy on loopback that reports each test's client address.
    TRUSTED_PROXIES: '127.0.0.1',
  })
  cms = await startTestCms('public-statements')
  nl = await import('../../src/newsletter/index.ts')
  if (cms.mongo) return
  const c = client()
  const execute = c.execute.bind(c)
  c.execute = (statement, ...rest) => {
    statements.push(typeof statement === 'string' ? statement : statement.sql)
    return execute(statement, ...rest)
  }
}, 120_000)

afterAll(async () => {
  await cms?.close()
  await sink?.close()
  process.env = saved
})

let ipCounter = 0
const freshIp = () => `10.1.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`
const call = (path: string, init: RequestInit = {}) =>
  handleEndpoints({
    config: cms.payload.config,
    request: new Request(new URL(path, 'http://localhost:3000'), {
      ...init,
      headers: { [PEER_HEADER]: '127.0.0.1', 'X-Forwarded-For': freshIp(), Origin: SITE, ...(init.headers as Record<string, string>) },
    }),
  })
const form = (fields: Record<string, string>, accept = 'application/json') => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: accept },
  body: new URLSearchParams(fields).toString(),
})

/**
 * The statements `work` runs, background work included, split into reads and writes. Pruning old
 * rate-limit rows (about one hit in 500, by chance) is upkeep, not the request's cost: left out.
 */
async function counted(work: () => Promise<Response>): Promise<{ status: number; reads: number; writes: number; sql: string[] }> {
  await nl.settled()
  statements.length = 0
  const res = await work()
  await nl.settled()
  const sql = statements.filter((s) => !/^\s*delete from "rate_limits"/i.test(s))
  const writes = sql.filter((s) => /^\s*(insert|update|delete|replace)\b/i.test(s)).length
  return { status: res.status, reads: sql.length - writes, writes, sql }
}

const tokenIn = (text: string, route: string) => {
  const token = new RegExp(`${route}\\?token=([A-Za-z0-9_-]{43})`).exec(text)?.[1]
  if (!token) throw new Error(`no ${route} link in:\n${text}`)
  return token
}

describe.skipIf(Boolean(process.env.DATABASE_URI?.startsWith('mongodb')))('public endpoints on SQLite: statements per request', () => {
  it('opens SQLite in write-ahead-log mode with synchronous=NORMAL (no fsync per commit; docs/deploy.md)', async () => {
    const journal = await client().execute('PRAGMA journal_mode')
    const synchronous = await client().execute('PRAGMA synchronous')
    expect(String(journal.rows[0]?.journal_mode)).toBe('wal')
    // 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
    expect(Number(synchronous.rows[0]?.synchronous)).toBe(1)
  })

  it('sign-up: the per-IP count, one lookup, the per-address mail count and one insert (no read-back)', async () => {
    const signUp = await counted(() => call('/api/newsletter/subscribe', form({ email: 'tellen@test.example', consent: 'on' })))
    expect(signUp.status).toBe(202)
    expect(signUp, signUp.sql.join('\n')).toMatchObject({ reads: 1, writes: 3 })
    expect(sink.messages.filter((m) => m.to === 'tellen@test.example')).toHaveLength(1)
  })

  it('confirm: the page reads twice and writes nothing; the button is one read and ONE conditional update', async () => {
    await call('/api/newsletter/subscribe', form({ email: 'bevestig@test.example', consent: 'on' }))
    await nl.settled()
    const text = sink.messages.find((m) => m.to === 'bevestig@test.example')?.text ?? ''
    const token = tokenIn(text, 'confirm')
    const page = await counted(() => call(`/api/newsletter/confirm?token=${token}`, { headers: { Accept: 'text/html' } }))
    expect(page.status).toBe(200)
    expect(page, page.sql.join('\n')).toMatchObject({ reads: 2, writes: 0 })
    const button = await counted(() => call('/api/newsletter/confirm', form({ token }, 'text/html')))
    expect(button.status).toBe(200)
    expect(button, button.sql.join('\n')).toMatchObject({ reads: 1, writes: 1 })

    const manage = tokenIn(text, 'unsubscribe')
    const leavePage = await counted(() => call(`/api/newsletter/unsubscribe?token=${manage}`, { headers: { Accept: 'text/html' } }))
    expect(leavePage.status).toBe(200)
    expect(leavePage, leavePage.sql.join('\n')).toMatchObject({ reads: 2, writes: 0 })
    const leave = await counted(() => call(`/api/newsletter/unsubscribe?token=${manage}`, { method: 'POST' }))
    expect(leave.status).toBe(200)
    expect(leave, leave.sql.join('\n')).toMatchObject({ reads: 2, writes: 1 })
    const sub = await cms.payload.db.findOne<{ id: number; status: string; unsubscribedAt?: string }>({
      collection: 'subscribers',
      where: { email: { equals: 'bevestig@test.example' } },
    })
    expect(sub).toMatchObject({ status: 'unsubscribed' })
    expect(sub?.unsubscribedAt).toBeTruthy()
  })

  it('share a tip: two limit counts, the insert and its read-back', async () => {
    const share = await counted(() =>
      call('/api/share', form({ text: 'Ik ben elke dag even langsgegaan bij mijn buurvrouw, zonder veel te vragen.', consent: 'on' })),
    )
    expect(share.status).toBe(202)
    expect(share, share.sql.join('\n')).toMatchObject({ reads: 1, writes: 3 })
  })
})

describe('public endpoints: behaviour the fewer statements must keep', () => {
  it('a confirm link works once, also when it is posted many times at once', async () => {
    await call('/api/newsletter/subscribe', form({ email: 'tegelijk@test.example', consent: 'on' }))
    await nl.settled()
    const token = tokenIn(sink.messages.find((m) => m.to === 'tegelijk@test.example')?.text ?? '', 'confirm')
    const answers = await Promise.all(Array.from({ length: 5 }, () => call('/api/newsletter/confirm', form({ token }, 'text/html'))))
    expect(answers.map((a) => a.status).sort()).toEqual([200, 410, 410, 410, 410])
    const sub = await cms.payload.db.findOne<{ id: number; status: string; confirmTokenHash?: string | null }>({
      collection: 'subscribers',
      where: { email: { equals: 'tegelijk@test.example' } },
    })
    expect(sub).toMatchObject({ status: 'confirmed', confirmTokenHash: null })
  })

  it('many sign-ups at once: every answer at once, and every address gets its one mail when the queue has run', async () => {
    const addresses = Array.from({ length: 12 }, (_, i) => `rij-${i}@test.example`)
    const answers = await Promise.all(addresses.map((email) => call('/api/newsletter/subscribe', form({ email, consent: 'on' }))))
    expect(answers.map((a) => a.status)).toEqual(addresses.map(() => 202))
    await nl.settled()
    for (const email of addresses)
      expect(
        sink.messages.filter((m) => m.to === email),
        email,
      ).toHaveLength(1)
    const stored = await cms.payload.find({
      collection: 'subscribers',
      where: { email: { in: addresses } },
      overrideAccess: true,
      pagination: false,
      depth: 0,
    })
    expect(stored.docs.map((d) => d.status)).toEqual(addresses.map(() => 'pending'))
  })
})
