import { type Caught, type SmtpSink, startSink } from '@hp/testing/smtp-sink'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PEER_HEADER } from '../../src/security/clientIp.ts'
import { contentData, createUsers, SETTINGS, type TestRole } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

// The whole newsletter against a real SMTP server on loopback; REST calls go in-process.

let cms: TestCms
let sink: SmtpSink
const tempFail = new Set<string>()
const saved = { ...process.env }
/** NEWSLETTER_RATE_LIMIT in this suite: sign-ups per IP per window, failed token attempts on the token pages. */
const RATE_LIMIT = 5
let nl: typeof import('../../src/newsletter/index.ts')

beforeAll(async () => {
  sink = await startSink((rcpt) => {
    if (rcpt.startsWith('kapot')) return { code: 550, message: 'Mailbox unavailable' }
    if (tempFail.delete(rcpt)) return { code: 451, message: 'Try again later' }
    return undefined
  })
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_SECURE: 'false',
    MAIL_FROM: 'Voor Professionals <nieuwsbrief@test.example>',
    SITE_URL: 'http://localhost:4321',
    NEWSLETTER_RATE_LIMIT: String(RATE_LIMIT),
    NEWSLETTER_RATE_WINDOW_SECONDS: '600',
    NEWSLETTER_RATE_PER_SECOND: '100000',
    NEWSLETTER_AUTORUN: 'false',
    // The in-process calls below play a proxy on loopback that reports each test's client address.
    TRUSTED_PROXIES: '127.0.0.1',
  })
  cms = await startTestCms('newsletter')
  nl = await import('../../src/newsletter/index.ts')
  await createUsers(cms.payload)
  await cms.payload.updateGlobal({ slug: 'site-settings', data: SETTINGS as never, overrideAccess: true })
})
afterAll(async () => {
  await cms?.close()
  await sink?.close()
  process.env = saved
})

