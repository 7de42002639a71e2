import { spawn } from 'node:child_process'
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CMS_DIR } from '@hp/scripts/paths'
import { ensureCmsBuild } from '@hp/testing/cms-server'
import { type Started, startProcess } from '@hp/testing/process'
import { type SmtpSink, startSink } from '@hp/testing/smtp-sink'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/*
 * The container image without Docker (not available on the build machines): the standalone build
 * laid out exactly as cms/Dockerfile's `web` stage copies it, in a folder outside the repository
 * (so nothing resolves from the repository's node_modules), started with the image's command and
 * only the environment the image would get. The Dockerfile's COPY lines are read from the file, so
 * the test follows the image when it changes.
 */

const DOCKERFILE = path.join(CMS_DIR, 'Dockerfile')

/** The `COPY --from=build` lines of the web stage: [source in the build, destination in /app]. */
function webStageCopies(): Array<[string, string]> {
  const text = readFileSync(DOCKERFILE, 'utf8')
  const stage = text.slice(text.indexOf(' AS web'), text.indexOf(' AS worker'))
  return [...stage.matchAll(/^COPY --from=build(?: --chown=\S+)? (\S+) (\S+)$/gm)].map((m) => [m[1] as string, m[2] as string])
}

/** The web stage's CMD as an argument list. */
function webCommand(): string[] {
  const text = readFileSync(DOCKERFILE, 'utf8')
  const stage = text.slice(text.indexOf(' AS web'), text.indexOf(' AS worker'))
  const cmd = /^CMD (\[.*\])$/m.exec(stage)?.[1]
  if (!cmd) throw new Error('The web stage of cms/Dockerfile has no CMD [...]')
  return JSON.parse(cmd) as string[]
}

/** Symbolic links that point outside `root` (the image would not have their targets). */
function linksOutside(root: string, dir = root, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    const info = lstatSync(full)
    if (info.isSymbolicLink()) {
      const target = path.resolve(path.dirname(full), readlinkSync(full))
      if (!target.startsWith(root)) out.push(`${full} -> ${target}`)
    } else if (info.isDirectory()) linksOutside(root, full, out)
  }
  return out
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

function start(app: string, env: Record<string, string>): Started {
  const [command, ...args] = webCommand()
  // `node` in the image is the pinned Node 22 here.
  return startProcess(command === 'node' ? process.execPath : (command as string), args, { cwd: app, env: env as NodeJS.ProcessEnv })
}

const stop = (started: Started | undefined) => started?.stop() ?? Promise.resolve()

