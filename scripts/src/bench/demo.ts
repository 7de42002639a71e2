import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { ROOT } from '../lib/paths.ts'
import { serveStatic } from '../lib/static-server.ts'
import { BENCH_DIR } from './site-build.ts'

/**
 * The built demo site: BENCH_DIST if set, else a fresh build of the demo seed into a temporary
 * SQLite CMS, exported and built like the e2e setup does (kept in BENCH_DIR/demo, or BENCH_DIR/<name>,
 * for the next bench; `rebuild` builds afresh even when a build is there).
 */
export function demoSite(options: { name?: string; rebuild?: boolean } = {}): string {
  if (process.env.BENCH_DIST) return path.resolve(process.env.BENCH_DIST)
  const dir = path.join(BENCH_DIR, options.name ?? 'demo')
  const dist = path.join(dir, 'dist')
  if (existsSync(path.join(dist, 'index.html')) && !process.env.BENCH_REBUILD && !options.rebuild) return dist
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const env = {
    ...process.env,
    PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    SEED_PASSWORD: 'bench-password-123',
    SITE_BUILDER_API_KEY: 'bench-site-builder-key-0123456789',
    SITE_DIST_DIR: dist,
    CONTENT_FILE: path.join(dir, 'content.json'),
    MEDIA_SOURCE_DIR: path.join(dir, 'media'),
  }
  const run = (args: string[]) =>
    execFileSync('npm', ['run', '--silent', ...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] })
  console.error('Building the demo site (seed → export → build:site) …')
  run(['seed'])
  run(['export', '--', env.CONTENT_FILE])
  run(['build:site'])
  return dist
}

/** Serves a built site on a free loopback port, like the CDN (headers, redirects). */
export async function serve(dist: string): Promise<{ base: string; close: () => Promise<void> }> {
  const server: Server = await serveStatic(dist, 0)
  const { port } = server.address() as AddressInfo
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) }
}

/** One URL per page template, picked from the built site's files: the first match in sorted order. */
export const TEMPLATES: { name: string; match: RegExp; content: boolean }[] = [
  { name: 'home', match: /^\/$/, content: true },
  { name: 'landing helpers', match: /^\/voor-de-helpers\/$/, content: true },
  { name: 'landing professionals', match: /^\/voor-professionals\/$/, content: true },
  { name: 'checklist', match: /^\/voor-de-helpers\/checklists\/[^/]+\/$/, content: true },
  { name: 'tip', match: /^\/voor-de-helpers\/tips\/[^/]+\/$/, content: true },
  { name: 'video', match: /^\/voor-[a-z-]+\/videos\/[^/]+\/$/, content: true },
  { name: 'step plan', match: /^\/voor-professionals\/stappenplannen\/[^/]+\/$/, content: true },
  { name: 'signals guide', match: /^\/voor-professionals\/signalenwijzer\/$/, content: true },
  { name: 'newsletter issue', match: /^\/voor-professionals\/nieuwsbrief\/\d+\/$/, content: true },
  { name: 'organisations', match: /^\/organisaties\/$/, content: true },
  { name: 'search', match: /^\/zoeken\/$/, content: true },
  { name: 'tool: referral tree', match: /^\/voor-[a-z-]+\/doorverwijstool\/[^/]+\/[^/]+\/$/, content: false },
  // One row per kind of scan: each is its own tool page (issue 17 reports them one by one).
  { name: 'tool: self-scan', match: /^\/voor-[a-z-]+\/zelfscan-[^/]+\/$/, content: false },
  { name: 'tool: test', match: /^\/voor-[a-z-]+\/test-[^/]+\/$/, content: false },
  { name: 'tool: quickscan', match: /^\/voor-[a-z-]+\/quickscan-[^/]+\/$/, content: false },
]