let ipCounter = 0
/** Each test gets its own client IP, so only the rate-limit tests meet the limit. */
const freshIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`

/**
 * A request as it reaches the CMS from the site's page (Origin) through a trusted proxy on
 * loopback (the peer header src/server.ts writes, and X-Forwarded-For with the client address).
 */
const call = (path: string, init: RequestInit & { ip?: string } = {}) =>
  handleEndpoints({
    config: cms.payload.config,
    request: new Request(new URL(path, 'http://localhost:3000'), {
      ...init,
      headers: {
        [PEER_HEADER]: '127.0.0.1',
        'X-Forwarded-For': init.ip ?? freshIp(),
        Origin: 'http://localhost:4321',
        ...(init.headers as Record<string, string>),
      },
    }),
  })
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
})
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
})
const jwt = async (role: TestRole) => {
  const { token } = await cms.payload.login({ collection: 'users', data: { email: `${role}@test.example`, password: 'test-password-123' } })
  return { Authorization: `JWT ${token}` }
}

const subscriber = async (email: string) =>
  (await cms.payload.find({ collection: 'subscribers', where: { email: { equals: email } }, overrideAccess: true })).docs[0] as
    | (Record<string, unknown> & { id: number | string; status: string })
    | undefined

async function signUp(email: string, extra: Record<string, string> = {}) {
  const res = await call('/api/newsletter/subscribe', json({ email, consent: true, ...extra }))
  await nl.settled()
  return res
}
const mailsTo = (email: string) => sink.messages.filter((m) => m.to === email)
const lastMailTo = (email: string) => mailsTo(email).at(-1)
const linkIn = (text: string, path: string) => {
  const match = text.match(new RegExp(`https?://\\S*${path}\\?token=[A-Za-z0-9_%-]+`))
  if (!match) throw new Error(`no ${path} link in:\n${text}`)
  return match[0]
}
const expectUnsubscribeHeaders = (m: Caught) => {
  expect(String(m.headers.get('list-unsubscribe'))).toMatch(/^<https?:\/\/[^>]+\/api\/newsletter\/unsubscribe\?token=[\w-]+>$/)
  expect(m.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
}

async function confirmed(email: string) {
  await signUp(email)
  const url = linkIn(lastMailTo(email)?.text ?? '', '/api/newsletter/confirm')
  const token = new URL(url).searchParams.get('token') ?? ''
  const res = await call('/api/newsletter/confirm', form({ token }))
  expect(res.status).toBe(200)
}

async function publishedIssue(n: number) {
  return cms.payload.create({
    collection: 'newsletter-issues',
    data: { ...contentData('newsletter-issues', String(n), {}), _status: 'published' } as never,
    overrideAccess: true,
  })
}

describe('sign-up and double opt-in', () => {
  it('sends a confirmation mail; GET on the link shows a button and confirms nothing; POST confirms once', async () => {
    const email = 'anna@test.example'
    const res = await signUp(email, { sector: 'onderwijs', source: 'nieuwsbrief-archief' })
    expect(res.status).toBe(202)
    const mail = lastMailTo(email)
    expect(mail?.subject).toBe('Bevestig je aanmelding voor de nieuwsbrief')
    if (!mail) throw new Error('no confirmation mail')
    expectUnsubscribeHeaders(mail)
    const url = linkIn(mail.text, '/api/newsletter/confirm')
    const token = new URL(url).searchParams.get('token') ?? ''

    const page = await call(url)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('Aanmelding bevestigen')
    expect(html).not.toContain('<script')
    expect((await subscriber(email))?.status).toBe('pending')

    const ok = await call('/api/newsletter/confirm', form({ token }))
    expect(ok.status).toBe(200)
    expect(await ok.text()).toContain('Je aanmelding is bevestigd')
    const sub = await subscriber(email)
    expect(sub).toMatchObject({
      status: 'confirmed',
      sector: 'onderwijs',
      consentTextVersion: nl.CONSENT_VERSION,
      consentSource: 'nieuwsbrief-archief',
    })
    expect(sub?.consentAt).toBeTruthy()
    expect(sub?.confirmedAt).toBeTruthy()
    // Only the hash is stored.
    expect(JSON.stringify(sub)).not.toContain(token)

    const reused = await call('/api/newsletter/confirm', form({ token }))
    expect(reused.status).toBe(410)
    expect(await reused.text()).toContain('Deze link werkt niet meer')
  })

  it('refuses an expired confirmation link (GET and POST) and leaves the address pending', async () => {
    const email = 'verlopen@test.example'
    await signUp(email)
    const token = new URL(linkIn(lastMailTo(email)?.text ?? '', '/api/newsletter/confirm')).searchParams.get('token') ?? ''
    const sub = await subscriber(email)
    await cms.payload.update({
      collection: 'subscribers',
      id: sub?.id ?? 0,
      data: { confirmTokenExpiresAt: new Date(Date.now() - 1000).toISOString() } as never,
      overrideAccess: true,
    })
    expect((await call(`/api/newsletter/confirm?token=${token}`)).status).toBe(410)
    const res = await call('/api/newsletter/confirm', form({ token }))
    expect(res.status).toBe(410)
    expect(await res.text()).toContain('verlopen of al gebruikt')
    expect((await subscriber(email))?.status).toBe('pending')
  })

  it('answers identically for new, pending, confirmed and unsubscribed addresses (JSON and form)', async () => {
    await confirmed('bevestigd@test.example')
    await signUp('wachtend@test.example')
    await confirmed('weg@test.example')
    await cms.payload.update({
      collection: 'subscribers',
      where: { email: { equals: 'weg@test.example' } },
      data: { status: 'unsubscribed' } as never,
      overrideAccess: true,
    })
    const addresses = ['nieuw@test.example', 'wachtend@test.example', 'bevestigd@test.example', 'weg@test.example']
    const answers = await Promise.all(
      addresses.map(async (email) => {
        const j = await call('/api/newsletter/subscribe', json({ email, consent: true }))
        const f = await call('/api/newsletter/subscribe', form({ email, consent: 'on' }))
        return {
          status: j.status,
          body: await j.text(),
          formStatus: f.status,
          location: f.headers.get('location'),
          formBody: await f.text(),
        }
      }),
    )
    await nl.settled()
    for (const a of answers) expect(a).toEqual(answers[0])
    expect(answers[0]).toMatchObject({
      status: 202,
      formStatus: 303,
      location: 'http://localhost:4321/voor-professionals/nieuwsbrief/bedankt/',
    })
    // A confirmed subscriber stays confirmed. The others had their mail within the last 10 minutes
    // (at most one per address per 10 minutes): nothing changes and nothing is sent.
    expect((await subscriber('bevestigd@test.example'))?.status).toBe('confirmed')
    expect((await subscriber('weg@test.example'))?.status).toBe('unsubscribed')
    expect(mailsTo('nieuw@test.example')).toHaveLength(1)
    expect(mailsTo('wachtend@test.example')).toHaveLength(1)
  })

  it('refuses bad input with clear Dutch errors and ignores a filled honeypot', async () => {
    const res = await call('/api/newsletter/subscribe', json({ email: 'geen-adres', sector: 'bakkerij' }))
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: Record<string, string> }
    expect(body.errors).toEqual({
      email: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
      sector: 'Kies een sector uit de lijst, of laat dit veld leeg.',
      consent: 'Vink aan dat je de nieuwsbrief wilt ontvangen.',
    })
    const formRes = await call('/api/newsletter/subscribe', form({ email: '' }))
    expect(formRes.status).toBe(400)
    expect(await formRes.text()).toContain('Vul je e-mailadres in.')

    const bot = await signUp('bot@test.example', { website: 'http://spam.example' })
    expect(bot.status).toBe(202)
    expect(await subscriber('bot@test.example')).toBeUndefined()
    expect(mailsTo('bot@test.example')).toHaveLength(0)
  })
})