describe('the container image (standalone build, as cms/Dockerfile lays it out)', () => {
  let dir: string
  let app: string
  let sink: SmtpSink
  let server: Started | undefined
  let url: string
  let env: Record<string, string>

  beforeAll(async () => {
    await ensureCmsBuild()
    dir = mkdtempSync(path.join(tmpdir(), 'hp-image-'))
    app = path.join(dir, 'app')
    mkdirSync(app)
    for (const [from, to] of webStageCopies()) {
      const source = path.join(path.dirname(CMS_DIR), from.replace(/^\/app\//, ''))
      const target = path.resolve(app, to)
      expect(existsSync(source), `the build has ${from}`).toBe(true)
      cpSync(source, target, { recursive: true, verbatimSymlinks: true })
    }
    sink = await startSink()
    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    const data = path.join(dir, 'data')
    mkdirSync(path.join(data, 'media'), { recursive: true })
    // What the image sets (ENV lines) and what an operator sets, nothing from this machine.
    env = {
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      DATABASE_URI: `file:${path.join(data, 'cms.db')}`,
      MEDIA_DIR: path.join(data, 'media'),
      PAYLOAD_SECRET: 'image-secret-image-secret-image-secret-01',
      SERVER_URL: url,
      SITE_URL: 'https://www.example.org',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sink.port),
      MAIL_FROM: 'Voor Professionals <nieuwsbrief@example.org>',
      JOBS_AUTORUN: 'false',
    }
    server = start(app, env)
    const deadline = Date.now() + 180_000
    for (;;) {
      if (server.child.exitCode !== null) throw new Error(`The server stopped (exit ${server.child.exitCode}):\n${server.output()}`)
      try {
        const res = await fetch(`${url}/api/health`)
        if (res.status === 200) break
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`No answer from /api/health within 180 s:\n${server.output()}`)
      await new Promise((r) => setTimeout(r, 500))
    }
  }, 900_000)

  afterAll(async () => {
    await stop(server)
    await sink?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('holds everything it needs: no link points back into the repository', () => {
    expect(linksOutside(app)).toEqual([])
    expect(app.startsWith(path.dirname(CMS_DIR))).toBe(false)
  })

  it('answers the health check the HEALTHCHECK calls', async () => {
    const res = await fetch(`${url}/api/health`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
  })

  it("passes the image's own HEALTHCHECK command, and runs as a non-root user", async () => {
    const text = readFileSync(DOCKERFILE, 'utf8')
    const stage = text.slice(text.indexOf(' AS web'), text.indexOf(' AS worker'))
    const check = /HEALTHCHECK [^[]*CMD (\[.*\])$/m.exec(stage.replace(/\\\n\s*/g, ''))?.[1]
    if (!check) throw new Error('The web stage of cms/Dockerfile has no HEALTHCHECK CMD [...]')
    const [command, ...args] = JSON.parse(check) as string[]
    expect(command).toBe('node')
    const probe = spawn(process.execPath, args, { env: { NODE_ENV: 'production', PORT: env.PORT }, stdio: 'ignore' })
    expect(await new Promise((resolve) => probe.once('exit', resolve))).toBe(0)
    // Pointed at a port where nothing listens, the same check fails (so it does check).
    const dead = spawn(process.execPath, args, { env: { NODE_ENV: 'production', PORT: String(await freePort()) }, stdio: 'ignore' })
    expect(await new Promise((resolve) => dead.once('exit', resolve))).toBe(1)
    for (const stageName of [' AS web', ' AS worker']) {
      const part = text.slice(text.indexOf(stageName))
      const user = /^USER (\S+)$/m.exec(part)?.[1]
      expect(user, `USER in the${stageName} stage`).toBeDefined()
      expect(['root', '0']).not.toContain(user)
    }
  })

  it('is ready: the database (migrated at start-up), the media folder and the mail server work', async () => {
    const res = await fetch(`${url}/api/ready`)
    const body = (await res.json()) as { status: string; checks: Record<string, { ok: boolean }> }
    expect(body.status, JSON.stringify(body)).toBe('ready')
    expect(res.status).toBe(200)
    expect(Object.fromEntries(Object.entries(body.checks).map(([k, v]) => [k, v.ok]))).toEqual({
      database: true,
      storage: true,
      mail: true,
    })
  })

  it('serves an admin page (the first-user form of a fresh database) in Dutch, with its scripts', async () => {
    const res = await fetch(`${url}/admin/create-first-user`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/<html[^>]*lang="nl"/)
    expect(html).toMatch(/<title>[^<]*CMS Helpers (&amp;|&) Professionals<\/title>/)
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1]
    expect(script, 'the admin page loads a script from /_next/static').toBeDefined()
    const asset = await fetch(new URL(script as string, url))
    expect(asset.status).toBe(200)
  })

  it('stamps the client address itself: a client cannot send its own peer header past it', () => {
    // The image runs the CMS's server (cms/src/server.ts), not Next's generated server.js.
    expect(webCommand()).toContain('cms/src/server.ts')
    expect(existsSync(path.join(app, 'cms', 'src', 'server.ts'))).toBe(true)
  })

  it('refuses to start with a wrong variable, naming it in Dutch and English', async () => {
    const port = await freePort()
    const bad = start(app, { ...env, PORT: String(port), S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key', SERVER_URL: 'cms.example.org' })
    const code = await Promise.race([bad.exited, new Promise<'running'>((r) => setTimeout(() => r('running'), 120_000))])
    await stop(bad)
    expect(code).toBe(1)
    expect(bad.output()).toMatch(/Ongeldige CMS-instellingen \/ Invalid CMS environment/)
    expect(bad.output()).toMatch(/SERVER_URL: is geen geldige URL/)
    expect(bad.output()).toMatch(
      /S3_SECRET_ACCESS_KEY: ontbreekt: vul S3_ACCESS_KEY_ID en S3_SECRET_ACCESS_KEY allebei in, of laat ze allebei leeg \/ missing/,
    )
  })
})
