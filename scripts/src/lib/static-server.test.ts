import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './paths.ts'
import {
  HEADER_RULES,
  headersFor,
  matchRedirect,
  parseHeaderRules,
  parseRedirects,
  pickEncoding,
  SECURITY_HEADERS,
  serveStatic,
} from './static-server.ts'

let server: Server
let base: string
let dir = ''
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hp-static-'))
  for (const d of ['tips', 'tool/bel-112', 'geforceerd', '_astro', 'pagefind']) mkdirSync(path.join(dir, d), { recursive: true })
  writeFileSync(path.join(dir, '_astro', 'app.abc123.js'), `console.log(${JSON.stringify('quick exit '.repeat(200))})`)
  writeFileSync(path.join(dir, 'pagefind', 'pagefind.js'), 'export const search = () => []'.repeat(50))
  writeFileSync(path.join(dir, 'beeld.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))
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

  it('sends every header rule of netlify.toml for the paths it names, read from that file', async () => {
    const toml = readFileSync(path.join(ROOT, 'netlify.toml'), 'utf8')
    expect(HEADER_RULES.length).toBeGreaterThanOrEqual(3)
    for (const [pathname, file] of [
      ['/', 'index.html'],
      ['/_astro/app.abc123.js', 'asset'],
      ['/pagefind/pagefind.js', 'index'],
      ['/bestaat-niet/', '404'],
    ] as const) {
      const res = await fetch(`${base}${pathname}`)
      const want = headersFor(HEADER_RULES, file === '404' ? '/404.html' : pathname)
      for (const [name, value] of Object.entries(want)) {
        expect(res.headers.get(name), `${pathname} ${name}`).toBe(value)
        expect(toml).toContain(`${name} = "${value}"`)
      }
    }
    // What a visitor notices: hashed assets are cached for a year, the search index for an hour, pages revalidate.
    expect((await fetch(`${base}/_astro/app.abc123.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect((await fetch(`${base}/pagefind/pagefind.js`)).headers.get('cache-control')).toBe('public, max-age=3600')
    expect((await fetch(`${base}/tips/`)).headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY')
    const redirect = await fetch(`${base}/oude-tips/`, { redirect: 'manual' })
    expect(redirect.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy'])
  })

  it('compresses text with brotli, then gzip, as the client accepts; images as they are', async () => {
    const raw = readFileSync(path.join(dir, '_astro', 'app.abc123.js'))
    const get = (p: string, accept: string) => fetch(`${base}${p}`, { headers: { 'Accept-Encoding': accept } })
    const br = await get('/_astro/app.abc123.js', 'gzip, deflate, br')
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('vary')).toBe('Accept-Encoding')
    // fetch decodes the body; the length header is what went over the wire.
    expect(Number(br.headers.get('content-length'))).toBeLessThan(raw.length / 5)
    expect(await br.text()).toBe(raw.toString())
    const gz = await get('/_astro/app.abc123.js', 'gzip')
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(await gz.text()).toBe(raw.toString())
    const none = await get('/_astro/app.abc123.js', 'identity')
    expect(none.headers.get('content-encoding')).toBeNull()
    expect(Number(none.headers.get('content-length'))).toBe(raw.length)
    const png = await get('/beeld.png', 'br, gzip')
    expect(png.headers.get('content-encoding')).toBeNull()
    expect(png.headers.get('content-type')).toBe('image/png')
    const page404 = await get('/bestaat-niet/', 'br')
    expect(page404.status).toBe(404)
    expect(page404.headers.get('content-encoding')).toBe('br')
  })
})

describe('netlify.toml header rules', () => {
  it('merges every matching rule in order, a later rule winning per header', () => {
    const rules = parseHeaderRules(
      [
        '[[headers]]',
        'for = "/*"',
        '[headers.values]',
        'A = "1"',
        'B = "1"',
        '[[headers]]',
        'for = "/x/*"',
        '[headers.values]',
        'B = "2"',
      ].join('\n'),
    )
    expect(headersFor(rules, '/')).toEqual({ A: '1', B: '1' })
    expect(headersFor(rules, '/x/y.js')).toEqual({ A: '1', B: '2' })
    expect(headersFor(rules, '/xy/')).toEqual({ A: '1', B: '1' })
  })

  it('names the rule that has no path', () => {
    expect(() => parseHeaderRules('[[headers]]\n[headers.values]\nA = "1"')).toThrow(/rule 1 needs a "for" path/)
  })

  it('picks brotli, then gzip, and honours q=0', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(pickEncoding('gzip;q=1.0, br;q=0')).toBe('gzip')
    expect(pickEncoding('deflate')).toBeUndefined()
    expect(pickEncoding(undefined)).toBeUndefined()
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
