import { type ChildProcess, spawn } from 'node:child_process'
import { ROOT } from './paths.ts'

/** Runs an npm script to completion with inherited output; rejects with what to do next on failure. */
export function npmRun(args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`\`npm ${args.join(' ')}\` failed (exit ${code}); see its output above.`)),
    )
  })
}

/** Starts a long-running npm script in its own process group, so stopping it stops its workers too. */
export function npmServe(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn('npm', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, ...env } })
}

export function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}

/** True when something already answers on this URL. */
export async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) })
    return true
  } catch {
    return false
  }
}

/** Polls a URL until it answers (any status below 500) or the timeout passes. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      const res = await fetch(url, { redirect: 'manual' })
      if (res.status < 500) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s.`)
}
