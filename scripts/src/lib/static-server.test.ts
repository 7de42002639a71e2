import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './paths.ts'
import { matchRedirect, parseRedirects, SECURITY_HEADERS, serveStatic } from './static-server.ts'

let server: Server
let base: string
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hp-static-'))
  mkdirSync(path.join(dir, 'tips'))
  writeFileSync(path.join(dir, 'index.html'), '<h1>home</h1>')
  writeFileSync(path.join(dir, 'tips', 'index.html'), '<h1>tips</h1>')
  writeFileSync(path.join(dir, '404.html'), '<h1>niet gevonden</h1>')
  writeFileSync(
    path.join(dir, '_redirects'),
    [
      '/oude-tips/ /tips/ 301',
      '# The referral tool without JavaScript: a GET form picks the next step.',
      '/tool/ga/ naar=:naar /tool/:naar/ 302',
      '/tool/ga/ /tool/ 302',
      '',
    ].join('\n'),
  )
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

  it('sends a form answer to the step its query names, with the status of the rule', async () => {
    const res = await fetch(`${base}/tool/ga/?naar=bel-112`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/tool/bel-112/')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('falls through to the next rule when the query does not match (first match wins)', async () => {
    for (const query of ['', '?naar=', '?iets=anders']) {
      const res = await fetch(`${base}/tool/ga/${query}`, { redirect: 'manual' })
      expect(res.status, query).toBe(302)
      expect(res.headers.get('location'), query).toBe('/tool/')
    }
  })

  it('keeps a query value inside one path segment', async () => {
    const res = await fetch(`${base}/tool/ga/?naar=${encodeURIComponent('../../geheim')}`, { redirect: 'manual' })
    expect(res.headers.get('location')).toBe('/tool/..%2F..%2Fgeheim/')
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

describe('_redirects parser', () => {
  it('reads plain rules, query rules and statuses, and skips comments, rewrites and junk', () => {
    const rules = parseRedirects(
      ['# comment', '/a/ /b/', '/c/ /d/ 302', '/f/ id=:id kind=tip /g/:id/ 301!', '/spa/* /index.html 200', 'garbage', '/lonely/', ''].join(
        '\n',
      ),
    )
    expect(rules).toEqual([
      { from: '/a/', query: [], to: '/b/', status: 301 },
      { from: '/c/', query: [], to: '/d/', status: 302 },
      {
        from: '/f/',
        query: [
          ['id', ':id'],
          ['kind', 'tip'],
        ],
        to: '/g/:id/',
        status: 301,
      },
    ])
  })

  it('matches fixed query values exactly and binds placeholders', () => {
    const rules = parseRedirects('/f/ id=:id kind=tip /g/:id/ 301')
    expect(matchRedirect(rules, new URL('http://x/f/?kind=tip&id=7'))).toEqual({ location: '/g/7/', status: 301 })
    expect(matchRedirect(rules, new URL('http://x/f/?kind=video&id=7'))).toBeUndefined()
    expect(matchRedirect(rules, new URL('http://x/f/?id=7'))).toBeUndefined()
    expect(matchRedirect(rules, new URL('http://x/other/?kind=tip&id=7'))).toBeUndefined()
  })
})
