import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { HEADER_RULES, headersFor, SECURITY_HEADERS } from '../lib/static-server.ts'
import { buildPreviewSite, type PreviewBuildOptions } from './build.ts'

/**
 * The preview server: shows a draft as the static site will show it, built with the site's real
 * components, CSS and islands (build.ts), for staff only.
 *
 *   GET /voorbeeld/<token>   the admin's "Voorbeeld" lands here (a token the CMS signed, ≤ 15 min).
 *                            The CMS checks the token and answers the bundle with the draft; the
 *                            server builds it (or reuses the build of an identical bundle), sets a
 *                            session cookie that ends with the token, and redirects to the page.
 *   GET /<anything else>     the preview build of this browser's session; without one: 401.
 *
 * Every answer carries `X-Robots-Tag: noindex` and `Cache-Control: no-store`; every HTML page gets a
 * `<meta name="robots" content="noindex">`; robots.txt disallows everything. Builds live in a temporary
 * folder of this process, never in site/dist and never in the search index.
 */
export interface PreviewServerOptions extends PreviewBuildOptions {
  cmsUrl: string
  port: number
  host?: string
  /** Called with each build's time (ms) and page path. */
  onBuild?: (info: { ms: number; path: string; reused: boolean }) => void
}

export interface PreviewServer {
  server: Server
  url: string
  close(): Promise<void>
}

export const PREVIEW_COOKIE = 'hp_voorbeeld'
const NO_INDEX = { 'X-Robots-Tag': 'noindex, nofollow, noarchive', 'Cache-Control': 'no-store, private' }
const ROBOTS_META = '<meta name="robots" content="noindex, nofollow">'
/** Builds kept (the newest); an older preview's session asks for a fresh click. */
const KEEP_BUILDS = 4

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
}

interface Build {
  dir: string
  ready: Promise<void>
  ms?: number
}
interface Session {
  build: string
  expires: number
}

/** The page as it is, with the robots meta: replaces the site's own robots meta or goes first in <head>. */
export function withNoIndex(html: string): string {
  if (/<meta name="robots"[^>]*>/.test(html)) return html.replace(/<meta name="robots"[^>]*>/g, ROBOTS_META)
  return html.replace(/<head>/i, `<head>${ROBOTS_META}`)
}

