import { request as httpRequest, type Server } from 'node:http'
import { type SmtpSink, startSink } from '@hp/testing/smtp-sink'
import { BasePayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PEER_HEADER } from '../../src/security/clientIp.ts'
import { contentData, createUsers, SETTINGS } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'
import { createApiServer, listen } from './http.ts'

/*
 * The abuse limits over real HTTP (the socket's address stamped as src/server.ts does), with a
 * real SMTP sink and the counters in the SQLite (or MongoDB) database. Requests leave from two
 * loopback addresses: 127.0.0.1 is an ordinary client, 127.0.0.2 is the one TRUSTED_PROXIES names.
 */
const SITE = 'http://localhost:4321'
const PROXY = '127.0.0.2'
/** NEWSLETTER_RATE_LIMIT in this suite: sign-ups per client address per 10 minutes. */
const SIGNUP_LIMIT = 5

let cms: TestCms
let api: Server
let base: string
let sink: SmtpSink
let nl: typeof import('../../src/newsletter/index.ts')
let issueId: string | number
const saved = { ...process.env }

beforeAll(async () => {
  sink = await startSink()
  api = createApiServer(() => cms?.payload)
  base = await listen(api)
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_SECURE: 'false',
    MAIL_FROM: 'Voor Professionals <nieuwsbrief@test.example>',
    SITE_URL: SITE,
    NEWSLETTER_RATE_LIMIT: String(SIGNUP_LIMIT),
    NEWSLETTER_RATE_WINDOW_SECONDS: '600',
    NEWSLETTER_AUTORUN: 'false',
    SITE_BUILD_HOOK_URL: '',
    TRUSTED_PROXIES: `${PROXY}/32`,
  })
  cms = await startTestCms('security-limits')
  nl = await import('../../src/newsletter/index.ts')
  await createUsers(cms.payload)
  await cms.payload.updateGlobal({ slug: 'site-settings', data: SETTINGS as never, overrideAccess: true })
  const issue = await cms.payload.create({
    collection: 'newsletter-issues',
    data: { ...contentData('newsletter-issues', '1', {}), _status: 'published' } as never,
    overrideAccess: true,
  })
  issueId = issue.id
}, 120_000)