describe('sending an issue', () => {
  it('sends a published issue to confirmed subscribers only, as HTML and text with one-click headers', async () => {
    await confirmed('lezer@test.example')
    await signUp('nog-niet@test.example')
    const issue = await publishedIssue(1)
    const before = sink.messages.length

    expect((await call(`/api/newsletter/issues/${issue.id}/send`, { method: 'POST', headers: await jwt('editor') })).status).toBe(403)
    const res = await call(`/api/newsletter/issues/${issue.id}/send`, { method: 'POST', headers: await jwt('publisher') })
    expect(res.status).toBe(202)
    let stats = await nl.deliveryStats(cms.payload, issue.id)
    for (let i = 0; i < 200 && (stats.recipients === 0 || stats.pending > 0); i++) {
      await new Promise((r) => setTimeout(r, 50))
      stats = await nl.deliveryStats(cms.payload, issue.id)
    }
    const confirmedCount = (
      await cms.payload.count({ collection: 'subscribers', where: { status: { equals: 'confirmed' } }, overrideAccess: true })
    ).totalDocs
    expect(stats).toMatchObject({ recipients: confirmedCount, sent: confirmedCount, failed: 0, pending: 0 })

    const sent = sink.messages.slice(before)
    expect(sent.map((m) => m.to).sort()).toEqual(
      (
        await cms.payload.find({
          collection: 'subscribers',
          where: { status: { equals: 'confirmed' } },
          overrideAccess: true,
          pagination: false,
        })
      ).docs
        .map((s) => (s as unknown as { email: string }).email)
        .sort(),
    )
    expect(sent.some((m) => m.to === 'nog-niet@test.example')).toBe(false)
    for (const m of sent) {
      expectUnsubscribeHeaders(m)
      expect(m.subject).toBe(issue.title)
      expect(m.html).toContain('lang="nl"')
      expect(m.html).toContain('http://localhost:4321/voor-professionals/nieuwsbrief/1/')
      expect(m.text).toContain('Afmelden: http://localhost:3000/api/newsletter/unsubscribe?token=')
      expect(m.messageId).toMatch(new RegExp(`^<nl-${issue.id}-\\d+@localhost>$`))
    }
    // Sending again sends nobody twice.
    await nl.sendIssue(cms.payload, await nl.prepareIssue(cms.payload, issue.id, 'http://localhost:3000'), {
      mailer: nl.sharedMailer(smtp()),
      settings: settings(),
    })
    expect(sink.messages.length - before).toBe(sent.length)
  })

  it('GET on the unsubscribe link changes nothing; the one-click POST unsubscribes at once', async () => {
    const m = lastMailTo('lezer@test.example')
    if (!m) throw new Error('no issue mail')
    const url = String(m.headers.get('list-unsubscribe')).slice(1, -1)
    const page = await call(url)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Afmelden')
    expect((await subscriber('lezer@test.example'))?.status).toBe('confirmed')

    // RFC 8058: POST to the header's URL with this body, no cookies, no login.
    const res = await call(url, form({ 'List-Unsubscribe': 'One-Click' }))
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('Je bent afgemeld')
    expect(await subscriber('lezer@test.example')).toMatchObject({ status: 'unsubscribed' })
  })

  it('the data link downloads the subscriber data as JSON and deletes it', async () => {
    const m = lastMailTo('lezer@test.example')
    const url = linkIn(m?.text ?? '', '/api/newsletter/data')
    expect((await call(url)).status).toBe(200)
    const download = await call(url, form({ action: 'download' }))
    expect(download.headers.get('content-disposition')).toContain('attachment')
    const data = (await download.json()) as { email: string; verzendingen: unknown[] }
    expect(data.email).toBe('lezer@test.example')
    expect(data.verzendingen).toHaveLength(1)
    expect((await call(url, form({ action: 'delete' }))).status).toBe(200)
    expect(await subscriber('lezer@test.example')).toBeUndefined()
    expect((await call(url)).status).toBe(410)
  })

  it('retries a temporary SMTP failure and records a permanent one', async () => {
    await confirmed('tijdelijk@test.example')
    // The sink refuses every mail to kapot@, so this one is added by an admin.
    await cms.payload.create({
      collection: 'subscribers',
      data: { email: 'kapot@test.example', status: 'confirmed' } as never,
      overrideAccess: true,
    })
    const issue = await publishedIssue(2)
    tempFail.add('tijdelijk@test.example')
    await nl.enqueueDeliveries(cms.payload, issue.id)
    const report = await nl.sendIssue(cms.payload, await nl.prepareIssue(cms.payload, issue.id, 'http://localhost:3000'), {
      mailer: nl.sharedMailer(smtp()),
      settings: settings(),
      backoffMs: () => 20,
    })
    expect(report.retried).toBe(1)
    expect(report.failed).toBe(1)
    expect(mailsTo('tijdelijk@test.example').filter((x) => x.subject === issue.title)).toHaveLength(1)
    const failed = await cms.payload.find({ collection: 'deliveries', where: { status: { equals: 'failed' } }, overrideAccess: true })
    expect(failed.docs).toHaveLength(1)
    expect(String((failed.docs[0] as unknown as { lastError: string }).lastError)).toContain('550')
    expect(await nl.deliveryStats(cms.payload, issue.id)).toMatchObject({ failed: 1, pending: 0 })
  })

  it('staff preview the issue as e-mail and send a test to one address; anonymous callers cannot', async () => {
    const issue = await publishedIssue(3)
    expect((await call(`/api/newsletter/issues/${issue.id}/preview`)).status).toBe(401)
    const preview = await call(`/api/newsletter/issues/${issue.id}/preview`, { headers: await jwt('editor') })
    expect(preview.status).toBe(200)
    expect(await preview.text()).toContain(issue.title)
    const res = await call(`/api/newsletter/issues/${issue.id}/test`, json({ to: 'redactie@test.example' }, await jwt('editor')))
    expect(res.status).toBe(200)
    expect(lastMailTo('redactie@test.example')?.subject).toBe(`[TEST] ${issue.title}`)
  })
  it('two enqueues of one issue at once create one delivery per subscriber', async () => {
    const issue = await publishedIssue(7)
    const [a, b] = await Promise.all([nl.enqueueDeliveries(cms.payload, issue.id), nl.enqueueDeliveries(cms.payload, issue.id)])
    const confirmedCount = (
      await cms.payload.count({ collection: 'subscribers', where: { status: { equals: 'confirmed' } }, overrideAccess: true })
    ).totalDocs
    expect(a + b).toBe(confirmedCount)
    expect((await nl.deliveryStats(cms.payload, issue.id)).recipients).toBe(confirmedCount)
  })

  it('a send job left "processing" by a dead process is resumed at start-up', async () => {
    const issue = await publishedIssue(6)
    const job = await cms.payload.jobs.queue({
      task: 'sendNewsletterIssue' as never,
      input: { issueId: String(issue.id) } as never,
      queue: 'newsletter',
    })
    // The process died while running it: Payload itself never picks up a processing job again.
    await cms.payload.update({
      collection: 'payload-jobs',
      id: (job as unknown as { id: number | string }).id,
      data: { processing: true } as never,
      overrideAccess: true,
    })
    await cms.payload.jobs.run({ queue: 'newsletter' })
    expect((await nl.deliveryStats(cms.payload, issue.id)).recipients).toBe(0)

    expect(await nl.resumeInterruptedSends(cms.payload)).toBe(1)
    await cms.payload.jobs.run({ queue: 'newsletter' })
    const stats = await nl.deliveryStats(cms.payload, issue.id)
    expect(stats.recipients).toBeGreaterThan(0)
    expect(stats).toMatchObject({ pending: 0, sent: stats.recipients - stats.failed })
  })
})

