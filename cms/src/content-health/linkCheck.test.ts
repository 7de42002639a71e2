import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkLinks } from './linkCheck.ts'

// A real local HTTP server that records how it is asked: the checker must be polite to real sites.

let server: Server
let base: string
const log: { path: string; method: string; at: number }[] = []
let inFlight = 0
let maxInFlight = 0

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/'
    log.push({ path, method: req.method ?? '', at: Date.now() })
    // Counted for the politeness test's pages only (the slow page of the first test answers late).
    const counted = path.startsWith('/pagina-')
    if (counted) inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    const done = (status: number) => {
      if (counted) inFlight--
      res.writeHead(status).end(req.method === 'HEAD' ? undefined : 'x')
    }
    if (path === '/geen-head' && req.method === 'HEAD') return done(405)
    if (path === '/weg') return done(404)
    if (path === '/traag') return void setTimeout(() => done(200), 60_000)
    if (path === '/fout') return done(503)
    setTimeout(() => done(200), 20)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.closeAllConnections()
  server.close()
})

describe('checkLinks', () => {
  it('tells working, missing, failing, slow and unreachable links apart, in Dutch', async () => {
    const results = await checkLinks(
      [`${base}/ok`, `${base}/weg`, `${base}/fout`, `${base}/geen-head`, `${base}/traag`, 'http://127.0.0.1:9/dicht', `${base}/ok`],
      { perHostDelayMs: 0, timeoutMs: 4000 },
    )
    expect(results.map((r) => [r.url.replace(base, ''), r.ok, r.status])).toEqual([
      ['/ok', true, 200],
      ['/weg', false, 404],
      ['/fout', false, 503],
      ['/geen-head', true, 200],
      ['/traag', false, 0],
      ['http://127.0.0.1:9/dicht', false, 0],
    ])
    expect(results[1]?.reason).toBe('De pagina bestaat niet (meer) (404).')
    expect(results[4]?.reason).toBe('De site antwoordt niet op tijd.')
    expect(results[5]?.reason).toMatch(/niet bereikbaar/)
    // HEAD first; GET only for the site that refused HEAD (and the 404, asked once more).
    expect(log.filter((l) => l.path === '/ok').map((l) => l.method)).toEqual(['HEAD'])
    expect(log.filter((l) => l.path === '/geen-head').map((l) => l.method)).toEqual(['HEAD', 'GET'])
  })

  it('asks one host one thing at a time, with the pause in between', async () => {
    log.length = 0
    maxInFlight = 0
    const urls = Array.from({ length: 5 }, (_, i) => `${base}/pagina-${i}`)
    await checkLinks(urls, { concurrency: 4, perHostDelayMs: 150, timeoutMs: 5000 })
    expect(maxInFlight).toBe(1)
    const gaps = log.slice(1).map((l, i) => l.at - (log[i]?.at ?? 0))
    // Each request waits for the one before (≥ 20 ms answer) plus the pause (150 ms).
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(150)
  })
})