afterAll(async () => {
  api?.close()
  await cms?.close()
  await sink?.close()
  process.env = saved
})

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** One HTTP request from a chosen loopback address (the address the CMS sees). */
function send(
  path: string,
  init: { method?: string; body?: unknown; form?: Record<string, string>; headers?: Record<string, string>; from?: string },
) {
  const body = init.form ? new URLSearchParams(init.form).toString() : init.body === undefined ? undefined : JSON.stringify(init.body)
  const url = new URL(path, base)
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: init.method ?? 'POST',
        localAddress: init.from ?? '127.0.0.1',
        // A new connection per request: no kept-alive socket that the server closes while idle.
        agent: false,
        headers: {
          ...(body === undefined ? {} : { 'Content-Type': init.form ? 'application/x-www-form-urlencoded' : 'application/json' }),
          ...init.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

let n = 0
const uniqueEmail = (what: string) => `${what}-${++n}@test.example`
/** A sign-up as the site's enhanced form sends it (Origin: the site), from `from` with X-Forwarded-For `xff`. */
const signUp = (email: string, opts: { from?: string; xff?: string } = {}) =>
  send('/api/newsletter/subscribe', {
    body: { email, consent: true },
    headers: { Origin: SITE, ...(opts.xff ? { 'X-Forwarded-For': opts.xff } : {}) },
    from: opts.from,
  })
const mailsTo = (email: string) => sink.messages.filter((m) => m.to === email)
const confirmLinkIn = (text: string) => text.match(/https?:\/\/\S*\/api\/newsletter\/confirm\?token=[\w-]+/)?.[0]

describe('client address: X-Forwarded-For only from TRUSTED_PROXIES', () => {
  it('a client that writes a new X-Forwarded-For on each request still meets the sign-up limit', async () => {
    const answers: number[] = []
    for (let i = 0; i < SIGNUP_LIMIT + 3; i++) answers.push((await signUp(uniqueEmail('spoof'), { xff: `198.51.100.${i}` })).status)
    await nl.settled()
    expect(answers).toEqual([...Array(SIGNUP_LIMIT).fill(202), 429, 429, 429])
  })

  it('behind the trusted proxy, each client has its own limit, read from the right of X-Forwarded-For', async () => {
    const client = (xff: string) => signUp(uniqueEmail('proxied'), { from: PROXY, xff })
    for (let i = 0; i < SIGNUP_LIMIT; i++) expect((await client('203.0.113.10')).status).toBe(202)
    const refused = await client('203.0.113.10')
    expect(refused.status).toBe(429)
    expect(JSON.parse(refused.body).error).toMatch(/^Te veel verzoeken\. Probeer het over \d+ seconden opnieuw\.$/)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    // What the client wrote left of the proxy's entry changes nothing; another client is not affected.
    expect((await client('1.2.3.4, 203.0.113.10')).status).toBe(429)
    expect((await client('203.0.113.11')).status).toBe(202)
    await nl.settled()
  })
})

describe('sign-up: at most one mail per address per 10 minutes, and the earlier link keeps working', () => {
  it('a repeat sign-up sends nothing for 10 minutes, then sends the SAME link, which confirms', async () => {
    const email = uniqueEmail('herhaal')
    const xff = (i: number) => `192.0.2.${100 + i}` // a new client each time: the per-address limit is what holds
    expect((await signUp(email, { from: PROXY, xff: xff(1) })).status).toBe(202)
    await nl.settled()
    expect(mailsTo(email)).toHaveLength(1)
    const first = confirmLinkIn(mailsTo(email)[0]?.text ?? '')
    expect(first).toBeDefined()

    for (let i = 2; i <= 6; i++) expect((await signUp(email, { from: PROXY, xff: xff(i) })).status).toBe(202)
    await nl.settled()
    expect(mailsTo(email), 'five more sign-ups within 10 minutes: no more mail').toHaveLength(1)

    // Ten minutes pass for this address's counter (the stored window is moved back).
    const counters = await cms.payload.find({
      collection: 'rate-limits',
      where: { key: { equals: `signup-mail:${email}` } },
      overrideAccess: true,
    })
    expect(counters.docs).toHaveLength(1)
    await cms.payload.update({
      collection: 'rate-limits',
      id: counters.docs[0]?.id ?? '',
      data: { windowStart: Date.now() - 10 * 60_000 - 1 } as never,
      overrideAccess: true,
    })
    expect((await signUp(email, { from: PROXY, xff: xff(7) })).status).toBe(202)
    await nl.settled()
    expect(mailsTo(email)).toHaveLength(2)
    expect(confirmLinkIn(mailsTo(email)[1]?.text ?? ''), 'the second mail carries the same link').toBe(first)

    // The link from the FIRST mail confirms.
    const token = new URL(first ?? '').searchParams.get('token') ?? ''
    const confirmed = await send('/api/newsletter/confirm', { form: { token }, from: PROXY })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body).toContain('Je aanmelding is bevestigd')
  })
})

describe('sign-up only from the site', () => {
  it('a form post from another site gets a Dutch 403 and no mail; the site itself (Origin or Referer) is accepted', async () => {
    const email = uniqueEmail('andere-site')
    const form = { email, consent: 'on' }
    const elsewhere = await send('/api/newsletter/subscribe', { form, headers: { Origin: 'https://kwaadwillend.example' }, from: PROXY })
    expect(elsewhere.status).toBe(403)
    expect(elsewhere.body).toContain('Aanmelden voor de nieuwsbrief kan alleen via het formulier op onze website.')
    const nothing = await send('/api/newsletter/subscribe', { form, from: PROXY })
    expect(nothing.status).toBe(403)
    const json = await send('/api/newsletter/subscribe', { body: { email, consent: true }, headers: { Origin: 'null' }, from: PROXY })
    expect(json.status).toBe(403)
    expect(JSON.parse(json.body)).toEqual({ error: 'Aanmelden voor de nieuwsbrief kan alleen via het formulier op onze website.' })
    await nl.settled()
    expect(mailsTo(email)).toHaveLength(0)

    const byReferer = await send('/api/newsletter/subscribe', {
      form,
      headers: { Referer: `${SITE}/voor-professionals/nieuwsbrief/`, 'X-Forwarded-For': '192.0.2.50' },
      from: PROXY,
    })
    expect(byReferer.status).toBe(303)
    await nl.settled()
    expect(mailsTo(email)).toHaveLength(1)
  })
})

describe('staff mail and login limits', () => {
  it('forgot-password: 3 requests per address per hour, then a Dutch 429', async () => {
    const forgot = (email: string, xff: string) =>
      send('/api/users/forgot-password', { body: { email }, from: PROXY, headers: { 'X-Forwarded-For': xff } })
    for (let i = 0; i < 3; i++) expect((await forgot('editor@test.example', `192.0.2.${10 + i}`)).status).toBe(200)
    const refused = await forgot('editor@test.example', '192.0.2.20')
    expect(refused.status).toBe(429)
    expect(JSON.parse(refused.body).errors[0].message).toMatch(
      /^Voor dit e-mailadres is het wachtwoord te vaak opnieuw aangevraagd\. Probeer het over \d+ minuten opnieuw\.$/,
    )
    // An unknown address is counted the same way: the answers say nothing about who has an account.
    for (let i = 0; i < 3; i++) expect((await forgot('niemand@test.example', `192.0.2.${30 + i}`)).status).toBe(200)
    expect((await forgot('niemand@test.example', '192.0.2.40')).status).toBe(429)
  })

  it('forgot-password: 10 requests per client address per hour, whatever the addresses', async () => {
    const forgot = (email: string) =>
      send('/api/users/forgot-password', { body: { email }, from: PROXY, headers: { 'X-Forwarded-For': '203.0.113.50' } })
    for (let i = 0; i < 10; i++) expect((await forgot(uniqueEmail('vergeten'))).status).toBe(200)
    const refused = await forgot(uniqueEmail('vergeten'))
    expect(refused.status).toBe(429)
    expect(JSON.parse(refused.body).errors[0].message).toContain('te veel wachtwoordherstel-aanvragen vanaf dit netwerk')
  })

  it('login: after 20 failures from one client address even the right password is refused there, not elsewhere', async () => {
    const login = (password: string, xff: string) =>
      send('/api/users/login', { body: { email: 'publisher@test.example', password }, from: PROXY, headers: { 'X-Forwarded-For': xff } })
    // Spread over unknown addresses and 4 wrong passwords for the account (its own lockout starts at 5).
    for (let i = 0; i < 20; i++) {
      const res =
        i % 5 === 0
          ? await login('fout-wachtwoord', '203.0.113.60')
          : await send('/api/users/login', {
              body: { email: uniqueEmail('onbekend'), password: 'x' },
              from: PROXY,
              headers: { 'X-Forwarded-For': '203.0.113.60' },
            })
      expect(res.status).toBe(401)
    }
    const refused = await login('test-password-123', '203.0.113.60')
    expect(refused.status).toBe(429)
    expect(JSON.parse(refused.body).errors[0].message).toMatch(
      /^Te veel mislukte inlogpogingen vanaf dit netwerk\. Probeer het over \d+ minuten opnieuw\.$/,
    )
    expect((await login('test-password-123', '203.0.113.61')).status).toBe(200)
  })

  it('login over GraphQL: every attempt counts toward the same limit', async () => {
    // The GraphQL route as Next serves it, called in-process with the header src/server.ts writes.
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const graphql = GRAPHQL_POST(cms.payload.config)
    const xff = '203.0.113.70'
    for (let i = 0; i < 20; i++) {
      const res = await graphql(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [PEER_HEADER]: PROXY, 'X-Forwarded-For': xff },
          body: JSON.stringify({ query: `mutation { loginUser(email: "${uniqueEmail('gql')}", password: "fout") { token } }` }),
        }),
      )
      const body = (await res.json()) as { data?: { loginUser: unknown }; errors?: { message: string }[] }
      expect(body.data?.loginUser ?? null).toBeNull()
      expect(body.errors?.[0]?.message).toBeTruthy()
    }
    const refused = await send('/api/users/login', {
      body: { email: 'admin@test.example', password: 'test-password-123' },
      from: PROXY,
      headers: { 'X-Forwarded-For': xff },
    })
    expect(refused.status).toBe(429)
  })

  it('test-send: 10 test mails per user per hour, then a Dutch 429', async () => {
    const { token } = await cms.payload.login({
      collection: 'users',
      data: { email: 'editor@test.example', password: 'test-password-123' },
    })
    const testSend = () =>
      send(`/api/newsletter/issues/${issueId}/test`, {
        body: { to: 'doelwit@test.example' },
        headers: { Authorization: `JWT ${token}` },
        from: PROXY,
        // A new client address each time: the limit is per user.
      })
    const before = mailsTo('doelwit@test.example').length
    for (let i = 0; i < 10; i++) expect((await testSend()).status).toBe(200)
    const refused = await testSend()
    expect(refused.status).toBe(429)
    expect(JSON.parse(refused.body).error).toMatch(
      /^Het maximum van 10 testberichten per uur is bereikt\. Probeer het over \d+ minuten opnieuw\.$/,
    )
    expect(mailsTo('doelwit@test.example').length - before).toBe(10)
  })
})

