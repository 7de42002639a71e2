import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import path from 'node:path'
import { startSmtpSink } from '../lib/smtp-sink.ts'
import { benchCmsEnv, startBenchServer } from './cms.ts'
import { fmt, median, percentile, runIfMain, table } from './lib.ts'
import { BENCH_DIR } from './site-build.ts'

/*
 * `npm run bench:public`: the CMS's public endpoints under many visitors at once. A throwaway CMS
 * (demo seed, SQLite) behind the bench's REST server, mail to a local SMTP sink. Each of
 * BENCH_CLIENTS clients (default 50) has its own loopback address (127.0.0.10, .11, …: per-IP rate
 * limits see distinct visitors, as on the internet) and sends BENCH_PER_CLIENT requests in a row;
 * all clients at once. One round per endpoint, in the order a subscriber goes through them:
 *   1. sign-up (POST /api/newsletter/subscribe, from the site's origin, as the enhanced form posts);
 *   2. the confirmation page of the link in the mail (GET /api/newsletter/confirm?token=…);
 *   3. confirming (POST /api/newsletter/confirm);
 *   4. the "my data" page of the mail's footer link (GET /api/newsletter/data?token=…);
 *   5. the unsubscribe page of that footer (GET /api/newsletter/unsubscribe?token=…);
 *   6. unsubscribing (POST, the button on that page, as a mail client's one-click does);
 *   7. "Deel uw tip of ervaring" (POST /api/share from the site's origin; a different text each).
 * Reported per round: p50/p99 latency, errors (any status but the expected one), requests/s.
 */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50)
// The per-IP limits of the sign-up (10 per window) and of sharing (10 per hour) by default: stay under them.
const PER_CLIENT = Number(process.env.BENCH_PER_CLIENT ?? 4)
const SITE_URL = 'http://127.0.0.1:4321'
const DIR = path.join(BENCH_DIR, `public-${process.pid}`)

interface Answer {
  status: number
  ms: number
  body: string
}

