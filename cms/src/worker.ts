/**
 * The jobs worker (`npm run worker`): runs Payload's job queues outside the web process, so
 * newsletter sending and scheduled publishing do not share the web server's CPU and survive its
 * restarts. Run the web process with JOBS_AUTORUN=false when a worker runs; any number of workers
 * may run at once against one database (docs/deploy.md, "Jobs"): the newsletter's deliveries are
 * claimed atomically, so every subscriber gets an issue once however many processes send it.
 *
 * Every WORKER_POLL_SECONDS: release newsletter sends abandoned by a dead process (older than
 * NEWSLETTER_LEASE_SECONDS), run the newsletter queue, and run due scheduled publishes. The two
 * queues run side by side: a long send does not hold up a scheduled publish.
 */
import { existsSync, readFileSync } from 'node:fs'
import { parseEnv } from 'node:util'

// Locally: the settings `npm start` wrote to cms/.env (variables already set win). A container sets them all.
const localEnv = new URL('../.env', import.meta.url)
if (existsSync(localEnv)) {
  for (const [key, value] of Object.entries(parseEnv(readFileSync(localEnv, 'utf8')))) process.env[key] ??= value
}
// This process runs the queues on its own loop below, not on Payload's cron.
process.env.JOBS_AUTORUN = 'false'

const { getPayload } = await import('payload')
const { default: config } = await import('./payload.config.ts')
const { readEnv } = await import('./env.ts')
const { NEWSLETTER_QUEUE, releaseAbandonedSends } = await import('./newsletter/jobs.ts')

const env = readEnv()
const pollMs = env.WORKER_POLL_SECONDS * 1000
const payload = await getPayload({ config })
let stopping = false

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function loop(name: string, pass: () => Promise<unknown>): Promise<void> {
  while (!stopping) {
    try {
      await pass()
    } catch (error) {
      // A database that is briefly unavailable or not migrated yet: try again on the next pass.
      payload.logger.error({ err: error }, `Worker: the ${name} pass failed; trying again in ${env.WORKER_POLL_SECONDS} s`)
    }
    await sleep(pollMs)
  }
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    // A send in progress stops here; its claimed deliveries are sent by a worker after the lease.
    stopping = true
    payload.logger.info(`Worker ${process.pid} stopping (${signal}).`)
    process.exit(0)
  })
}

payload.logger.info(`Worker ${process.pid} running the job queues every ${env.WORKER_POLL_SECONDS} s.`)
await Promise.all([
  loop('newsletter', async () => {
    await releaseAbandonedSends(payload, env.NEWSLETTER_LEASE_SECONDS * 1000)
    await payload.jobs.run({ queue: NEWSLETTER_QUEUE, limit: 1 })
  }),
  // Payload's scheduled publish and unpublish ("Publicatie plannen") use the default queue.
  loop('scheduled publishing', () => payload.jobs.run({ queue: 'default', limit: 20 })),
])
