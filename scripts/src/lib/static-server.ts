import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

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

/** One rule of the build's `_redirects` file, in the Netlify syntax: `/from [key=value …] /to [status]`. */
export interface RedirectRule {
  from: string
  /** Query conditions; a value `:name` matches any non-empty value and binds it for `to`. */
  query: [string, string][]
  to: string
  status: number
}

/**
 * Parses a `_redirects` file: `/old/ /new/ 301`, or with query conditions
 * `/form/ naar=:naar /steps/:naar/ 302`. Comments (`#`) and lines that are not redirects are skipped;
 * so are rewrites (status 200), which the CDN supports and this server does not need.
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
    if (status >= 300 && status < 400) rules.push({ from, query, to: token, status })
  }
  return rules
}

/** Where the first rule that matches `url` sends it (Netlify: first match wins), or undefined. */
export function matchRedirect(rules: readonly RedirectRule[], url: URL): { location: string; status: number } | undefined {
  for (const rule of rules) {
    if (rule.from !== url.pathname) continue
    const bound = new Map<string, string>()
    const matches = rule.query.every(([key, want]) => {
      const value = url.searchParams.get(key)
      if (value === null || value === '') return false
      if (want.startsWith(':')) bound.set(want.slice(1), value)
      return want.startsWith(':') || value === want
    })
    if (!matches) continue
    // Encoded, so a value can never leave the target path (`naar=../../x` stays one segment).
    const location = rule.to.replace(/:([A-Za-z_]\w*)/g, (all, name: string) => {
      const value = bound.get(name)
      return value === undefined ? all : encodeURIComponent(value)
    })
    return { location, status: rule.status }
  }
  return undefined
}

/** The build's `_redirects` rules (read on each request, so a swapped build shows at once). */
function redirectsOf(root: string): RedirectRule[] {
  const file = path.join(root, '_redirects')
  return existsSync(file) ? parseRedirects(readFileSync(file, 'utf8')) : []
}

/** The same security headers netlify.toml sets in production. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
  'X-Frame-Options': 'DENY',
}

/** Serves a built static site like the CDN does: directory index, 404 page, security headers. Reads files on each request, so a swapped build shows at once. */
export function serveStatic(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const redirect = matchRedirect(redirectsOf(root), url)
    if (redirect) {
      res.writeHead(redirect.status, { ...SECURITY_HEADERS, Location: redirect.location }).end()
      return
    }
    let file = path.join(root, decodeURIComponent(url.pathname))
    if (!file.startsWith(root)) {
      res.writeHead(400).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end()
        return
      }
      file = path.join(file, 'index.html')
    }
    const found = existsSync(file) && statSync(file).isFile()
    const target = found ? file : path.join(root, '404.html')
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    }
    if (!existsSync(target)) {
      res.writeHead(404, headers).end('Not found')
      return
    }
    res.writeHead(found ? 200 : 404, headers)
    createReadStream(target).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
