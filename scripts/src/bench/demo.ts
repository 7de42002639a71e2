import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import {
  CHECKLISTS_BASE,
  HOME_URL,
  NEWSLETTER_URL,
  ORGANISATIONS_URL,
  PLATFORM_BASE,
  type Platform,
  PlatformSchema,
  SEARCH_URL,
  SIGNALS_URL,
  STEP_PLANS_BASE,
  tipsBase,
  treesBase,
  videosBase,
} from '@hp/content-schemas'
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

const PLATFORMS = PlatformSchema.options
const platformBase = (platform: Platform) => PLATFORM_BASE[platform]
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** The page at `url` itself. */
const at = (url: string) => new RegExp(`^${escapeRegExp(url)}$`)
/** A page `segment` (a regular expression; default: any one segment) below one of `bases`. */
const below = (bases: string[], segment = '[^/]+') => new RegExp(`^(?:${bases.map(escapeRegExp).join('|')})${segment}/$`)

/** One URL per page template, picked from the built site's files: the first match in sorted order. */
export const TEMPLATES: { name: string; match: RegExp; content: boolean }[] = [
  { name: 'home', match: at(HOME_URL), content: true },
  { name: 'landing helpers', match: at(PLATFORM_BASE.helpers), content: true },
  { name: 'landing professionals', match: at(PLATFORM_BASE.professionals), content: true },
  { name: 'checklist', match: below([CHECKLISTS_BASE]), content: true },
  { name: 'tip', match: below([tipsBase('helpers')]), content: true },
  { name: 'video', match: below(PLATFORMS.map(videosBase)), content: true },
  { name: 'step plan', match: below([STEP_PLANS_BASE]), content: true },
  { name: 'signals guide', match: at(SIGNALS_URL), content: true },
  { name: 'newsletter issue', match: below([NEWSLETTER_URL], '\\d+'), content: true },
  { name: 'organisations', match: at(ORGANISATIONS_URL), content: true },
  { name: 'search', match: at(SEARCH_URL), content: true },
  { name: 'tool: referral tree', match: below(PLATFORMS.map(treesBase), '[^/]+/[^/]+'), content: false },
  // One row per kind of scan: each is its own tool page (issue 17 reports them one by one).
  { name: 'tool: self-scan', match: below(PLATFORMS.map(platformBase), 'zelfscan-[^/]+'), content: false },
  { name: 'tool: test', match: below(PLATFORMS.map(platformBase), 'test-[^/]+'), content: false },
  { name: 'tool: quickscan', match: below(PLATFORMS.map(platformBase), 'quickscan-[^/]+'), content: false },
]
