/**
 * Benchmark (not a test): one newsletter issue to N subscribers (default 10,000) through the real
 * path — the jobs-queue task "sendNewsletterIssue": deliveries created, claimed, sent over SMTP
 * with nodemailer, marked — into a local SMTP sink on loopback. Prints progress and
 * messages/second; with --runs > 1 the median of several runs (each on a fresh issue).
 *
 *   npm run bench:newsletter --workspace scripts -- [--subscribers 10000] [--runs 1] [--rate 100000] [--wal]
 *
 * Uses a throwaway SQLite database in the temp folder; your cms/data is not touched.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { startSmtpSink } from '../lib/smtp-sink.ts'

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '1' },
    rate: { type: 'string', default: '100000' },
    // Experiment: SQLite in WAL mode with synchronous=NORMAL (not the CMS default; see the note).
    wal: { type: 'boolean', default: false },
  },
})
const N = Number(values.subscribers)
const RUNS = Number(values.runs)

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

async function addSubscribers(payload: Payload, n: number) {
  const started = performance.now()
  for (let i = 0; i < n; i++) {
    await payload.db.create({ collection: 'subscribers', data: { email: `lezer${i}@bench.example`, status: 'confirmed' } })
    if ((i + 1) % 2000 === 0) process.stdout.write(`  subscribers: ${i + 1}/${n}\n`)
  }
  console.log(`  ${n} confirmed subscribers in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

/** A copy of a document's data without row ids (array rows get new ids when created). */
const withoutIds = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutIds)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([k]) => k !== 'id')
            .map(([k, v]) => [k, withoutIds(v)]),
        )
      : value

const dir = mkdtempSync(path.join(tmpdir(), 'hp-bench-newsletter-'))
// When the first message of a run arrived: the send phase starts after the deliveries exist.
let firstAt: number | undefined
const sink = await startSmtpSink({ onMessage: () => (firstAt ??= performance.now()) })
Object.assign(process.env, {
  PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-secret-00',
  DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  SERVER_URL: 'http://localhost:3000',
  SITE_URL: 'http://localhost:4321',
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(sink.port),
  SMTP_SECURE: 'false',
  NEWSLETTER_RATE_PER_SECOND: String(values.rate),
  NEWSLETTER_AUTORUN: 'false',
  DB_PUSH: 'false',
  NODE_ENV: process.env.BENCH_NODE_ENV ?? 'production',
})

try {
  const { getPayload } = await import('payload')
  const { default: config } = await import('@hp/cms/config')
  const { runMigrations } = await import('@hp/cms/migrate')
  const { seed } = await import('@hp/cms/seed')
  const payload = await getPayload({ config })
  await runMigrations(payload)
  if (values.wal) {
    const client = (payload.db as unknown as { client: { execute(sql: string): Promise<unknown> } }).client
    await client.execute('PRAGMA journal_mode=WAL')
    await client.execute('PRAGMA synchronous=NORMAL')
    console.log('SQLite: WAL, synchronous=NORMAL')
  }
  console.log('Seeding demo content (the issue to send) …')
  await seed(payload, { password: 'bench-password-123', siteBuilderApiKey: 'bench-site-builder-key-0123456789', log: () => {} })
  await addSubscribers(payload, N)
  const template = (
    await payload.find({
      collection: 'newsletter-issues',
      where: { _status: { equals: 'published' } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  if (!template) throw new Error('The seed has no published newsletter issue to send.')

  const rates: number[] = []
  for (let run = 1; run <= RUNS; run++) {
    // Each run sends a fresh copy of the seeded issue, so every run has N deliveries to make.
    const { createdAt: _c, updatedAt: _u, ...data } = withoutIds(template) as Record<string, unknown>
    const issue = await payload.create({
      collection: 'newsletter-issues',
      data: { ...data, number: 9000 + run, slug: String(9000 + run), title: `Benchmark ${run}`, _status: 'published' } as never,
      overrideAccess: true,
    })
    const before = sink.total()
    firstAt = undefined
    const started = performance.now()
    await payload.jobs.queue({ task: 'sendNewsletterIssue' as never, input: { issueId: String(issue.id) } as never, queue: 'newsletter' })
    const progress = setInterval(() => {
      const done = sink.total() - before
      const s = (performance.now() - started) / 1000
      process.stdout.write(`  run ${run}: ${done}/${N} sent, ${(done / s).toFixed(0)} msg/s\n`)
    }, 2000)
    await payload.jobs.run({ queue: 'newsletter', limit: 1 })
    clearInterval(progress)
    const seconds = (performance.now() - started) / 1000
    const sent = sink.total() - before
    if (sent !== N) throw new Error(`run ${run}: the sink received ${sent} messages, expected ${N}`)
    rates.push(N / seconds)
    const sendSeconds = (performance.now() - (firstAt ?? started)) / 1000
    console.log(
      `Run ${run}: ${N} messages in ${seconds.toFixed(1)} s = ${(N / seconds).toFixed(0)} messages/second end to end ` +
        `(creating the deliveries took ${(seconds - sendSeconds).toFixed(1)} s; sending alone ${(N / sendSeconds).toFixed(0)} messages/second)`,
    )
  }
  const dupes = [...sink.perRecipient.values()].filter((n) => n !== RUNS).length
  console.log(
    `\nMedian of ${RUNS} run(s): ${median(rates).toFixed(0)} messages/second; recipients with a count other than ${RUNS}: ${dupes}`,
  )
  await payload.destroy?.()
} finally {
  await sink.close()
  rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
