import type { AddressInfo } from 'node:net'
import { ROOT } from '@hp/scripts/paths'
import { type CmsServer, ensureCmsBuild, SEED_PASSWORD, startCms } from '@hp/testing/cms-server'
import { type Started, startProcess } from '@hp/testing/process'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MONGO_URI } from './harness.ts'

/*
 * Jobs in production (docs/deploy.md, "Jobs"): one web process that runs no jobs (JOBS_AUTORUN=false)
 * and two `npm run worker` processes, all on one SQLite database and one SMTP server. One worker
 * is killed (SIGKILL, as a crashed container) in the middle of a send; every subscriber still gets
 * the issue exactly once.
 *
 * The kill is placed where SMTP makes it meaningful: the sink stops answering (holds the final
 * "250 OK" of every new message), the test waits until every message the sink did accept is
 * recorded as sent, and then kills the sending worker. Its held messages were never accepted (as
 * on a real server, a transaction without 250 is not delivered) and its claimed deliveries are left
 * `sending`: the other worker must take them over after the lease and send each once.
 */

const SUBSCRIBERS = 40
const LEASE_SECONDS = 20
const HOLD_AFTER = 8

interface Accepted {
  to: string
  messageId: string
}

/** A real SMTP server that can stop answering new messages (their 250 is held until released). */
async function startHoldingSink() {
  const accepted: Accepted[] = []
  const held: Array<(error?: Error) => void> = []
  let holding = false
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((m) => {
          if (holding) return void held.push(callback)
          const to = Array.isArray(m.to) ? m.to[0] : m.to
          accepted.push({ to: to?.value[0]?.address ?? '', messageId: m.messageId ?? '' })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    accepted,
    held,
    port: (server.server.address() as AddressInfo).port,
    hold: () => {
      holding = true
    },
    /** Stops holding; held messages get a temporary failure (a live sender retries them later). */
    release: () => {
      holding = false
      for (const reply of held.splice(0)) reply(Object.assign(new Error('Try again later'), { responseCode: 451 }))
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

function mongoDatabase(uri: string): string {
  const url = new URL(uri)
  url.pathname = `/hp_test_workers_${Date.now()}`
  return url.toString()
}

type Worker = Started

function startWorker(env: Record<string, string>): Worker {
  return startProcess('npm', ['run', '--silent', 'worker'], { cwd: ROOT, env: { ...process.env, ...env, WORKER_POLL_SECONDS: '1' } })
}

const stopWorker = (worker: Worker, signal: NodeJS.Signals = 'SIGTERM') => worker.stop(signal)

async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for: ${what}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

describe('two workers and a web process send a newsletter exactly once, also when a worker dies', () => {
  let sink: Awaited<ReturnType<typeof startHoldingSink>>
  let cms: CmsServer
  const workers: Worker[] = []
  let auth = ''

  beforeAll(async () => {
    await ensureCmsBuild()
    sink = await startHoldingSink()
    // On MongoDB too when the suite runs there (`npm run test:mongo`): a database of its own.
    const database: Record<string, string> = MONGO_URI ? { DATABASE_URI: mongoDatabase(MONGO_URI) } : {}
    cms = await startCms({
      ...database,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sink.port),
      MAIL_FROM: 'Voor Professionals <nieuwsbrief@test.example>',
      JOBS_AUTORUN: 'false',
      NEWSLETTER_AUTORUN: 'true',
      NEWSLETTER_RATE_PER_SECOND: '10',
      NEWSLETTER_LEASE_SECONDS: String(LEASE_SECONDS),
    })
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.org', password: SEED_PASSWORD }),
    })
    expect(login.status).toBe(200)
    auth = `JWT ${((await login.json()) as { token: string }).token}`
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const res = await fetch(`${cms.url}/api/subscribers`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: auth },
        body: JSON.stringify({ email: `lezer${i}@test.example`, status: 'confirmed' }),
      })
      expect(res.status, await res.clone().text()).toBe(201)
    }
    const env = { ...cms.env, NODE_ENV: 'production' }
    workers.push(startWorker(env), startWorker(env))
    for (const w of workers) await until('a worker to start', () => /running the job queues/.test(w.output()) || undefined)
  }, 900_000)

  afterAll(async () => {
    for (const w of workers) await stopWorker(w)
    await cms?.stop()
    await sink?.close()
  })

  it('kills the sending worker mid-send; the other one finishes and every subscriber has one mail', async () => {
    const issues = await fetch(`${cms.url}/api/newsletter-issues?where[_status][equals]=published&limit=1&depth=0`, {
      headers: { Authorization: auth },
    })
    const issue = ((await issues.json()) as { docs: { id: number }[] }).docs[0]
    if (!issue) throw new Error('The seed has no published newsletter issue')

    const send = await fetch(`${cms.url}/api/newsletter/issues/${issue.id}/send`, { method: 'POST', headers: { Authorization: auth } })
    expect(send.status).toBe(202)

    // A worker picks the job up (the web process only queued it).
    await until('some mail to arrive', () => (sink.accepted.length >= HOLD_AFTER ? true : undefined))
    sink.hold()
    const stats = async () =>
      (await (await fetch(`${cms.url}/api/newsletter/issues/${issue.id}/stats`, { headers: { Authorization: auth } })).json()) as {
        recipients: number
        sent: number
        pending: number
        failed: number
      }
    // Every message the sink accepted is recorded as sent: the kill lands outside the 250-to-"sent" window.
    await until('accepted messages to be recorded as sent', async () => ((await stats()).sent === sink.accepted.length ? true : undefined))
    const sending = workers.filter((w) => /Sending newsletter issue/.test(w.output()))
    expect(sending.length).toBeGreaterThan(0)
    const victim = sending[0] as Worker
    const acceptedBeforeKill = sink.accepted.length
    const killedAt = Date.now()
    await stopWorker(victim, 'SIGKILL')
    expect(victim.child.signalCode ?? victim.child.exitCode).toBeTruthy()
    sink.release()
    const midway = await stats()
    expect(midway.sent).toBeLessThan(SUBSCRIBERS)

    // The surviving worker takes the dead one's claims over after the lease.
    const done = await until(
      'every subscriber to be sent the issue',
      async () => {
        const s = await stats()
        return s.sent === SUBSCRIBERS && s.pending === 0 ? s : undefined
      },
      240_000,
    )
    const resumedAfter = (Date.now() - killedAt) / 1000
    expect(done).toMatchObject({ recipients: SUBSCRIBERS, sent: SUBSCRIBERS, failed: 0, pending: 0 })

    // Exactly one mail per subscriber, each with its own Message-ID.
    const perRecipient = new Map<string, number>()
    for (const m of sink.accepted) perRecipient.set(m.to, (perRecipient.get(m.to) ?? 0) + 1)
    const expected = Array.from({ length: SUBSCRIBERS }, (_, i) => `lezer${i}@test.example`)
    expect([...perRecipient.keys()].sort()).toEqual(expected.sort())
    const logs = () =>
      workers.map((w, i) => `--- worker ${i + 1}${w === victim ? ' (killed)' : ''}:\n${w.output().slice(-6000)}`).join('\n') +
      `\n--- web:\n${cms.log().slice(-3000)}`
    expect(
      [...perRecipient.entries()].filter(([, n]) => n !== 1),
      logs(),
    ).toEqual([])
    expect(new Set(sink.accepted.map((m) => m.messageId)).size).toBe(SUBSCRIBERS)

    // The web process sent nothing; the survivor did the rest.
    expect(cms.log()).not.toMatch(/Sending newsletter issue/)
    const survivor = workers.find((w) => w !== victim) as Worker
    expect(survivor.output()).toMatch(/Sending newsletter issue/)
    console.log(
      `worker crash test: ${acceptedBeforeKill} of ${SUBSCRIBERS} accepted before the kill; all ${SUBSCRIBERS} sent ${resumedAfter.toFixed(1)} s after it (lease ${LEASE_SECONDS} s)`,
    )
  }, 360_000)
})
