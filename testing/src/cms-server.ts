import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { cmsBuildState } from '@hp/scripts/build-stamp'
import { CMS_DIR, ROOT } from '@hp/scripts/paths'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { startProcess } from './process.ts'

const run = promisify(execFile)
const BIN = path.join(ROOT, 'node_modules', '.bin')
/** The repo's pinned Node first on PATH, as npm scripts have it. */
const PATH = `${BIN}${path.delimiter}${process.env.PATH ?? ''}`
const quiet = { NEXT_TELEMETRY_DISABLED: '1' }

export const SEED_PASSWORD = 'e2e-password-123'
export const SITE_BUILDER_API_KEY = 'e2e-site-builder-key-0123456789'

/**
 * Builds the admin with `next build` unless the last build in this checkout came from the same
 * sources (the stamp `npm start` also reads and writes). Returns the seconds it took (0 if reused);
 * with a `label` (the spec's name) it also logs which it was.
 */
export async function ensureCmsBuild(label?: string): Promise<number> {
  const seconds = await buildCmsIfStale()
  if (label) console.log(seconds > 0 ? `${label}: next build took ${seconds.toFixed(0)} s` : `${label}: reusing the CMS build`)
  return seconds
}

async function buildCmsIfStale(): Promise<number> {
  const build = cmsBuildState()
  if (!build.stale) return 0
  const started = Date.now()
  await run('npm', ['run', 'build', '--workspace', 'cms'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...quiet,
      PATH,
      NODE_ENV: 'production',
      // The build loads the config, which checks the environment; no value of it ends up in the build.
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'build-only-secret-build-only-secret-0123',
    },
    maxBuffer: 64 * 1024 * 1024,
  })
  build.save()
  return (Date.now() - started) / 1000
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

export interface CmsServer {
  url: string
  dir: string
  env: Record<string, string>
  /** Process group of the server (cms/src/server.ts and its workers). */
  pid: number
  /** Everything the server wrote to stdout and stderr so far. */
  log(): string
  stop(): Promise<void>
}

/**
 * A real CMS: the production server (cms/src/server.ts, as `npm start` runs it) on the production build, on a free port, against a fresh SQLite
 * database with the demo seed (migrations first, as `npm start` does). `env` overrides settings,
 * e.g. SERVER_URL=https://… or MAX_UPLOAD_MB=1.
 */
export async function startCms(env: Record<string, string> = {}): Promise<CmsServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hp-cms-e2e-'))
  const port = await freePort()
  const base: Record<string, string> = {
    ...quiet,
    PATH,
    PAYLOAD_SECRET: 'e2e-secret-e2e-secret-e2e-secret-012345',
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    SEED_PASSWORD,
    SITE_BUILDER_API_KEY,
    SERVER_URL: `http://127.0.0.1:${port}`,
    SITE_URL: 'http://127.0.0.1:9',
    SITE_BUILD_HOOK_URL: '',
    NEWSLETTER_AUTORUN: 'false',
    ...env,
  }
  await run('npm', ['run', '--silent', 'seed'], { cwd: ROOT, env: { ...process.env, ...base }, maxBuffer: 64 * 1024 * 1024 })
  // What `npm start` and production run (`npm run serve --workspace cms`): cms/src/server.ts, Next's
  // handler behind the server that stamps the client address. `process.execPath` is the pinned Node 22.
  const serve = ['--disable-warning=ExperimentalWarning', 'src/server.ts', '--port', String(port), '--hostname', '127.0.0.1']
  const server = startProcess(process.execPath, serve, { cwd: CMS_DIR, env: { ...process.env, ...base, NODE_ENV: 'production' } })
  const { child } = server
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  const until = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`The CMS server stopped (exit ${child.exitCode}):\n${server.output()}`)
    }
    try {
      const res = await fetch(`${url}/api/users/me`)
      if (res.status < 500) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) {
      await stop()
      throw new Error(`The CMS did not answer within 120 s:\n${server.output()}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return { url, dir, env: base, pid: child.pid ?? 0, log: server.output, stop }
}

/** Logs `page` into the admin at `cmsUrl` as a seeded user, through the login form as a person does, and waits for the dashboard. */
export async function adminLogin(page: Page, cmsUrl: string, email: string, timeout = 60_000): Promise<void> {
  await page.goto(`${cmsUrl}/admin/login`, { timeout })
  await page.fill('#field-email', email)
  await page.fill('#field-password', SEED_PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout })
}

/** The browser the admin specs see the admin in, as an editor at a desk: Dutch, Amsterdam time, a 1440×900 window. */
export const ADMIN_BROWSER: BrowserContextOptions = {
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
  viewport: { width: 1440, height: 900 },
}

/** A page in a new browser context as ADMIN_BROWSER (`options` on top), not logged in yet; `page.context()` closes it. */
export async function adminPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ ...ADMIN_BROWSER, ...options })
  return context.newPage()
}

/** A page in a new browser context as ADMIN_BROWSER (`options` on top), logged into the admin at `cmsUrl` as the seeded `email`. */
export async function openAdmin(browser: Browser, cmsUrl: string, email: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await adminPage(browser, options)
  await adminLogin(page, cmsUrl, email)
  return page
}

/** An API token of a seeded user, as the `Authorization` header value (`JWT …`); throws when the login is refused. */
export async function loginToken(cmsUrl: string, email: string): Promise<string> {
  const res = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: SEED_PASSWORD }),
  })
  if (res.status !== 200) throw new Error(`login as ${email}: ${res.status} ${await res.text()}`)
  return `JWT ${((await res.json()) as { token: string }).token}`
}

/** `at` as an editor in Amsterdam reads and types it: dd-mm-jjjj uu:mm (24-hour). */
export function amsterdamDateTime(at: Date): string {
  const parts = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('day')}-${get('month')}-${get('year')} ${get('hour')}:${get('minute')}`
}
