import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  BUILD_STATUS_ENDPOINT,
  type BuildHookRequest,
  BuildHookRequestSchema,
  type BuildProblem,
  type BuildReport,
  type BuildState,
  describeBuildRequest,
  parseBuildProblems,
  parseReachLines,
  type ReachReport,
} from '@hp/content-schemas'
import { ROOT } from './paths.ts'

/*
 * The local stand-in for Netlify's build hook: the CMS POSTs here after a publish, builds are
 * queued (never two at once; a trigger during a build schedules exactly one more) and each
 * step is reported back to the CMS (POST /api/build-status), so the admin shows it.
 */

export type { BuildState }

/** What the CMS sent with a trigger (the contract's build-hook request); empty for a build without one (the first build, or a body that is not a request). */
export type BuildReason = Partial<BuildHookRequest>

export interface BuildOutcome {
  ok: boolean
  /** The first lines of the error, or the build's summary line. */
  message: string
  /** Each problem the error output names, tied to its document and field (at most 50); after a success, the documents the build held back. */
  problems?: BuildProblem[]
  /** After a success: the pages no link path from the start pages reaches (the build prints them, see site/reach.ts). */
  reach?: ReachReport
  ms: number
}

export interface BuildQueue {
  /** Asks for a build; resolves with the outcome of the build that includes this request. */
  trigger(reason?: BuildReason): Promise<BuildOutcome>
  /** True while a build runs. */
  readonly busy: boolean
}

export type StateListener = (state: BuildState, detail: { reasons: BuildReason[]; outcome?: BuildOutcome }) => void

interface Batch {
  reasons: BuildReason[]
  done: ((outcome: BuildOutcome) => void)[]
}

export function createBuildQueue(build: () => Promise<BuildOutcome>, onState: StateListener = () => {}): BuildQueue {
  let running = false
  let next: Batch | undefined

  const pump = async () => {
    running = true
    while (next) {
      const batch = next
      next = undefined
      onState('building', { reasons: batch.reasons })
      const started = Date.now()
      const outcome = await build().catch(
        (error: unknown): BuildOutcome => ({
          ok: false,
          message: error instanceof Error ? error.message : String(error),
          ms: Date.now() - started,
        }),
      )
      onState(outcome.ok ? 'succeeded' : 'failed', { reasons: batch.reasons, outcome })
      for (const resolve of batch.done) resolve(outcome)
    }
    running = false
  }

  return {
    trigger(reason = {}) {
      const result = new Promise<BuildOutcome>((resolve) => {
        if (!next) {
          next = { reasons: [], done: [] }
          onState('queued', { reasons: [reason] })
        }
        next.reasons.push(reason)
        next.done.push(resolve)
      })
      if (!running) void pump()
      return result
    },
    get busy() {
      return running
    },
  }
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')
const MAX_LINES = 20
// Stack frames say where in a dependency it broke, not what to fix: the admin and the console skip them.
const STACK = /^\s*(at\s|Stack trace:)/
const lines = (text: string) =>
  text
    .replace(ANSI, '')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '' && !STACK.test(l))

export interface RunningCommand {
  done: Promise<BuildOutcome>
  /** Stops the command and everything it started (its own process group). */
  stop(): void
}

/**
 * Runs a command in its own process group with its output captured. On failure the message is
 * the first lines of stderr (the site build prints its errors there), else the last of stdout.
 * `echo` also passes the output through as it comes (a build host's log).
 */
