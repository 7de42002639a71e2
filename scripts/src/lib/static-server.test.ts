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
  for (const d of ['tips', 'tool/bel-112', 'geforceerd']) mkdirSync(path.join(dir, d), { recursive: true })
  writeFileSync(path.join(dir, 'index.html'), '<h1>home</h1>')
  writeFileSync(path.join(dir, 'tips', 'index.html'), '<h1>tips</h1>')
  writeFileSync(path.join(dir, 'tool', 'index.html'), '<h1>tool</h1>')
  writeFileSync(path.join(dir, 'tool', 'bel-112', 'index.html'), '<h1>bel 112</h1>')
  writeFileSync(path.join(dir, 'geforceerd', 'index.html'), '<h1>verborgen</h1>')
  writeFileSync(path.join(dir, '404.html'), '<h1>niet gevonden</h1>')
  writeFileSync(
    path.join(dir, '_redirects'),
    [
      '/oude-tips/ /tips/ 301',
      '# A renamed referral tree: the exact rule, then a splat for every step below it.',
      '/oude-tool/ /tool/ 301',
      '/oude-tool/* /tool/:splat 301',
      '# A splat over live pages: Netlify applies it only where no file exists (no shadowing) …',
      '/tips/* /elders/:splat 301',
      '# … unless forced with "!".',
      '/geforceerd/ /tips/ 301!',
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
      // A rule without query conditions passes the query on, as Netlify does.
      expect(res.headers.get('location'), query).toBe(`/tool/${query}`)
    }
  })

  it('sends every old step of a renamed tree to the same step under the new slug (splat)', async () => {
    for (const [from, to] of [
      ['/oude-tool/', '/tool/'],
      ['/oude-tool/bel-112/', '/tool/bel-112/'],
      ['/oude-tool/a/b/', '/tool/a/b/'],
      ['/oude-tool', '/tool/'],
    ]) {
      const res = await fetch(`${base}${from}`, { redirect: 'manual' })
      expect(res.status, from).toBe(301)
      expect(res.headers.get('location'), from).toBe(to)
    }
    const res = await fetch(`${base}/oude-tool/bel-112/`)
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('<h1>bel 112</h1>')
  })

  it("lands an old tree's form answer on the step it names (splat keeps the query, then the form rule)", async () => {
    const first = await fetch(`${base}/oude-tool/ga/?naar=bel-112`, { redirect: 'manual' })
    expect(first.status).toBe(301)
    expect(first.headers.get('location')).toBe('/tool/ga/?naar=bel-112')
    const res = await fetch(`${base}/oude-tool/ga/?naar=bel-112`)
    expect(new URL(res.url).pathname).toBe('/tool/bel-112/')
    expect(await res.text()).toBe('<h1>bel 112</h1>')
  })

  it('never lets a redirect shadow an existing page, unless the rule is forced with "!"', async () => {
    const page = await fetch(`${base}/tips/`, { redirect: 'manual' })
    expect(page.status).toBe(200)
    expect(await page.text()).toBe('<h1>tips</h1>')
    const gone = await fetch(`${base}/tips/bestaat-niet/`, { redirect: 'manual' })
    expect(gone.status).toBe(301)
    expect(gone.headers.get('location')).toBe('/elders/bestaat-niet/')
    const forced = await fetch(`${base}/geforceerd/`, { redirect: 'manual' })
    expect(forced.status).toBe(301)
    expect(forced.headers.get('location')).toBe('/tips/')
  })

  it('answers a malformed path with 400 instead of failing', async () => {
    const res = await fetch(`${base}/%E0%A4%A/`, { redirect: 'manual' })
    expect(res.status).toBe(400)
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

  it("keeps every redirect in the build's _redirects, which this server reads too (none in netlify.toml)", () => {
    const toml = readFileSync(path.join(ROOT, 'netlify.toml'), 'utf8')
    expect(toml).not.toMatch(/^\s*\[\[redirects\]\]/m)
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
      { from: '/a/', query: [], to: '/b/', status: 301, force: false },
      { from: '/c/', query: [], to: '/d/', status: 302, force: false },
      {
        from: '/f/',
        query: [
          ['id', ':id'],
          ['kind', 'tip'],
        ],
        to: '/g/:id/',
        status: 301,
        force: true,
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

  it('matches splats: the folder itself, everything below it, with or without the trailing slash', () => {
    const rules = parseRedirects('/oud/* /nieuw/:splat 301')
    const go = (p: string) => matchRedirect(rules, new URL(`http://x${p}`))?.location
    expect(go('/oud/')).toBe('/nieuw/')
    expect(go('/oud')).toBe('/nieuw/')
    expect(go('/oud/stap/')).toBe('/nieuw/stap/')
    expect(go('/oud/stap/?naar=x')).toBe('/nieuw/stap/?naar=x')
    expect(go('/oudje/')).toBeUndefined()
    expect(go('/andere/oud/')).toBeUndefined()
  })

  it('takes the first matching rule, splat or not, and skips non-forced rules where a page exists', () => {
    const rules = parseRedirects(['/oud/stap/ /speciaal/ 302', '/oud/* /nieuw/:splat 301', '/oud/stap/ /nooit/ 301'].join('\n'))
    expect(matchRedirect(rules, new URL('http://x/oud/stap/'))).toEqual({ location: '/speciaal/', status: 302 })
    expect(matchRedirect(rules, new URL('http://x/oud/stap/'), true)).toBeUndefined()
    expect(matchRedirect(parseRedirects('/oud/* /nieuw/:splat 301!'), new URL('http://x/oud/a/'), true)).toEqual({
      location: '/nieuw/a/',
      status: 301,
    })
  })
})
