import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { parse as parseToml } from 'smol-toml'
import { ROOT } from './paths.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
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
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.wasm': 'application/wasm',
}

/** One rule of the build's `_redirects` file, in the Netlify syntax: `/from [key=value …] /to [status][!]`. */
export interface RedirectRule {
  /** A path, or a path ending in `/*` (a splat: that path and everything below it, bound to `:splat`). */
  from: string
  /** Query conditions; a value `:name` matches any non-empty value and binds it for `to`. */
  query: [string, string][]
  to: string
  status: number
  /** `301!`: applies even where a file exists. Without it a rule never shadows a page (Netlify's default). */
  force: boolean
}

/**
 * Parses a `_redirects` file: `/old/ /new/ 301`, a splat `/old/* /new/:splat 301`, or with query
 * conditions `/form/ naar=:naar /steps/:naar/ 302`. Comments (`#`) and lines that are not redirects are
 * skipped; so are rewrites (status 200), which the CDN supports and this server does not need.
 */
export function parseRedirects(text: string): RedirectRule[] {
  const rules: RedirectRule[] = []
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/)
    const [from, ...rest] = parts
    if (!from?.startsWith('/')) continue
    const query: [string, string][] = []
    let token = rest.shift()
    for (; token?.includes('=') && !token.startsWith('/') && !/^https?:/.test(token); token = rest.shift()) {
      const at = token.indexOf('=')
      query.push([token.slice(0, at), token.slice(at + 1)])
    }
    if (!token) continue
    const status = rest[0] ? Number.parseInt(rest[0], 10) : 301
    const force = rest[0]?.endsWith('!') ?? false
    if (status >= 300 && status < 400) rules.push({ from, query, to: token, status, force })
  }
  return rules
}

/** Netlify normalises a trailing slash before matching: `/a` and `/a/` hit the same rule. */
const trimSlash = (p: string) => (p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p)

/** What a rule's path matches: undefined for no match, otherwise the splat ('' for a plain rule). */
function matchPath(from: string, pathname: string): string | undefined {
  if (from.endsWith('/*')) {
    const base = from.slice(0, -1) // `/old/`
    if (pathname.startsWith(base)) return pathname.slice(base.length)
    return pathname === base.slice(0, -1) ? '' : undefined
  }
  return trimSlash(from) === trimSlash(pathname) ? '' : undefined
}

/**
 * Where the first rule that matches `url` sends it (Netlify: first match wins), or undefined.
 * `exists` says whether a file answers at the path: non-forced rules then do not apply
 * (Netlify's shadowing), so a redirect can never hide a live page.
 * A rule without query conditions passes the request's query on, as Netlify does.
 */
export function matchRedirect(rules: readonly RedirectRule[], url: URL, exists = false): { location: string; status: number } | undefined {
  for (const rule of rules) {
    if (exists && !rule.force) continue
    const splat = matchPath(rule.from, url.pathname)
    if (splat === undefined) continue
    const bound = new Map<string, string>()
    const matches = rule.query.every(([key, want]) => {
      const value = url.searchParams.get(key)
      if (value === null || value === '') return false
      if (want.startsWith(':')) bound.set(want.slice(1), value)
      return want.startsWith(':') || value === want
    })
    if (!matches) continue
    // Query values are encoded, so a value can never leave the target path (`naar=../../x` stays one
    // segment); the splat is already a (normalised, percent-encoded) path and is kept as it is.
    let location = rule.to.replace(/:([A-Za-z_]\w*)/g, (all, name: string) => {
      if (name === 'splat') return splat
      const value = bound.get(name)
      return value === undefined ? all : encodeURIComponent(value)
    })
    if (rule.query.length === 0 && url.search && !location.includes('?')) location += url.search
    return { location, status: rule.status }
  }
  return undefined
}

/** The build's `_redirects` rules (read on each request, so a swapped build shows at once). */
function redirectsOf(root: string): RedirectRule[] {
  const file = path.join(root, '_redirects')
  return existsSync(file) ? parseRedirects(readFileSync(file, 'utf8')) : []
}

/** The file system path for a URL path inside `root`; undefined for a malformed or escaping path. */
function fileFor(root: string, pathname: string): string | undefined {
  try {
    const file = path.join(root, decodeURIComponent(pathname))
    return file === root || file.startsWith(root + path.sep) ? file : undefined
  } catch {
    return undefined
  }
}

/** True when a file (or a folder with an index.html) answers at this path: redirects then do not shadow it. */
function pageExists(root: string, pathname: string): boolean {
  const file = fileFor(root, pathname)
  if (!file || !existsSync(file)) return false
  const stat = statSync(file)
  return stat.isFile() || (stat.isDirectory() && existsSync(path.join(file, 'index.html')))
}

