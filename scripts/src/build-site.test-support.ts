import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { SiteContent } from '@hp/content-schemas'
import { DEMO_IMAGES } from './bench/generate.ts'
import { ROOT } from './lib/paths.ts'

/*
 * What the tests of the real site build share (build-site.*.test.ts, build-and-report.test.ts):
 * running `npm run build:site` as a build host does, the bundle and media it reads, and the HTML
 * it writes. Only tests import this file; no production entry point does.
 */

export interface BuildRun {
  code: number | null
  stdout: string
  stderr: string
  /** stdout and stderr as they came, interleaved. */
  output: string
}

/**
 * Runs a real site build (`npm run <script>` at the repo root) as it ships (NODE_ENV=production,
 * no telemetry), with `env` on top of this process's environment (CONTENT_FILE, SITE_DIST_DIR, …).
 */
export function runSiteBuild(env: Record<string, string>, script = 'build:site'): Promise<BuildRun> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const run: BuildRun = { code: null, stdout: '', stderr: '', output: '' }
    child.stdout.on('data', (d: Buffer) => {
      run.stdout += d
      run.output += d
    })
    child.stderr.on('data', (d: Buffer) => {
      run.stderr += d
      run.output += d
    })
    child.on('exit', (code) => resolve({ ...run, code }))
  })
}

/** Writes `content` as `<dir>/<name>.json`, the bundle a build reads (CONTENT_FILE); returns its path. */
export function writeContent(dir: string, name: string, content: SiteContent): string {
  const file = path.join(dir, `${name}.json`)
  writeFileSync(file, JSON.stringify(content))
  return file
}

/** The seed's images, which the generated bundles name (DEMO_IMAGES). */
export const SEED_MEDIA = path.join(ROOT, 'cms', 'src', 'seed', 'media')

/**
 * Makes `mediaDir` (MEDIA_SOURCE_DIR) with every demo image in it; `source` picks the seed file
 * whose bytes go under each name (the same file by default).
 */
export function copyDemoMedia(mediaDir: string, source: (filename: string) => string = (f) => f): void {
  mkdirSync(mediaDir)
  for (const f of DEMO_IMAGES) copyFileSync(path.join(SEED_MEDIA, source(f)), path.join(mediaDir, f))
}

/**
 * An image field as the export writes it, whose URL points nowhere (port 9): a file missing from
 * MEDIA_SOURCE_DIR cannot be fetched.
 */
export const unreachableImage = (filename: string, alt = 'Foto') => ({
  filename,
  url: `http://127.0.0.1:9/${filename}`,
  alt,
  mimeType: 'image/jpeg',
})

/** Every HTML page of a build output: site path (`/tips/…/`) → text. */
export function builtPages(dist: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' }))
    if (f.endsWith('.html')) out.set(`/${f.replace(/index\.html$/, '')}`, readFileSync(path.join(dist, f), 'utf8'))
  return out
}