function send(agent: Agent, port: number, method: string, url: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const t = performance.now()
    const req = request({ host: '127.0.0.1', port, method, path: url, agent, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t, body: Buffer.concat(chunks).toString() }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

interface Round {
  name: string
  expected: number
  latencies: number[]
  errors: number
  /** How many answers had each status (0: no answer). */
  statuses: Map<number, number>
  seconds: number
}

/** Every client at once, each `PER_CLIENT` requests in a row from its own address. */
async function round(
  name: string,
  expected: number,
  agents: Agent[],
  one: (agent: Agent, client: number, k: number) => Promise<Answer>,
): Promise<Round> {
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  let errors = 0
  const t = performance.now()
  await Promise.all(
    agents.map(async (agent, client) => {
      for (let k = 0; k < PER_CLIENT; k++) {
        const answer = await one(agent, client, k).catch(() => ({ status: 0, ms: 0, body: '' }))
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
        if (answer.status === expected) latencies.push(answer.ms)
        else errors++
      }
    }),
  )
  const r = { name, expected, latencies, errors, statuses, seconds: (performance.now() - t) / 1000 }
  const seen = [...statuses].map(([status, n]) => `${n}× ${status}`).join(', ')
  console.error(`  ${name}: ${latencies.length} ok, ${errors} errors (${seen}), p50 ${fmt(median(latencies), 0)} ms`)
  return r
}

export async function benchPublicEndpoints(): Promise<string> {
  rmSync(DIR, { recursive: true, force: true })
  const mailDir = path.join(DIR, 'mail')
  const sink = await startSmtpSink({ dir: mailDir })
  const env = {
    ...benchCmsEnv(DIR),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SITE_URL,
    NEWSLETTER_AUTORUN: 'false',
  }
  Object.assign(process.env, env)
  let server: Awaited<ReturnType<typeof startBenchServer>> | undefined
  const agents = Array.from({ length: CLIENTS }, (_, i) => new Agent({ keepAlive: false, localAddress: `127.0.0.${10 + i}` }))
  try {
    const { bootPayload } = await import('../lib/payload.ts')
    const { migrate } = await import('../lib/migrate.ts')
    const { seed } = await import('@hp/cms/seed')
    const payload = await bootPayload()
    await migrate(payload)
    await seed(payload, { password: env.SEED_PASSWORD, siteBuilderApiKey: env.SITE_BUILDER_API_KEY })
    await payload.destroy()
    server = await startBenchServer(env)
    const port = server.port
    console.error(`  ${CLIENTS} clients × ${PER_CLIENT} requests per round, CMS on port ${port}`)

    const email = (client: number, k: number) => `bench-${client}-${k}@example.org`
    const signUp = await round('sign-up', 202, agents, (agent, client, k) =>
      send(
        agent,
        port,
        'POST',
        '/api/newsletter/subscribe',
        { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', origin: SITE_URL },
        new URLSearchParams({ email: email(client, k), consent: 'on', source: 'website' }).toString(),
      ),
    )

    // The confirmation mails go out after the answer: wait for all of them (generous: a busy machine).
    const wanted = signUp.latencies.length
    const deadline = Date.now() + 300_000
    while (sink.total() < wanted && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250))
    // The confirm token of the mail's link, and the manage token of its footer (unsubscribe, my data).
    const tokens = new Map<string, { confirm: string; manage: string }>()
    const tokenAfter = (text: string, route: string) =>
      new RegExp(`${route}\\?token=(?:3D)?([A-Za-z0-9_-]{43})`).exec(text)?.[1] ?? 'ontbreekt'
    for (const file of readdirSync(mailDir)) {
      const text = readFileSync(path.join(mailDir, file), 'utf8').replace(/=\r?\n/g, '')
      const to = /^To: .*?([\w.-]+@example\.org)/im.exec(text)?.[1]
      if (to) tokens.set(to, { confirm: tokenAfter(text, 'confirm'), manage: tokenAfter(text, 'unsubscribe') })
    }
    console.error(`  ${sink.total()} confirmation mails, ${tokens.size} addresses with tokens`)
    const tokenOf = (client: number, k: number) => tokens.get(email(client, k))?.confirm ?? 'ontbreekt'
    const manageOf = (client: number, k: number) => tokens.get(email(client, k))?.manage ?? 'ontbreekt'

    const page = await round('confirmation page (GET, link in the mail)', 200, agents, (agent, client, k) =>
      send(agent, port, 'GET', `/api/newsletter/confirm?token=${tokenOf(client, k)}`, { accept: 'text/html' }),
    )
    const confirm = await round('confirm (POST, the button on that page)', 200, agents, (agent, client, k) =>
      send(
        agent,
        port,
        'POST',
        '/api/newsletter/confirm',
        { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        new URLSearchParams({ token: tokenOf(client, k) }).toString(),
      ),
    )
    const data = await round('my data page (GET, link in the mail)', 200, agents, (agent, client, k) =>
      send(agent, port, 'GET', `/api/newsletter/data?token=${manageOf(client, k)}`, { accept: 'text/html' }),
    )
    const leavePage = await round('unsubscribe page (GET, link in the mail)', 200, agents, (agent, client, k) =>
      send(agent, port, 'GET', `/api/newsletter/unsubscribe?token=${manageOf(client, k)}`, { accept: 'text/html' }),
    )
    const leave = await round('unsubscribe (POST, one-click or the button)', 200, agents, (agent, client, k) =>
      send(
        agent,
        port,
        'POST',
        `/api/newsletter/unsubscribe?token=${manageOf(client, k)}`,
        { 'content-type': 'application/x-www-form-urlencoded' },
        'List-Unsubscribe=One-Click',
      ),
    )
    const share = await round('share a tip (POST /api/share)', 202, agents, (agent, client, k) =>
      send(
        agent,
        port,
        'POST',
        '/api/share',
        { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', origin: SITE_URL },
        new URLSearchParams({
          text: `Bezoeker ${client} schrijft tip ${k}: ik ben elke dag even langsgegaan, zonder veel te vragen. Dat hielp.`,
          consent: 'on',
        }).toString(),
      ),
    )
    const rounds = [signUp, page, confirm, data, leavePage, leave, share]
    const rows = rounds.map((r) => [
      r.name,
      CLIENTS,
      r.latencies.length + r.errors,
      fmt(median(r.latencies), 0),
      fmt(percentile(r.latencies, 99), 0),
      r.errors,
      fmt((r.latencies.length + r.errors) / r.seconds, 0),
    ])
    const out = table(['endpoint', 'clients (own address each)', 'requests', 'p50 ms', 'p99 ms', 'errors', 'requests/s'], rows)
    const errors = rounds.reduce((n, r) => n + r.errors, 0)
    return `${out}\nPublic endpoints, ${CLIENTS} concurrent clients: sign-up p50 ${fmt(median(signUp.latencies), 0)} ms / p99 ${fmt(percentile(signUp.latencies, 99), 0)} ms; ${errors} errors in ${rounds.length * CLIENTS * PER_CLIENT} requests.`
  } finally {
    for (const a of agents) a.destroy()
    server?.stop()
    await sink.close()
    rmSync(DIR, { recursive: true, force: true })
  }
}

runIfMain(import.meta, benchPublicEndpoints)
