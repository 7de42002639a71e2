import { ROOT } from '@hp/scripts/paths'
import { type CmsServer, ensureCmsBuild, SEED_PASSWORD, startCms } from '@hp/testing/cms-server'
import { type Started, startProcess } from '@hp/testing/process'
import { type SmtpSink, startSink } from '@hp/testing/smtp-sink'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/*
 * Two workers share one send (docs/deploy.md, "Jobs"): a web process that runs no jobs
 * (JOBS_AUTORUN=false) queues NEWSLETTER_SEND_JOBS=2 send jobs for the issue; two `npm run worker`
 * processes on one SQLite file each run one and claim batches of the issue's deliveries until none
 * are left. Both send part of the mails, and every subscriber gets exactly one.
 *
 * The pace (NEWSLETTER_RATE_PER_SECOND per worker) keeps one worker busy for ~20 s on its own,
 * while the other picks up its job within a poll (1 s) and the first has claimed only 50–100 of
 * the 150 deliveries by then (a worker claims 50 at a time, the next 50 when it runs low).
 */

const SUBSCRIBERS = 150
const RATE = 4

interface Delivery {
  status: string
  claimedBy?: string | null
  subscriber: number
}

async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for: ${what}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

describe('two workers share the send of one issue', () => {
  let sink: SmtpSink
  let cms: CmsServer
  const workers: Started[] = []
  let auth = ''

  const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${cms.url}${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', Authorization: auth, ...init.headers },
    })
    expect(res.status, `${path}: ${await res.clone().text()}`).toBeLessThan(300)
    return (await res.json()) as T
  }

  beforeAll(async () => {
    await ensureCmsBuild()
    sink = await startSink()
    cms = await startCms({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sink.port),
      MAIL_FROM: 'Voor Professionals <nieuwsbrief@test.example>',
      JOBS_AUTORUN: 'false',
      NEWSLETTER_AUTORUN: 'true',
      NEWSLETTER_RATE_PER_SECOND: String(RATE),
      NEWSLETTER_SEND_JOBS: '2',
    })
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.org', password: SEED_PASSWORD }),
    })
    expect(login.status).toBe(200)
    auth = `JWT ${((await login.json()) as { token: string }).token}`
    // Only these subscribers are confirmed (the seed may have its own).
    await api('/api/subscribers?where[status][equals]=confirmed', { method: 'PATCH', body: JSON.stringify({ status: 'unsubscribed' }) })
    for (let i = 0; i < SUBSCRIBERS; i += 10)
      await Promise.all(
        Array.from({ length: Math.min(10, SUBSCRIBERS - i) }, (_, j) =>
          api('/api/subscribers', { method: 'POST', body: JSON.stringify({ email: `deler${i + j}@test.example`, status: 'confirmed' }) }),
        ),
      )
    const env = { ...cms.env, NODE_ENV: 'production' as const, WORKER_POLL_SECONDS: '1' }
    workers.push(
      startProcess('npm', ['run', '--silent', 'worker'], { cwd: ROOT, env: { ...process.env, ...env } }),
      startProcess('npm', ['run', '--silent', 'worker'], { cwd: ROOT, env: { ...process.env, ...env } }),
    )
    for (const w of workers) await until('a worker to start', () => (/running the job queues/.test(w.output()) ? true : undefined), 300_000)
  }, 900_000)

  afterAll(async () => {
    for (const w of workers) await w.stop()
    await cms?.stop()
    await sink?.close()
  })

  it('both workers send part of the issue; every subscriber gets it exactly once', async () => {
    const issue = (await api<{ docs: { id: number }[] }>('/api/newsletter-issues?where[_status][equals]=published&limit=1&depth=0')).docs[0]
    if (!issue) throw new Error('The seed has no published newsletter issue')
    await api(`/api/newsletter/issues/${issue.id}/send`, { method: 'POST' })

    const stats = () =>
      api<{ recipients: number; sent: number; pending: number; failed: number }>(`/api/newsletter/issues/${issue.id}/stats`)
    const done = await until(
      'every subscriber to be sent the issue',
      async () => {
        const s = await stats()
        return s.recipients === SUBSCRIBERS && s.sent === SUBSCRIBERS && s.pending === 0 ? s : undefined
      },
      300_000,
    )
    expect(done).toMatchObject({ recipients: SUBSCRIBERS, sent: SUBSCRIBERS, failed: 0, pending: 0 })

    // Exactly one mail per subscriber, each with its own Message-ID.
    const perRecipient = new Map<string, number>()
    for (const m of sink.messages) perRecipient.set(m.to, (perRecipient.get(m.to) ?? 0) + 1)
    const expected = Array.from({ length: SUBSCRIBERS }, (_, i) => `deler${i}@test.example`).sort()
    expect([...perRecipient.keys()].sort()).toEqual(expected)
    expect([...perRecipient.entries()].filter(([, n]) => n !== 1)).toEqual([])
    expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(SUBSCRIBERS)

    // Which process claimed each delivery (`host:pid/n`): both workers, nobody else.
    const pids = workers.map((w) => /Worker (\d+) running the job queues/.exec(w.output())?.[1])
    const deliveries = (await api<{ docs: Delivery[] }>(`/api/deliveries?where[issue][equals]=${issue.id}&limit=1000&depth=0`)).docs
    expect(deliveries).toHaveLength(SUBSCRIBERS)
    const byWorker = pids.map((pid) => deliveries.filter((d) => d.claimedBy?.match(/:(\d+)\/\d+$/)?.[1] === pid).length)
    const logs = () => workers.map((w, i) => `--- worker ${i + 1} (pid ${pids[i]}):\n${w.output().slice(-4000)}`).join('\n')
    expect(byWorker[0], logs()).toBeGreaterThan(0)
    expect(byWorker[1], logs()).toBeGreaterThan(0)
    expect((byWorker[0] ?? 0) + (byWorker[1] ?? 0)).toBe(SUBSCRIBERS)
    for (const w of workers) expect(w.output()).toMatch(new RegExp(`Sending newsletter issue ${issue.id}`))
    expect(cms.log()).not.toMatch(/Sending newsletter issue/)

    // "Verstuur" is one entry in the audit log, however many jobs share the send.
    const audit = await api<{ totalDocs: number }>(
      `/api/audit-log?where[and][0][action][equals]=sent&where[and][1][docId][equals]=${issue.id}&limit=1`,
    )
    expect(audit.totalDocs).toBe(1)
    console.log(`two workers: ${byWorker.join(' + ')} of ${SUBSCRIBERS} deliveries`)
  }, 400_000)
})
