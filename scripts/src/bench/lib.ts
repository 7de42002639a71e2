import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../lib/paths.ts'

/** The middle value (mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

/** Nearest-rank percentile (p in 0–100) with linear interpolation; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p / 100) * (sorted.length - 1)
  const lo = Math.floor(at)
  const hi = Math.ceil(at)
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo)
}

/** Prints rows as an aligned plain-text table (also valid Markdown). */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((r) => r.map(String))
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)))
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`
  const [head, ...body] = cells
  return [line(head ?? []), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n')
}

/** Resident memory (bytes) of `pid` and all its descendants, read from /proc: their sum, or the largest one. */
export function treeRss(pid: number, mode: 'sum' | 'max' = 'sum'): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // Fields after the command name (which may hold spaces): state ppid … rss is field 24.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const ppid = Number(fields[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)])
      rss.set(Number(name), Number(fields[21]) * 4096)
    } catch {
      // The process ended while we read; it no longer counts.
    }
  }
  let total = 0
  const stack = [pid]
  for (let p = stack.pop(); p !== undefined; p = stack.pop()) {
    total = mode === 'sum' ? total + (rss.get(p) ?? 0) : Math.max(total, rss.get(p) ?? 0)
    stack.push(...(children.get(p) ?? []))
  }
  return total
}

export interface Timed {
  /** Wall time in ms. */
  ms: number
  /**
   * CPU time (user + system) of the command and every process it waited for, in ms: steadier than
   * wall time on a shared machine, where other work takes the cores (NaN where /proc is missing).
   */
  cpuMs: number
  /** Peak summed RSS of the process tree in bytes (sampled every 200 ms). */
  peakRss: number
  /** Captured stdout + stderr (last 4 KB), for error messages. */
  output: string
}

/** Runs a command from the repo root, timing it and sampling its process tree's peak RSS; rejects on a non-zero exit. */
export function timed(cmd: string, args: readonly string[], env: Record<string, string> = {}, cwd = ROOT): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const cpu0 = childrenCpuMs()
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const keep = (b: Buffer) => {
      output = (output + b.toString()).slice(-4096)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    let peakRss = 0
    const sample = setInterval(() => {
      if (child.pid !== undefined) peakRss = Math.max(peakRss, treeRss(child.pid))
    }, 200)
    child.on('error', (error) => {
      clearInterval(sample)
      reject(new Error(`\`${cmd} ${args.join(' ')}\` did not start`, { cause: error }))
    })
    child.on('exit', (code) => {
      clearInterval(sample)
      const ms = performance.now() - t0
      // Reaped children's CPU is added to ours once waited for; 'exit' may come just before that.
      setImmediate(() => {
        const cpuMs = childrenCpuMs() - cpu0
        if (code === 0) resolve({ ms, cpuMs, peakRss, output })
        else reject(new Error(`\`${cmd} ${args.join(' ')}\` failed (exit ${code}):\n${output}`))
      })
    })
  })
}

/** CPU time (user + system, ms) of this process's children that have ended and been waited for (Linux: /proc/self/stat). */
export function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // Fields after the name: state(3) … cutime(16) cstime(17), in clock ticks (100 per second on Linux).
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100
  } catch {
    return Number.NaN
  }
}

/** Every `index.html` under `dir` (one per page with directory-format URLs), as paths relative to `dir`. */
export function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)}`
export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–')

/**
 * Runs a bench when its file is the command (`tsx src/bench/<name>.ts`), not when `npm run bench`
 * imports it: prints the report and exits 0 (Payload and browsers may keep handles open), or prints
 * the error and exits 1.
 */
export function runIfMain(meta: ImportMeta, bench: () => Promise<string>): void {
  if (meta.url !== `file://${process.argv[1]}`) return
  bench().then(
    (report) => {
      console.log(report)
      process.exit(0)
    },
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error)
      process.exit(1)
    },
  )
}