describe('rate limits', () => {
  // Sign-up counts every request; the token pages count only failed tokens (token=x is invalid).
  for (const [name, path, init] of [
    ['sign-up', '/api/newsletter/subscribe', () => json({ email: 'x@test.example', consent: true })],
    ['confirm (invalid token)', '/api/newsletter/confirm?token=x', () => ({})],
    ['unsubscribe (invalid token)', '/api/newsletter/unsubscribe?token=x', () => ({ method: 'POST' })],
    ['data (invalid token)', '/api/newsletter/data?token=x', () => ({})],
  ] as const) {
    it(`${name}: the request after the limit answers 429 with Retry-After`, async () => {
      const ip = `192.0.2.${ipCounter++ % 250}`
      for (let i = 0; i < RATE_LIMIT; i++) expect((await call(path, { ...init(), ip })).status).not.toBe(429)
      const res = await call(path, { ...init(), ip })
      expect(res.status).toBe(429)
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
      // Another address is not affected.
      expect((await call(path, { ...init(), ip: '198.51.100.1' })).status).not.toBe(429)
      await nl.settled()
    })
  }

  /** A syntactically valid manage/confirm token that belongs to nobody. */
  const unknownToken = (i: number) => `${'A'.repeat(40)}${String(i).padStart(3, '0')}`
  const unsubscribeUrl = (email: string) => String(lastMailTo(email)?.headers.get('list-unsubscribe')).slice(1, -1)

  it('unsubscribe: 30 valid one-click POSTs from one mail-provider IP all succeed; only invalid tokens count', async () => {
    const provider = '203.0.113.25'
    const emails = Array.from({ length: 30 }, (_, i) => `klik${i}@test.example`)
    for (const email of emails) await confirmed(email)
    for (const email of emails) {
      const res = await call(unsubscribeUrl(email), { ...form({ 'List-Unsubscribe': 'One-Click' }), ip: provider })
      expect(res.status).toBe(200)
      expect(await res.text()).toContain('Je bent afgemeld')
    }
    for (const email of emails) expect((await subscriber(email))?.status).toBe('unsubscribed')
    // Repeats (a provider retrying) and GETs of the page are valid too and count nothing.
    for (const email of emails.slice(0, 10)) {
      expect((await call(unsubscribeUrl(email), { ...form({ 'List-Unsubscribe': 'One-Click' }), ip: provider })).status).toBe(200)
      expect((await call(unsubscribeUrl(email), { ip: provider })).status).toBe(200)
    }

    // Token guessing from the same IP: RATE_LIMIT failures are answered, then 429.
    for (let i = 0; i < RATE_LIMIT; i++)
      expect((await call(`/api/newsletter/unsubscribe?token=${unknownToken(i)}`, { method: 'POST', ip: provider })).status).toBe(410)
    const refused = await call(`/api/newsletter/unsubscribe?token=${unknownToken(99)}`, { method: 'POST', ip: provider })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)

    // Chosen: a blocked IP gets 429 before its token is looked up, a valid token included. Letting
    // valid tokens through would tell a blocked guesser which guess hit. The subscriber can retry
    // after Retry-After, or from another connection.
    await confirmed('geblokkeerd@test.example')
    const url = unsubscribeUrl('geblokkeerd@test.example')
    const blocked = await call(url, { ...form({ 'List-Unsubscribe': 'One-Click' }), ip: provider })
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await subscriber('geblokkeerd@test.example'))?.status).toBe('confirmed')
    expect((await call(url, form({ 'List-Unsubscribe': 'One-Click' }))).status).toBe(200)
    expect((await subscriber('geblokkeerd@test.example'))?.status).toBe('unsubscribed')
  })

  it('confirm and data: valid tokens from one IP never count; used tokens do', async () => {
    const ip = '203.0.113.26'
    const emails = Array.from({ length: RATE_LIMIT * 2 }, (_, i) => `samen${i}@test.example`)
    const tokens: string[] = []
    for (const email of emails) {
      await signUp(email)
      const token = new URL(linkIn(lastMailTo(email)?.text ?? '', '/api/newsletter/confirm')).searchParams.get('token') ?? ''
      tokens.push(token)
      expect((await call(`/api/newsletter/confirm?token=${token}`, { ip })).status).toBe(200)
      expect((await call('/api/newsletter/confirm', { ...form({ token }), ip })).status).toBe(200)
      expect((await call(linkIn(lastMailTo(email)?.text ?? '', '/api/newsletter/data'), { ip })).status).toBe(200)
    }
    for (const email of emails) expect((await subscriber(email))?.status).toBe('confirmed')
    // A used confirmation token is a failed attempt.
    for (const token of tokens.slice(0, RATE_LIMIT))
      expect((await call('/api/newsletter/confirm', { ...form({ token }), ip })).status).toBe(410)
    const res = await call('/api/newsletter/confirm', { ...form({ token: tokens[RATE_LIMIT] ?? '' }), ip })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    // Each token page has its own limiter: the data page still answers this IP.
    expect((await call(linkIn(lastMailTo(emails[0] ?? '')?.text ?? '', '/api/newsletter/data'), { ip })).status).toBe(200)
  })
})

