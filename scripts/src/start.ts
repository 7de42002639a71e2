import type { Server } from 'node:http'
import path from 'node:path'
import {
  type BuildOutcome,
  type BuildReceiver,
  createBuildQueue,
  createStatusReporter,
  describeReasons,
  type RunningCommand,
  runCommand,
  startBuildReceiver,
} from './lib/build-receiver.ts'
import { cmsBuildState } from './lib/build-stamp.ts'
import { ensureLocalEnv } from './lib/local-env.ts'
import { CMS_DIR, ROOT } from './lib/paths.ts'
import { answers, npmRun, npmServe, stopGroup, waitForHttp } from './lib/run.ts'
import { type SmtpSink, startSmtpSink } from './lib/smtp-sink.ts'
import { serveStatic } from './lib/static-server.ts'
import { type PreviewServer, startPreviewServer } from './preview/server.ts'

const CMS_URL = 'http://localhost:3000'
const SITE_PORT = 4321
const SITE_URL = `http://localhost:${SITE_PORT}/`
const HOOK_PORT = 4322
/** The preview server ("Voorbeeld" in the admin); the CMS is told its URL (PREVIEW_URL). */
const PREVIEW_PORT = 4323
const PREVIEW_URL = `http://localhost:${PREVIEW_PORT}`
// Any free port: the CMS is told which one.
const MAIL_PORT = 0
const quiet = { NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' }
const t0 = Date.now()
const step = (n: number, text: string) => console.log(`\n[${n}/4] ${text}`)
const secs = (ms = Date.now() - t0) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`
const indent = (text: string) => text.replace(/^/gm, '      ')

let stopping = false
let cms: ReturnType<typeof npmServe> | undefined
let receiver: BuildReceiver | undefined
let site: Server | undefined
let mail: SmtpSink | undefined
let build: RunningCommand | undefined
let preview: PreviewServer | undefined

function shutdown(code: number): never {
  stopping = true
  build?.stop()
  if (cms) stopGroup(cms)
  void receiver?.close()
  site?.close()
  void preview?.close()
  void mail?.close()
  process.exit(code)
}

/** One site build from the running CMS, the way the build hook runs it after a publish. */
function buildSite(): Promise<BuildOutcome> {
  build = runCommand('npm', ['run', '--silent', 'build:site'], {
    ...quiet,
    CMS_URL,
    SITE_BUILDER_API_KEY: process.env.SITE_BUILDER_API_KEY ?? '',
    // The CMS's media folder is on this machine: copy instead of downloading every file.
    MEDIA_SOURCE_DIR: path.resolve(CMS_DIR, process.env.MEDIA_DIR ?? 'media'),
  })
  return build.done
}

async function main() {
  const added = ensureLocalEnv()
  if (added.length > 0) console.log(`Created cms/.env with generated ${added.join(', ')} (local only, never committed).`)
  for (const [port, url] of [
    [3000, `${CMS_URL}/admin/login`],
    [SITE_PORT, SITE_URL],
    [HOOK_PORT, `http://127.0.0.1:${HOOK_PORT}/`],
    [PREVIEW_PORT, `http://127.0.0.1:${PREVIEW_PORT}/robots.txt`],
  ] as const) {
    if (await answers(url)) {
      throw new Error(
        `Port ${port} is already in use (an earlier \`npm start\` still running?). Stop that process and run \`npm start\` again.`,
      )
    }
  }

  step(1, 'Database and demo content (migrate + idempotent seed)')
  await npmRun(['run', '--silent', 'seed'])

  step(2, 'CMS admin build')
  const build = cmsBuildState()
  if (build.stale) {
    console.log('Building the admin with Next.js (about a minute on 2 cores) …')
    await npmRun(['run', 'build', '--workspace', 'cms'], { ...quiet, NODE_ENV: 'production' })
    build.save()
  } else console.log('Sources unchanged since the last build: reusing it.')

  step(3, 'Starting the CMS server and the local build hook')
  const status = createStatusReporter(CMS_URL, process.env.SITE_BUILDER_API_KEY ?? '', (line) => console.log(`[site] ${line}`))
  const queue = createBuildQueue(buildSite, (state, { reasons, outcome }) => {
    void status.report(state, outcome?.ok === false ? outcome.message : undefined, outcome?.problems, outcome?.reach)
    if (stopping || describeReasons(reasons) === 'start') return
    if (state === 'queued' && queue.busy)
      console.log(`[site] Change received (${describeReasons(reasons)}): rebuilding after the current build.`)
    else if (state === 'building') console.log(`[site] Rebuilding (${describeReasons(reasons)}) …`)
    else if (state === 'succeeded') console.log(`[site] Rebuilt in ${secs(outcome?.ms)}: ${SITE_URL} is up to date.`)
    else if (state === 'failed') {
      console.log(`[site] Rebuild failed; ${SITE_URL} still shows the previous version:\n${indent(outcome?.message ?? '')}`)
    }
  })
  receiver = await startBuildReceiver(queue, HOOK_PORT)
  // The CMS posts to the local receiver whatever cms/.env says (that value is for other environments).
  // Every e-mail the CMS sends (newsletter confirmations, issues) lands in a local sink as .eml files.
  const mailDir = path.join(CMS_DIR, 'data', 'mail')
  mail = await startSmtpSink({
    port: MAIL_PORT,
    dir: mailDir,
    onMessage: (to, file) => console.log(`[mail] to ${to}: ${path.relative(ROOT, file ?? '')}`),
  })
  cms = npmServe(['run', 'serve', '--workspace', 'cms'], {
    ...quiet,
    NODE_ENV: 'production',
    SITE_BUILD_HOOK_URL: receiver.url,
    SITE_URL,
    PREVIEW_URL,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.port),
    SMTP_SECURE: 'false',
    SMTP_USER: '',
    SMTP_PASS: '',
  })
  process.on('SIGINT', () => {
    console.log('\nStopping the CMS, the site server and the build hook …')
    shutdown(0)
  })
  process.on('SIGTERM', () => shutdown(0))
  cms.stderr?.on('data', (d: Buffer) => process.stderr.write(`[cms] ${d}`))
  cms.stdout?.on('data', (d: Buffer) => {
    if (/error|warn/i.test(String(d))) process.stdout.write(`[cms] ${d}`)
  })
  cms.on('exit', (code) => {
    if (stopping) return
    console.error(`The CMS server stopped (exit ${code}). Is port 3000 in use? Stop the other process and run \`npm start\` again.`)
    shutdown(1)
  })
  await waitForHttp(`${CMS_URL}/admin/login`, 60_000)

  step(4, `Building the site from the CMS and serving it at ${SITE_URL}`)
  site = await serveStatic(path.join(ROOT, 'site', 'dist'), SITE_PORT)
  preview = await startPreviewServer({
    port: PREVIEW_PORT,
    cmsUrl: CMS_URL,
    siteUrl: SITE_URL,
    mediaSourceDir: path.resolve(CMS_DIR, process.env.MEDIA_DIR ?? 'media'),
    apiKey: process.env.SITE_BUILDER_API_KEY,
    onBuild: ({ ms, path: page, reused }) =>
      console.log(`[voorbeeld] ${page} ${reused ? '(same content as before: reused)' : `built in ${secs(ms)}`}`),
  })
  const first = await queue.trigger()
  if (first.ok) console.log(first.message || `Site built in ${secs(first.ms)}.`)
  else {
    console.log(`The site could not be built:\n${indent(first.message)}`)
    console.log(
      `The CMS keeps running. Fix the problem above: content in the admin (publishing it rebuilds the site by itself), code in your editor and then \`npm run build:site\`. Until then ${SITE_URL} shows the last good build, if any.`,
    )
  }

  console.log(`
Ready in ${secs()}.
  CMS admin     ${CMS_URL}/admin
  Site          ${SITE_URL}${first.ok ? '' : '   (last good build; see the build error above)'}
  Preview       ${PREVIEW_URL}/  ("Voorbeeld" on a document in the admin: its latest draft, for staff only)
  Log in as     admin@example.org / publisher@example.org / editor@example.org
  Password      ${process.env.SEED_PASSWORD}   (generated for this machine, kept in cms/.env)
  E-mail        every message the CMS sends is saved in cms/data/mail/*.eml (open with any mail client)
  Export        ${CMS_URL}/api/site-content  (header: Authorization: users API-Key <SITE_BUILDER_API_KEY from cms/.env>)
Publish in the admin and the site at :${SITE_PORT} rebuilds by itself (a few seconds later; state under Beheer → Site-build).
Press Ctrl+C to stop.`)
}

main().catch((error) => {
  console.error(`\nStart failed: ${error instanceof Error ? error.message : String(error)}`)
  shutdown(1)
})
