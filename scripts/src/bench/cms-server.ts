import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

/**
 * Payload's REST API without Next.js: `handleEndpoints` (Fetch Request → Response) behind a
 * node:http server on loopback. The bench starts it as a child (DATABASE_URI etc. set) so its RSS
 * is its own; it prints `listening <port>` when ready. Next's routing and rendering are not measured.
 */
const { handleEndpoints } = await import('payload')
const { default: config } = await import('@hp/cms/config')
const { getPayload } = await import('payload')
const { stampPeerAddress } = await import('@hp/cms/client-ip')
// Warm up: connect to the database before the first request is timed.
await getPayload({ config })

const server = createServer(async (req, res) => {
  try {
    const url = `http://127.0.0.1${req.url ?? '/'}`
    // As the CMS's own server does: per-IP rate limits see the socket's address.
    stampPeerAddress(req.headers, req.socket.remoteAddress)
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
    const request = new Request(url, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
    })
    const response = await handleEndpoints({ config, request })
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' })
    res.end(error instanceof Error ? error.message : String(error))
  }
})
server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`))