const settings = () => nl.newsletterSettings(cmsEnv())
const smtp = () => settings().smtp
const cmsEnv = () => nl.readNewsletterEnv()

describe('a crash in the middle of a send', () => {
  it('a crash after the server accepted a message but before it was marked resends it with the same Message-ID', async () => {
    const issue = await publishedIssue(5)
    const prepared = await nl.prepareIssue(cms.payload, issue.id, 'http://localhost:3000')
    await cms.payload.update({
      collection: 'subscribers',
      where: { status: { equals: 'confirmed' } },
      data: { status: 'unsubscribed' } as never,
      overrideAccess: true,
    })
    await cms.payload.create({
      collection: 'subscribers',
      data: { email: 'venster@test.example', status: 'confirmed' } as never,
      overrideAccess: true,
    })
    await nl.enqueueDeliveries(cms.payload, issue.id)
    const real = nl.smtpMailer(smtp())
    // Sends, then "dies" before the delivery is marked sent.
    const dying: typeof real = { send: (m) => real.send(m).then(() => new Promise(() => {})), close: () => {} }
    void nl.sendIssue(cms.payload, prepared, { mailer: dying, settings: settings(), concurrency: 1 })
    while (mailsTo('venster@test.example').length < 1) await new Promise((r) => setTimeout(r, 20))
    await new Promise((r) => setTimeout(r, 300))
    await nl.sendIssue(cms.payload, prepared, { mailer: real, settings: settings(), leaseMs: 200 })
    const copies = mailsTo('venster@test.example')
    expect(copies).toHaveLength(2)
    expect(copies[0]?.messageId).toBe(copies[1]?.messageId)
    real.close()
  })

  // 1,000 subscribers through the Local API: on a busy 2-core machine that alone takes ~100 s.
  it('restarting after a crash sends each of 1,000 subscribers exactly once', async () => {
    await cms.payload.update({
      collection: 'subscribers',
      where: { status: { equals: 'confirmed' } },
      data: { status: 'unsubscribed' } as never,
      overrideAccess: true,
    })
    for (let i = 0; i < 1000; i++)
      await cms.payload.create({
        collection: 'subscribers',
        data: { email: `massa${i}@test.example`, status: 'confirmed' } as never,
        overrideAccess: true,
        depth: 0,
      })
    const issue = await publishedIssue(4)
    const prepared = await nl.prepareIssue(cms.payload, issue.id, 'http://localhost:3000')
    await nl.enqueueDeliveries(cms.payload, issue.id)
    const real = nl.smtpMailer(smtp())
    const before = sink.messages.length

    // The "killed" worker: after 300 messages every further SMTP transaction never completes,
    // as when the process dies mid-transaction; its claimed rows stay `sending`.
    let sends = 0
    const dying: typeof real = { send: (m) => (++sends > 300 ? new Promise(() => {}) : real.send(m)), close: () => {} }
    void nl.sendIssue(cms.payload, prepared, { mailer: dying, settings: settings(), concurrency: 8 })
    while (sink.messages.length - before < 300) await new Promise((r) => setTimeout(r, 20))
    await new Promise((r) => setTimeout(r, 300))
    const midway = await nl.deliveryStats(cms.payload, issue.id)
    expect(midway.sent).toBe(300)
    expect(midway.pending).toBe(700)

    // Restart: a new worker takes over the dead worker's claims after the lease.
    const report = await nl.sendIssue(cms.payload, prepared, { mailer: real, settings: settings(), concurrency: 8, leaseMs: 200 })
    expect(report.sent).toBe(700)
    const perRecipient = new Map<string, number>()
    for (const m of sink.messages.slice(before)) perRecipient.set(m.to, (perRecipient.get(m.to) ?? 0) + 1)
    expect(perRecipient.size).toBe(1000)
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true)
    expect(await nl.deliveryStats(cms.payload, issue.id)).toMatchObject({ recipients: 1000, sent: 1000, pending: 0, failed: 0 })
    real.close()
  }, 300_000)
})