const page = (title: string, lines: string[]) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8">${ROBOTS_META}<meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title></head><body><main><h1>${esc(title)}</h1>${lines.map((l) => `<p>${esc(l)}</p>`).join('')}</main></body></html>`
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`)

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, ...NO_INDEX, 'Content-Type': 'text/html; charset=utf-8', ...headers })
  res.end(body)
}

const cookieOf = (req: IncomingMessage, name: string) =>
  (req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === name)?.[1]

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const root = await mkdtemp(path.join(tmpdir(), 'hp-preview-'))
  const builds = new Map<string, Build>()
  const sessions = new Map<string, Session>()
  // One build at a time: the machine's cores go to one Astro build, not to two halves.
  let queue: Promise<unknown> = Promise.resolve()

  const buildFor = (raw: unknown, key: string): { build: Build; reused: boolean } => {
    const known = builds.get(key)
    if (known) {
      builds.delete(key)
      builds.set(key, known) // newest last
      return { build: known, reused: true }
    }
    const dir = path.join(root, key)
    const started = Date.now()
    const run = queue.catch(() => undefined).then(() => buildPreviewSite(raw, dir, options))
    queue = run
    const build: Build = {
      dir,
      ready: run.then(() => {
        build.ms = Date.now() - started
      }),
    }
    build.ready.catch(() => builds.delete(key))
    builds.set(key, build)
    while (builds.size > KEEP_BUILDS) {
      const [oldest, old] = builds.entries().next().value as [string, Build]
      builds.delete(oldest)
      void old.ready.finally(() => rm(old.dir, { recursive: true, force: true }))
    }
    return { build, reused: false }
  }

  async function open(res: ServerResponse, token: string) {
    let answer: Response
    try {
      answer = await fetch(new URL('/api/preview/content', options.cmsUrl), { headers: { Authorization: `Preview ${token}` } })
    } catch {
      return send(
        res,
        502,
        page('Het beheer is niet bereikbaar', [`Het voorbeeld haalt de inhoud uit het beheer (${options.cmsUrl}). Draait het?`]),
      )
    }
    const body = (await answer.json().catch(() => ({}))) as {
      content?: { generatedAt?: string }
      path?: string
      expiresAt?: number
      error?: string
      problems?: string[]
    }
    if (!answer.ok || !body.content || !body.path || !body.expiresAt) {
      const status = answer.status === 401 || answer.status === 403 ? 403 : answer.ok ? 502 : answer.status
      return send(res, status, page('Geen voorbeeld', [body.error ?? `Het beheer antwoordde ${answer.status}.`, ...(body.problems ?? [])]))
    }
    // Identical content (the time it was made aside) is one build: a second click is instant.
    const { generatedAt: _, ...rest } = body.content
    const key = createHash('sha256').update(JSON.stringify(rest)).digest('hex').slice(0, 24)
    const started = Date.now()
    const { build, reused } = buildFor(body.content, key)
    try {
      await build.ready
    } catch (error) {
      return send(res, 500, page('Het voorbeeld kon niet worden gebouwd', [error instanceof Error ? error.message : String(error)]))
    }
    options.onBuild?.({ ms: reused ? Date.now() - started : (build.ms ?? 0), path: body.path, reused })
    const sid = randomBytes(24).toString('base64url')
    sessions.set(sid, { build: key, expires: body.expiresAt })
    for (const [id, s] of sessions) if (s.expires <= Date.now()) sessions.delete(id)
    const maxAge = Math.max(1, Math.floor((body.expiresAt - Date.now()) / 1000))
    res.writeHead(303, {
      ...SECURITY_HEADERS,
      ...NO_INDEX,
      Location: body.path,
      'Set-Cookie': `${PREVIEW_COOKIE}=${sid}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax`,
    })
    res.end()
  }

  function serve(req: IncomingMessage, res: ServerResponse, url: URL) {
    const session = sessions.get(cookieOf(req, PREVIEW_COOKIE) ?? '')
    if (!session || session.expires <= Date.now())
      return send(
        res,
        401,
        page('Dit voorbeeld is alleen voor de redactie', [
          'Open het voorbeeld in het beheer met de knop "Voorbeeld" bij een document. Een voorbeeldlink werkt 10 minuten.',
        ]),
      )
    const build = builds.get(session.build)
    if (!build?.ms) return send(res, 410, page('Dit voorbeeld is vervangen', ['Klik in het beheer opnieuw op "Voorbeeld".']))
    let file: string
    try {
      file = path.join(build.dir, decodeURIComponent(url.pathname))
    } catch {
      return send(res, 400, page('Ongeldig adres', []))
    }
    if (!file.startsWith(build.dir + path.sep) && file !== build.dir) return send(res, 400, page('Ongeldig adres', []))
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html')
    const found = existsSync(file) && statSync(file).isFile()
    const target = found ? file : path.join(build.dir, '404.html')
    if (!existsSync(target)) return send(res, 404, page('Niet gevonden', []))
    const type = TYPES[path.extname(target)] ?? 'application/octet-stream'
    const headers = { ...headersFor(HEADER_RULES, found ? url.pathname : '/404.html'), ...NO_INDEX, 'Content-Type': type }
    const data = readFileSync(target)
    res.writeHead(found ? 200 : 404, headers)
    res.end(type.startsWith('text/html') ? withNoIndex(String(data)) : data)
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, page('Niet toegestaan', []), { Allow: 'GET, HEAD' })
    if (url.pathname === '/robots.txt') {
      res.writeHead(200, { ...NO_INDEX, 'Content-Type': 'text/plain; charset=utf-8' })
      return res.end('User-agent: *\nDisallow: /\n')
    }
    const token = /^\/voorbeeld\/([A-Za-z0-9_.-]+)\/?$/.exec(url.pathname)?.[1]
    if (token) {
      open(res, token).catch((error) => send(res, 500, page('Fout in het voorbeeld', [String(error)])))
      return
    }
    serve(req, res, url)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host ?? '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    server,
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve))
      await queue.catch(() => undefined)
      await rm(root, { recursive: true, force: true })
    },
  }
}
