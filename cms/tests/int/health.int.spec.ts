import { rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { mailToSink, type SmtpSink, startSink } from '@hp/testing/smtp-sink'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from './harness.ts'
import { createApiServer, listen } from './http.ts'

// Liveness and readiness over real HTTP, with a real SMTP server that the test stops.

let cms: TestCms
let sink: SmtpSink
let server: Server
let base: string
const saved = { ...process.env }

beforeAll(async () => {
  sink = await startSink()
  mailToSink(sink)
  cms = await startTestCms('health')
  server = createApiServer(() => cms.payload)
  base = await listen(server)
})
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await cms?.close()
  await sink?.close()
  process.env = saved
})

const probe = async (path: string) => {
  const res = await fetch(`${base}${path}`)
  return { status: res.status, cache: res.headers.get('cache-control'), body: (await res.json()) as Record<string, unknown> }
}

describe('health and readiness', () => {
  it('answers liveness without a login, and reveals nothing', async () => {
    const res = await probe('/api/health')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ status: 'ok' })
    expect(res.cache).toBe('no-store')
  })

  it('is ready when the database, the media folder and the mail server work', async () => {
    const res = await probe('/api/ready')
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('ready')
    expect(res.body.checks).toMatchObject({ database: { ok: true }, storage: { ok: true }, mail: { ok: true } })
    // No versions, host names, ports or paths in the answer.
    const text = JSON.stringify(res.body)
    expect(text).not.toMatch(/127\.0\.0\.1|\d+\.\d+\.\d+|\/tmp|smtp/i)
  })

  it('is not ready (503) and names the part when the media folder is gone and a file took its place', async () => {
    const dir = process.env.MEDIA_DIR as string
    rmSync(dir, { recursive: true, force: true })
    writeFileSync(dir, 'not a folder')
    try {
      const res = await probe('/api/ready')
      expect(res.status).toBe(503)
      expect(res.body.status).toBe('not-ready')
      expect(res.body.checks).toMatchObject({ database: { ok: true }, storage: { ok: false } })
    } finally {
      rmSync(dir, { force: true })
    }
  })

  it('is not ready (503) when the mail server stops answering, and names the mail check', async () => {
    await sink.close()
    // A working mail server was remembered for 15 s; a new CMS process would ask at once. Wait it out.
    const deadline = Date.now() + 90_000
    let res = await probe('/api/ready')
    while (res.status === 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 2_000))
      res = await probe('/api/ready')
    }
    expect(res.status).toBe(503)
    expect(res.body.checks).toMatchObject({ database: { ok: true }, mail: { ok: false } })
    expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/)
  }, 120_000)
})
