import { once } from 'node:events'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleEndpoints, type Payload } from 'payload'
import { stampPeerAddress } from '../../src/security/clientIp.ts'

/** Payload's REST handlers behind node:http: IncomingMessage → Request, Response → ServerResponse. */
async function serveApi(payload: Payload | undefined, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!payload) return void res.writeHead(503).end()
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  // As the CMS's own server does (src/server.ts): the socket's address, never a client-sent copy.
  stampPeerAddress(req.headers, req.socket.remoteAddress)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && chunks.length > 0
  const request = new Request(new URL(req.url ?? '/', 'http://localhost:3000'), {
    method: req.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  })
  const response = await handleEndpoints({ config: payload.config, request })
  res.writeHead(response.status, Object.fromEntries(response.headers))
  res.end(Buffer.from(await response.arrayBuffer()))
}

/**
 * The CMS's REST API over real HTTP, as the site and the build reach it under `npm start` (the
 * same handlers Next's route calls, without `next start`). `payload` is read per request, so the
 * server may listen before the CMS has booted (it answers 503 until then).
 */
export function createApiServer(payload: () => Payload | undefined): Server {
  const server = createServer((req, res) => {
    serveApi(payload(), req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500)
      res.end(String(error))
    })
  })
  // Node closes an idle keep-alive connection after 5 s; a test's fetch that reuses it at that moment
  // gets ECONNRESET (seen once under load, after a 6 s test). Idle connections stay open for the
  // tests' lifetime instead; `server.close()` still closes them.
  server.keepAliveTimeout = 10 * 60_000
  server.headersTimeout = 10 * 60_000 + 1_000
  return server
}

/** Listens on a free loopback port; resolves to the server's base URL. */
export async function listen(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}