export function runCommand(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  options: { echo?: boolean } = {},
): RunningCommand {
  const started = Date.now()
  const child = spawn(command, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
  let out = ''
  let err = ''
  child.stdout.on('data', (d: Buffer) => {
    out += d
    if (options.echo) process.stdout.write(d)
  })
  child.stderr.on('data', (d: Buffer) => {
    err += d
    if (options.echo) process.stderr.write(d)
  })
  const done = new Promise<BuildOutcome>((resolve) => {
    child.on('error', (error) => resolve({ ok: false, message: `Could not start ${command}: ${error.message}`, ms: Date.now() - started }))
    child.on('close', (code, signal) => {
      const ms = Date.now() - started
      if (code === 0) {
        // A build that went live may still have held documents back (site/hold-back.ts): it names them on stderr.
        const held = parseBuildProblems(err.replace(ANSI, ''))
        const reach = parseReachLines(out.replace(ANSI, ''))
        resolve({
          ok: true,
          message: lines(out).at(-1) ?? '',
          ...(held.length > 0 ? { problems: held } : {}),
          ...(reach ? { reach } : {}),
          ms,
        })
      } else {
        const text = lines(err).length > 0 ? lines(err).slice(0, MAX_LINES) : lines(out).slice(-MAX_LINES)
        const why = signal ? `stopped by ${signal}` : `exit ${code}`
        // All of stderr, not only the first lines: the admin links to every document it names.
        const problems = parseBuildProblems(err.replace(ANSI, ''))
        resolve({
          ok: false,
          message: text.length > 0 ? text.join('\n') : `${command} ${args.join(' ')} failed (${why})`,
          ...(problems.length > 0 ? { problems } : {}),
          ms,
        })
      }
    })
  })
  return {
    done,
    stop() {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, 'SIGTERM')
        } catch {
          // Already gone.
        }
      }
    },
  }
}

/**
 * Reports build states to the CMS in the order they happen. A CMS that does not answer never
 * stops a build: the problem is logged once until a report gets through again.
 */
export function createStatusReporter(cmsUrl: string, apiKey: string, warn: (line: string) => void) {
  let chain = Promise.resolve()
  let failing = false
  const send = async (state: BuildState, message?: string, problems?: BuildProblem[], reach?: ReachReport) => {
    try {
      const res = await fetch(new URL(`/api${BUILD_STATUS_ENDPOINT}`, cmsUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `users API-Key ${apiKey}` },
        body: JSON.stringify({
          state,
          message,
          ...(problems?.length ? { problems } : {}),
          ...(reach ? { reach } : {}),
        } satisfies BuildReport),
        signal: AbortSignal.timeout(10_000),
      })
      await res.body?.cancel()
      if (!res.ok) throw new Error(`HTTP ${res.status}`)
      failing = false
    } catch (error) {
      if (!failing) warn(`Could not report the build state to the CMS (${error instanceof Error ? error.message : String(error)}).`)
      failing = true
    }
  }
  return {
    report(state: BuildState, message?: string, problems?: BuildProblem[], reach?: ReachReport): Promise<void> {
      chain = chain.then(() => send(state, message, problems, reach))
      return chain
    },
  }
}

export interface BuildReceiver {
  server: Server
  /** e.g. http://127.0.0.1:4322/build: what SITE_BUILD_HOOK_URL points to. */
  url: string
  close(): Promise<void>
}

/** The request the CMS sent, parsed with the shared contract; a body that is not one still builds (as Netlify does), without a reason. */
const reasonOf = (body: string): BuildReason => {
  try {
    const parsed = BuildHookRequestSchema.safeParse(JSON.parse(body))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

/** A build hook on 127.0.0.1: POST /build queues a build and answers 202 at once, like Netlify. */
export async function startBuildReceiver(queue: BuildQueue, port = 4322, host = '127.0.0.1'): Promise<BuildReceiver> {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    if (pathname !== '/build') return void res.writeHead(404).end('Not found: POST /build\n')
    if (req.method !== 'POST') return void res.writeHead(405, { Allow: 'POST' }).end('Use POST\n')
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => {
      // A build hook needs no big body; stop reading nonsense.
      if (body.length < 10_000) body += chunk
    })
    req.on('end', () => {
      void queue.trigger(reasonOf(body))
      res.writeHead(202, { 'Content-Type': 'application/json' }).end(JSON.stringify({ queued: true, building: queue.busy }))
    })
  })
  server.listen(port, host)
  await once(server, 'listening')
  const address = server.address() as AddressInfo
  return {
    server,
    url: `http://${host}:${address.port}/build`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** `publish tips/slaap-en-rust (+2 more)`, or `start` for a build without a trigger. */
export function describeReasons(reasons: BuildReason[]): string {
  const withAction = reasons.filter((r) => r.action)
  const last = withAction.at(-1)
  if (!last?.action || !last.collection) return 'start'
  const changes = withAction.reduce((sum, r) => sum + (r.changes ?? 1), 0)
  return describeBuildRequest({ action: last.action, collection: last.collection, slug: last.slug }, changes)
}
