import path from 'node:path'
import { isStale, sourceHash, writeStamp } from './lib/build-stamp.ts'
import { ensureLocalEnv } from './lib/local-env.ts'
import { CMS_DIR, ROOT } from './lib/paths.ts'
import { answers, npmRun, npmServe, stopGroup, waitForHttp } from './lib/run.ts'

const CMS_URL = 'http://localhost:3000'
const quiet = { NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' }
const t0 = Date.now()
const step = (n: number, text: string) => console.log(`\n[${n}/3] ${text}`)
const secs = () => `${((Date.now() - t0) / 1000).toFixed(0)} s`

async function main() {
  const added = ensureLocalEnv()
  if (added.length > 0) console.log(`Created cms/.env with generated ${added.join(', ')} (local only, never committed).`)

  step(1, 'Database and demo content (migrate + idempotent seed)')
  await npmRun(['run', '--silent', 'seed'])

  step(2, 'CMS admin build')
  const stamp = path.join(CMS_DIR, '.next', 'source-hash')
  const hash = sourceHash([
    path.join(CMS_DIR, 'src'),
    path.join(CMS_DIR, 'next.config.mjs'),
    path.join(ROOT, 'content-schemas', 'src'),
    path.join(ROOT, 'package-lock.json'),
  ])
  if (isStale(stamp, hash)) {
    console.log('Building the admin with Next.js (about a minute on 2 cores) …')
    await npmRun(['run', 'build', '--workspace', 'cms'], { ...quiet, NODE_ENV: 'production' })
    writeStamp(stamp, hash)
  } else console.log('Sources unchanged since the last build: reusing it.')

  step(3, 'Starting the CMS server')
  if (await answers(`${CMS_URL}/admin/login`)) {
    throw new Error('Port 3000 is already in use (another CMS still running?). Stop that process and run `npm start` again.')
  }
  const server = npmServe(['run', 'serve', '--workspace', 'cms'], { ...quiet, NODE_ENV: 'production' })
  let stopping = false
  const stop = () => {
    stopping = true
    console.log('\nStopping the CMS …')
    stopGroup(server)
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  server.stderr?.on('data', (d: Buffer) => process.stderr.write(`[cms] ${d}`))
  server.stdout?.on('data', (d: Buffer) => {
    if (/error|warn/i.test(String(d))) process.stdout.write(`[cms] ${d}`)
  })
  server.on('exit', (code) => {
    if (stopping) return
    console.error(`The CMS server stopped (exit ${code}). Is port 3000 in use? Stop the other process and run \`npm start\` again.`)
    process.exit(1)
  })
  await waitForHttp(`${CMS_URL}/admin/login`, 60_000)

  console.log(`
Ready in ${secs()}.
  CMS admin     ${CMS_URL}/admin
  Log in as     admin@example.org / publisher@example.org / editor@example.org
  Password      ${process.env.SEED_PASSWORD}   (generated for this machine, kept in cms/.env)
  Export        ${CMS_URL}/api/site-content  (header: Authorization: users API-Key <SITE_BUILDER_API_KEY from cms/.env>)
Press Ctrl+C to stop.`)
}

main().catch((error) => {
  console.error(`\nStart failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
