/**
 * The CMS's HTTP server in production (`npm run serve --workspace cms`, used by `npm start`):
 * `next start`, plus one thing Next cannot do itself. Payload's REST handlers get a Web Request
 * without the socket, so they cannot see which address a request came from. This server writes
 * that address into the `x-cms-peer-address` header (security/clientIp.ts) after deleting any
 * copy the client sent; the rate limits read it, and X-Forwarded-For only when that address is
 * one of TRUSTED_PROXIES.
 *
 * Run with Node's own TypeScript support: only erasable syntax here and in what it imports.
 * Options: `--port <n>` (default: PORT, else 3000), `--hostname <h>` (default: HOSTNAME, else all interfaces).
 */
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import next from 'next'
import { readEnv } from './env.ts'
import { stampPeerAddress } from './security/clientIp.ts'

const { values } = parseArgs({ options: { port: { type: 'string' }, hostname: { type: 'string' } } })
const port = Number(values.port ?? process.env.PORT ?? 3000)
const hostname = values.hostname ?? process.env.HOSTNAME
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`De poort "${values.port ?? process.env.PORT}" is geen getal tussen 0 en 65535 (--port of PORT).`)
  process.exit(1)
}

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// In the container image (Next's standalone output, cms/Dockerfile) there is no next.config.mjs:
// use the configuration the build recorded, as Next's generated standalone server.js does. That
// server.js is not used: it would pass a client's own x-cms-peer-address header through.
const recorded = path.join(dir, '.next', 'required-server-files.json')
if (!existsSync(path.join(dir, 'next.config.mjs')) && existsSync(recorded)) {
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(recorded, 'utf8')).config)
}
const app = next({ dev: false, dir, port, ...(hostname ? { hostname } : {}) })
await app.prepare()
// The environment (cms/.env is loaded by now) is checked at start-up, not at the first request:
// a wrong variable stops the server with a message naming it (env.ts).
try {
  readEnv()
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
const handle = app.getRequestHandler()

const server = createServer((req, res) => {
  stampPeerAddress(req.headers, req.socket.remoteAddress)
  handle(req, res).catch((error: unknown) => {
    console.error('Request failed:', error)
    if (!res.headersSent) res.writeHead(500)
    res.end()
  })
})
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is already in use: stop the other process or choose --port.`
      : `The CMS server failed: ${error.message}`,
  )
  process.exit(1)
})
server.listen(port, hostname, () => {
  const address = server.address()
  const actual = typeof address === 'object' && address ? address.port : port
  console.log(`CMS ready on http://${hostname ?? 'localhost'}:${actual}`)
})
