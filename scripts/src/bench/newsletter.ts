/**
 * Benchmark (not a test): one newsletter issue to N subscribers (default 10,000) through the real
 * path — the jobs-queue task "sendNewsletterIssue": deliveries created, claimed, sent over SMTP
 * with nodemailer, marked — into a local SMTP sink on loopback. Prints progress and
 * messages/second; with --runs > 1 the median of several runs (each on a fresh issue).
 *
 *   npm run bench:newsletter --workspace scripts -- [--subscribers 10000] [--runs 1] [--rate 100000] [--wal] [--workers 2]
 *
 * Without --workers the send job runs inside this process (`payload.jobs.run`). With --workers K
 * it runs as in production: K real `npm run worker` processes (JOBS_AUTORUN=false, one SQLite
 * file, one sink), started fresh for each run; "Verstuur" is played by queueing
 * NEWSLETTER_SEND_JOBS (default 2) send jobs. Every round runs 1, 2, … K workers, in reverse order
 * every other round (interleaved), and reports per worker count the median msg/s, duplicates, and
 * how many deliveries each worker process claimed.
 *
 * Uses a throwaway SQLite database in the temp folder; your cms/data is not touched.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { npmServe, stopGroup } from '../lib/run.ts'
import { startSmtpSink } from '../lib/smtp-sink.ts'

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '1' },
    rate: { type: 'string', default: '100000' },
    // Experiment: SQLite in WAL mode with synchronous=NORMAL (not the CMS default; see the note).
    wal: { type: 'boolean', default: false },
    // Real worker processes: compare 1 … K of them in the same run.
    workers: { type: 'string' },
  },
})
const N = Number(values.subscribers)
const RUNS = Number(values.runs)
const WORKERS = values.workers === undefined ? 0 : Number(values.workers)
if (!Number.isInteger(WORKERS) || WORKERS < 0 || WORKERS > 8) throw new Error('--workers: a number from 1 to 8')
const SEND_JOBS = Number(process.env.NEWSLETTER_SEND_JOBS ?? 2)
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')

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

interface WorkerRun {
  workers: number
  endToEnd: number
  sendingAlone: number
  duplicates: number
  claims: number[]
  load: string
}

/** Starts K `npm run worker` processes and waits until each runs its queues. */
async function startWorkers(k: number) {
  const env = {
    NODE_ENV: 'production',
    JOBS_AUTORUN: 'false',
    WORKER_POLL_SECONDS: '0.5',
    NEWSLETTER_SEND_JOBS: String(SEND_JOBS),
  }
  const started = Array.from({ length: k }, () => {
    const child = npmServe(['run', '--silent', 'worker'], env)
    let output = ''
    child.stdout?.on('data', (d: Buffer) => {
      output += String(d)
    })
    child.stderr?.on('data', (d: Buffer) => {
      output += String(d)
    })
    return { child, output: () => output }
  })
  const deadline = Date.now() + 300_000
  for (const w of started) {
    while (!/running the job queues/.test(w.output())) {
      if (w.child.exitCode !== null || Date.now() > deadline) {
        for (const x of started) stopGroup(x.child)
        throw new Error(`A worker did not start:\n${w.output().slice(-3000)}`)
      }
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  return started
}

async function workerRuns(
  payload: Payload,
  freshIssue: (title: string) => Promise<{ id: number | string }>,
  progressOf: (label: string, before: number, started: number) => NodeJS.Timeout,
) {
  const runs: WorkerRun[] = []
  const client = (payload.db as unknown as { client: { execute(q: { sql: string; args: unknown[] }): Promise<{ rows: unknown[] }> } })
    .client
  for (let round = 1; round <= RUNS; round++) {
    const counts = Array.from({ length: WORKERS }, (_, i) => i + 1)
    for (const k of round % 2 === 1 ? counts : counts.reverse()) {
      const label = `round ${round}, ${k} worker${k > 1 ? 's' : ''}`
      const issue = await freshIssue(`Benchmark ${label}`)
      const workers = await startWorkers(k)
      try {
        const before = sink.total()
        const seen = new Map(sink.perRecipient)
        firstAt = undefined
        const started = performance.now()
        // As "Verstuur" does (jobs.ts queueSend): NEWSLETTER_SEND_JOBS jobs for the issue.
        for (let j = 0; j < SEND_JOBS; j++)
          await payload.jobs.queue({
            task: 'sendNewsletterIssue' as never,
            input: { issueId: String(issue.id) } as never,
            queue: 'newsletter',
          })
        const progress = progressOf(label, before, started)
        const deadline = Date.now() + 1_800_000
        while (sink.total() - before < N) {
          if (Date.now() > deadline) throw new Error(`${label}: only ${sink.total() - before} of ${N} messages arrived`)
          await new Promise((r) => setTimeout(r, 50))
        }
        const end = lastAt
        clearInterval(progress)
        // Every job of the issue done (the later ones find nothing left), then a moment for strays.
        for (;;) {
          const open = await payload.count({
            collection: 'payload-jobs',
            where: { and: [{ 'input.issueId': { equals: String(issue.id) } }, { completedAt: { exists: false } }] },
            overrideAccess: true,
          })
          if (open.totalDocs === 0) break
          await new Promise((r) => setTimeout(r, 200))
        }
        await new Promise((r) => setTimeout(r, 500))
        const duplicates = [...sink.perRecipient.entries()].filter(([to, n]) => n - (seen.get(to) ?? 0) !== 1).length
        const claimed = await client.execute({
          sql: 'SELECT claimed_by AS by, count(*) AS n FROM deliveries WHERE issue_id = ? AND status = ? GROUP BY claimed_by ORDER BY n DESC',
          args: [issue.id, 'sent'],
        })
        const claims = (claimed.rows as unknown as { n: number }[]).map((r) => Number(r.n))
        const run: WorkerRun = {
          workers: k,
          endToEnd: N / ((end - started) / 1000),
          sendingAlone: N / ((end - (firstAt ?? started)) / 1000),
          duplicates,
          claims,
          load: load(),
        }
        runs.push(run)
        console.log(
          `${label}: ${N} messages, ${run.endToEnd.toFixed(0)} msg/s end to end, ${run.sendingAlone.toFixed(0)} msg/s sending alone, ` +
            `${duplicates} duplicates; claimed per worker ${claims.join(' / ')}; load ${run.load}`,
        )
      } finally {
        for (const w of workers) stopGroup(w.child)
        await Promise.all(workers.map((w) => (w.child.exitCode === null ? new Promise((r) => w.child.once('exit', r)) : undefined)))
      }
    }
  }
  console.log(`\nWorker processes, ${N} subscribers, ${SEND_JOBS} send jobs per issue, ${RUNS} round(s):`)
  for (let k = 1; k <= WORKERS; k++) {
    const of = runs.filter((r) => r.workers === k)
    console.log(
      `  ${k} worker(s): median ${median(of.map((r) => r.sendingAlone)).toFixed(0)} msg/s sending alone, ` +
        `${median(of.map((r) => r.endToEnd)).toFixed(0)} msg/s end to end; duplicates ${of.map((r) => r.duplicates).join(', ')}`,
    )
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'hp-bench-newsletter-'))
// When the first and the latest message of a run arrived: the send phase starts after the deliveries exist.
let firstAt: number | undefined
let lastAt = 0
const sink = await startSmtpSink({
  onMessage: () => {
    lastAt = performance.now()
    firstAt ??= lastAt
  },
})
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
  // This process only queues (and, without --workers, runs the job itself below).
  JOBS_AUTORUN: 'false',
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

  let issueNumber = 9000
  /** A fresh copy of the seeded issue, so every run has N deliveries to make. */
  const freshIssue = async (title: string) => {
    issueNumber += 1
    const { createdAt: _c, updatedAt: _u, ...data } = withoutIds(template) as Record<string, unknown>
    return payload.create({
      collection: 'newsletter-issues',
      data: { ...data, number: issueNumber, slug: String(issueNumber), title, _status: 'published' } as never,
      overrideAccess: true,
    })
  }
  const progressOf = (label: string, before: number, started: number) =>
    setInterval(() => {
      const done = sink.total() - before
      const s = (performance.now() - started) / 1000
      process.stdout.write(`  ${label}: ${done}/${N} sent, ${(done / s).toFixed(0)} msg/s\n`)
    }, 5000)

  if (WORKERS === 0) {
    const rates: number[] = []
    for (let run = 1; run <= RUNS; run++) {
      const issue = await freshIssue(`Benchmark ${run}`)
      const before = sink.total()
      firstAt = undefined
      const started = performance.now()
      await payload.jobs.queue({ task: 'sendNewsletterIssue' as never, input: { issueId: String(issue.id) } as never, queue: 'newsletter' })
      const progress = progressOf(`run ${run}`, before, started)
      await payload.jobs.run({ queue: 'newsletter', limit: 1 })
      clearInterval(progress)
      const seconds = (performance.now() - started) / 1000
      const sent = sink.total() - before
      if (sent !== N) throw new Error(`run ${run}: the sink received ${sent} messages, expected ${N}`)
      rates.push(N / seconds)
      const sendSeconds = (performance.now() - (firstAt ?? started)) / 1000
      console.log(
        `Run ${run}: ${N} messages in ${seconds.toFixed(1)} s = ${(N / seconds).toFixed(0)} messages/second end to end ` +
          `(creating the deliveries took ${(seconds - sendSeconds).toFixed(1)} s; sending alone ${(N / sendSeconds).toFixed(0)} messages/second; load ${load()})`,
      )
    }
    const dupes = [...sink.perRecipient.values()].filter((n) => n !== RUNS).length
    console.log(
      `\nMedian of ${RUNS} run(s): ${median(rates).toFixed(0)} messages/second; recipients with a count other than ${RUNS}: ${dupes}`,
    )
  } else {
    await workerRuns(payload, freshIssue, progressOf)
  }
  await payload.destroy?.()
} finally {
  await sink.close()
  rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