/** One `[[headers]]` rule of netlify.toml: a path pattern (`/*`, `/_astro/*`) and the headers it adds. */
export interface HeaderRule {
  for: string
  values: Record<string, string>
}

/** The `[[headers]]` rules of a netlify.toml text, in file order. */
export function parseHeaderRules(toml: string): HeaderRule[] {
  const doc = parseToml(toml) as { headers?: { for?: unknown; values?: Record<string, unknown> }[] }
  return (doc.headers ?? []).map((rule, i) => {
    if (typeof rule.for !== 'string' || !rule.for.startsWith('/')) {
      throw new Error(`netlify.toml: [[headers]] rule ${i + 1} needs a "for" path that starts with "/".`)
    }
    return { for: rule.for, values: Object.fromEntries(Object.entries(rule.values ?? {}).map(([k, v]) => [k, String(v)])) }
  })
}

/** The headers netlify.toml gives a path: every matching rule, in order (a later rule overrides a name), as Netlify merges them. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const rule of rules) {
    const hit = rule.for.endsWith('*') ? pathname.startsWith(rule.for.slice(0, -1)) : trimSlash(rule.for) === trimSlash(pathname)
    if (hit) Object.assign(out, rule.values)
  }
  return out
}

/** The production headers, read from the repository's netlify.toml, so the local server and the CDN cannot drift. */
export const HEADER_RULES: HeaderRule[] = parseHeaderRules(readFileSync(path.join(ROOT, 'netlify.toml'), 'utf8'))

/** The headers every response gets (the `/*` rule): security headers, also on redirects and errors. */
export const SECURITY_HEADERS: Record<string, string> = headersFor(HEADER_RULES, '/')

/** Netlify's own Cache-Control for what no rule caches: always revalidate. */
const DEFAULT_CACHE = 'public, max-age=0, must-revalidate'

/** Types the CDN compresses; images, video, fonts and pagefind's (already gzipped) index files are sent as they are. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg\+xml)/

/** Brotli, then gzip, as the client accepts them (q=0 refuses an encoding). */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number.parseFloat(q.replace(/^\s*q=/, '')) > 0)
      .map(([name]) => name?.trim().toLowerCase()),
  )
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip')) return 'gzip'
  return undefined
}

/** Compressed bodies by file, encoding and version (mtime + size): each file is compressed once per build. */
const compressed = new Map<string, Buffer>()

function compressedBody(file: string, encoding: 'br' | 'gzip'): Buffer {
  const stat = statSync(file)
  const key = `${encoding}:${file}:${stat.mtimeMs}:${stat.size}`
  let body = compressed.get(key)
  if (!body) {
    const raw = readFileSync(file)
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : gzipSync(raw, { level: 9 })
    if (compressed.size > 5_000) compressed.clear()
    compressed.set(key, body)
  }
  return body
}

/** Sends a file as the CDN would: compressed when the type and the client allow it, otherwise streamed. */
function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status: number, headers: Record<string, string>) {
  const type = headers['Content-Type'] ?? ''
  const encoding = COMPRESSIBLE.test(type) ? pickEncoding(req.headers['accept-encoding']) : undefined
  if (!encoding) {
    res.writeHead(status, { ...headers, 'Content-Length': String(statSync(file).size) })
    if (req.method === 'HEAD') res.end()
    else createReadStream(file).pipe(res)
    return
  }
  const body = compressedBody(file, encoding)
  res.writeHead(status, { ...headers, 'Content-Encoding': encoding, 'Content-Length': String(body.length), Vary: 'Accept-Encoding' })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/**
 * Serves a built static site like the CDN does: directory index, 404 page, `_redirects`, the headers of
 * netlify.toml (security and cache rules), brotli or gzip. Reads files on each request, so a swapped build shows at once.
 */
export function serveStatic(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const root = path.resolve(dir)
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const redirect = matchRedirect(redirectsOf(root), url, pageExists(root, url.pathname))
    if (redirect) {
      res.writeHead(redirect.status, { ...SECURITY_HEADERS, Location: redirect.location }).end()
      return
    }
    let file = fileFor(root, url.pathname)
    if (!file) {
      res.writeHead(400, SECURITY_HEADERS).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { ...SECURITY_HEADERS, Location: `${url.pathname}/${url.search}` }).end()
        return
      }
      file = path.join(file, 'index.html')
    }
    const found = existsSync(file) && statSync(file).isFile()
    const target = found ? file : path.join(root, '404.html')
    const headers: Record<string, string> = {
      'Cache-Control': DEFAULT_CACHE,
      ...headersFor(HEADER_RULES, found ? url.pathname : '/404.html'),
      'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream',
    }
    if (!existsSync(target)) {
      res.writeHead(404, headers).end('Not found')
      return
    }
    sendFile(req, res, target, found ? 200 : 404, headers)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