describe('limits are kept in the database', () => {
  it('counts atomically: 40 hits at once from two instances let exactly the limit through', async () => {
    const { createRateLimiter } = await import('../../src/security/rateLimit.ts')
    const limiter = createRateLimiter({ name: 'test-burst', limit: 7, windowMs: 60_000 })
    const second: Payload = await new BasePayload().init({ config: cms.payload.config })
    try {
      const decisions = await Promise.all(Array.from({ length: 40 }, (_, i) => limiter.check(i % 2 ? second : cms.payload, 'een-sleutel')))
      expect(decisions.filter((d) => d.ok)).toHaveLength(7)
      const row = await cms.payload.find({
        collection: 'rate-limits',
        where: { key: { equals: 'test-burst:een-sleutel' } },
        overrideAccess: true,
      })
      expect(row.docs[0]).toMatchObject({ count: 40 })
    } finally {
      await second.destroy()
    }
  })

  it('counters of windows that ended more than a day ago are pruned; current ones stay', async () => {
    const { hitWindow, pruneExpired, PRUNE_AFTER_MS } = await import('../../src/security/rateLimit.ts')
    const now = Date.now()
    await hitWindow(cms.payload, 'test-prune:oud', 60_000, now - PRUNE_AFTER_MS - 1)
    await hitWindow(cms.payload, 'test-prune:recent', 60_000, now - 60 * 60_000)
    await pruneExpired(cms.payload, now)
    const left = await cms.payload.find({ collection: 'rate-limits', where: { key: { like: 'test-prune:' } }, overrideAccess: true })
    expect(left.docs.map((d) => (d as unknown as { key: string }).key)).toEqual(['test-prune:recent'])
  })

  it('a second CMS instance on the same database, and one started after a restart, see the same counts', async () => {
    const email = uniqueEmail('herstart')
    expect((await signUp(email, { from: PROXY, xff: '192.0.2.200' })).status).toBe(202)
    await nl.settled()
    expect(mailsTo(email)).toHaveLength(1)
    const { LIMITS } = await import('../../src/security/limits.ts')

    // Another process on the same database: the address has had its mail.
    const second: Payload = await new BasePayload().init({ config: cms.payload.config })
    expect(await LIMITS.signupMailPerAddress.check(second, email)).toMatchObject({ ok: false })

    // Both stop (the suite's instance too: a restart); one started afterwards on the same database still refuses.
    await second.destroy()
    await cms.payload.destroy()
    const restarted: Payload = await new BasePayload().init({ config: cms.payload.config })
    try {
      expect(await LIMITS.signupMailPerAddress.check(restarted, email)).toMatchObject({ ok: false })
      expect(await LIMITS.signupMailPerAddress.check(restarted, uniqueEmail('nieuw'))).toEqual({ ok: true })
      const counter = await restarted.find({
        collection: 'rate-limits',
        where: { key: { equals: `signup-mail:${email}` } },
        overrideAccess: true,
      })
      expect(counter.docs[0]).toMatchObject({ count: 3 })
    } finally {
      await restarted.destroy()
    }
  })
})
