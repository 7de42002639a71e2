import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './paths.ts'
import { SECURITY_HEADERS, serveStatic } from './static-server.ts'

let server: Server
let base: string
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hp-static-'))
  mkdirSync(path.join(dir, 'tips'))
  writeFileSync(path.join(dir, 'index.html'), '<h1>home</h1>')
  writeFileSync(path.join(dir, 'tips', 'index.html'), '<h1>tips</h1>')
  writeFileSync(path.join(dir, '404.html'), '<h1>niet gevonden</h1>')
  writeFileSync(path.join(dir, '_redirects'), '/oude-tips/ /tips/ 301\n')
  server = await serveStatic(dir, 0)
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

describe('local static server', () => {
  it('serves directory indexes and redirects to the trailing slash', async () => {
    expect(await (await fetch(`${base}/tips/`)).text()).toBe('<h1>tips</h1>')
    const res = await fetch(`${base}/tips`, { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/tips/')
  })

  it('follows the _redirects file of the build', async () => {
    const res = await fetch(`${base}/oude-tips/`, { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/tips/')
  })

  it('answers unknown paths with the 404 page and status 404', async () => {
    const res = await fetch(`${base}/bestaat-niet/`)
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('niet gevonden')
  })

  it('sends the same security headers as netlify.toml', async () => {
    const res = await fetch(`${base}/`)
    const toml = readFileSync(path.join(ROOT, 'netlify.toml'), 'utf8')
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(res.headers.get(name)).toBe(value)
      expect(toml).toContain(`${name} = "${value}"`)
    }
  })
})
