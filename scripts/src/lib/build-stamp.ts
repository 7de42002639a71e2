import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CMS_DIR, ROOT } from './paths.ts'

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) walk(full, out)
    else out.push(full)
  }
}

/** A hash of the sources a build depends on, to skip rebuilding when nothing changed. */
export function sourceHash(paths: string[]): string {
  const hash = createHash('sha256')
  for (const p of paths) {
    const files: string[] = []
    if (statSync(p).isDirectory()) walk(p, files)
    else files.push(p)
    for (const f of files.sort()) hash.update(f).update(readFileSync(f))
  }
  return hash.digest('hex')
}

export const isStale = (stampFile: string, hash: string): boolean =>
  !existsSync(stampFile) || readFileSync(stampFile, 'utf8').trim() !== hash

export const writeStamp = (stampFile: string, hash: string): void => writeFileSync(stampFile, `${hash}\n`)

/**
 * Whether the admin (`next build` in cms/) must be built again: its sources changed since the last
 * build in this checkout. `npm start` and the real-server browser tests share this stamp.
 */
export function cmsBuildState(): { stale: boolean; save(): void } {
  const stamp = path.join(CMS_DIR, '.next', 'source-hash')
  const hash = sourceHash([
    path.join(CMS_DIR, 'src'),
    path.join(CMS_DIR, 'next.config.mjs'),
    path.join(ROOT, 'content-schemas', 'src'),
    path.join(ROOT, 'package-lock.json'),
  ])
  return { stale: isStale(stamp, hash), save: () => writeStamp(stamp, hash) }
}
