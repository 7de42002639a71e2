import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process'

/** A child process in its own process group, with everything it printed kept for error messages. */
export interface Started {
  child: ChildProcess
  /** stdout and stderr so far, interleaved as they came. */
  output(): string
  /** Resolves with the exit code (null after a signal). */
  exited: Promise<number | null>
  /** Stops the whole process group (npm, tsx and node below it) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>
}

/** Starts `command` detached (its own process group), piping and keeping its output. */
export function startProcess(command: string, args: string[], options: Omit<SpawnOptions, 'stdio' | 'detached'>): Started {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  const keep = (d: Buffer) => {
    output += String(d)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid, signal)
    } catch {
      // Already gone.
    }
    await exited
  }
  return { child, output: () => output, exited, stop }
}
