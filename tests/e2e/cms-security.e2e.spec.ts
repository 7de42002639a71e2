import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { get } from 'node:http'
import { type CmsServer, ensureCmsBuild, SEED_PASSWORD, startCms } from '@hp/testing/cms-server'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from './browser.ts'

/**
 * The real CMS (`next build` + `next start`, seeded SQLite): security headers on every kind of
 * answer, the Secure cookie and HSTS when SERVER_URL is https, 400 for bodies Payload cannot read,
 * 413 above MAX_UPLOAD_MB, uploads checked by content and served so a browser never runs them, and
 * the admin working under its CSP.
 */
const MAX_UPLOAD_MB = 16
const ADMIN = 'admin@example.org'

let http: CmsServer
let https: CmsServer
let token = ''

async function login(server: CmsServer): Promise<Response> {
  return fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN, password: SEED_PASSWORD }),
  })
}

const auth = () => ({ authorization: `JWT ${token}` })

async function png(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 90 } } })
    .png()
    .toBuffer()
}

async function upload(file: Blob, name: string, alt = 'Testafbeelding'): Promise<Response> {
  const form = new FormData()
  form.append('file', file, name)
  form.append('_payload', JSON.stringify({ alt }))
  return fetch(`${http.url}/api/media`, { method: 'POST', headers: auth(), body: form })
}

const text = async (res: Response) => JSON.stringify(await res.json())

/** A GET over a new connection: the server closes an upload's connection after answering it early. */
function freshGet(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers, agent: false }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    }).on('error', reject)
  })
}

beforeAll(async () => {
  await ensureCmsBuild('cms-security')
  http = await startCms({ MAX_UPLOAD_MB: String(MAX_UPLOAD_MB) })
  // Served over plain http here, but configured as the https site it is in production.
  https = await startCms({ SERVER_URL: 'https://cms.example.org' })
  const res = await login(http)
  expect(res.status).toBe(200)
  token = ((await res.json()) as { token: string }).token
}, 1_500_000)

afterAll(async () => {
  await Promise.all([http?.stop(), https?.stop()])
})

function expectCommonHeaders(res: Response, where: string) {
  expect(res.headers.get('x-powered-by'), where).toBeNull()
  expect(res.headers.get('x-content-type-options'), where).toBe('nosniff')
  expect(res.headers.get('x-frame-options'), where).toBe('DENY')
  // Pages: strict-origin-when-cross-origin; API answers: no-referrer.
  expect(res.headers.get('referrer-policy'), where).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/)
  expect(res.headers.get('content-security-policy'), where).toContain("frame-ancestors 'none'")
}

describe('security headers', () => {
  it('the admin page: a CSP with a nonce and no unsafe-inline/eval scripts, no framing, nosniff, no X-Powered-By, no HSTS over http', async () => {
    const res = await fetch(`${http.url}/admin/login`)
    expect(res.status).toBe(200)
    expectCommonHeaders(res, '/admin/login')
    const csp = res.headers.get('content-security-policy') ?? ''
    const scripts = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
    expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/)
    expect(scripts).not.toContain('unsafe-inline')
    expect(scripts).not.toContain('unsafe-eval')
    expect(csp).toContain("object-src 'none'")
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('strict-transport-security')).toBeNull()
    // Every script tag of the page carries this response's nonce.
    const html = await res.text()
    const nonce = /'nonce-([^']+)'/.exec(scripts)?.[1]
    const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
    expect(tags.length).toBeGreaterThan(0)
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`)
    // A fresh nonce per response.
    const again = await fetch(`${http.url}/admin/login`)
    expect(again.headers.get('content-security-policy')).not.toBe(csp)
  })

  it('API answers (REST, GraphQL, errors, static files) carry the headers too', async () => {
    const answers: [string, Response][] = [
      ['GET /api/tips', await fetch(`${http.url}/api/tips?limit=1`)],
      ['GET /api/users/me', await fetch(`${http.url}/api/users/me`)],
      ['GET /api/nope (404)', await fetch(`${http.url}/api/nope`)],
      [
        'POST /api/graphql',
        await fetch(`${http.url}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        }),
      ],
    ]
    for (const [where, res] of answers) {
      expect(res.status, where).toBeLessThan(500)
      expectCommonHeaders(res, where)
      expect(res.headers.get('content-security-policy'), where).toContain("script-src 'none'")
      expect(res.headers.get('referrer-policy'), where).toBe('no-referrer')
      expect(res.headers.get('strict-transport-security'), where).toBeNull()
    }
    const page = await (await fetch(`${http.url}/admin/login`)).text()
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(page)?.[1]
    expect(asset).toBeDefined()
    const res = await fetch(`${http.url}${asset}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-powered-by')).toBeNull()
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it("the newsletter's pages keep their own CSP (forms allowed, no referrer); the admin may frame the issue preview", async () => {
    const page = await fetch(`${http.url}/api/newsletter/unsubscribe?token=onbekend`)
    expect(page.headers.get('content-type')).toContain('text/html')
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("form-action 'self'")
    expect(csp).not.toContain('sandbox')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expectCommonHeaders(page, 'unsubscribe page')

    const issues = await fetch(`${http.url}/api/newsletter-issues?limit=1&where[_status][equals]=published&depth=0`, { headers: auth() })
    const issue = ((await issues.json()) as { docs: { id: number }[] }).docs[0]
    const preview = await fetch(`${http.url}/api/newsletter/issues/${issue?.id}/preview`, { headers: auth() })
    expect(preview.status).toBe(200)
    expect(preview.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(preview.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(preview.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('the CMS root leads to the admin; any other address is a plain 404 with the same headers', async () => {
    const root = await fetch(`${http.url}/`, { redirect: 'manual' })
    expect(root.status).toBeGreaterThanOrEqual(300)
    expect(root.status).toBeLessThan(400)
    expect(new URL(root.headers.get('location') ?? '', http.url).pathname).toBe('/admin')
    const missing = await fetch(`${http.url}/wp-login.php`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toContain('text/plain')
    expect(await missing.text()).toContain('Het beheer van de CMS staat op /admin')
    expectCommonHeaders(missing, '/wp-login.php')
    expect(missing.headers.get('content-security-policy')).toContain("script-src 'none'")
  })

  it('over http the login cookie is not Secure (it could not be sent back), over https it is, with HSTS', async () => {
    const plain = await login(http)
    const plainCookie = plain.headers.getSetCookie().find((c) => c.startsWith('payload-token=')) ?? ''
    expect(plainCookie).toContain('HttpOnly')
    expect(plainCookie).not.toMatch(/;\s*Secure/i)

    const secure = await login(https)
    expect(secure.status).toBe(200)
    const cookie = secure.headers.getSetCookie().find((c) => c.startsWith('payload-token=')) ?? ''
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toMatch(/SameSite=Lax/i)
    for (const where of ['/admin/login', '/api/users/me', '/api/tips?limit=1']) {
      const res = await fetch(`${https.url}${where}`)
      expect(res.headers.get('strict-transport-security'), where).toBe('max-age=31536000')
      expectCommonHeaders(res, where)
    }
  })
})

describe('bad request bodies get 400 with a message, never 500', () => {
  it.each([
    ['POST /api/tips: JSON null', 'POST', '/api/tips', 'application/json', 'null', /JSON-object.*niet null/],
    ['POST /api/tips: broken JSON', 'POST', '/api/tips', 'application/json', '{"title": ', /geen geldige JSON/],
    ['POST /api/tips: a JSON list', 'POST', '/api/tips', 'application/json', '[1, 2]', /JSON-object.*niet een lijst/],
    ['POST /api/tips: text/plain', 'POST', '/api/tips', 'text/plain', 'title=Hallo', /formaat wordt niet gelezen \(text\/plain\)/],
    [
      'POST /api/tips: a form (only the newsletter reads forms)',
      'POST',
      '/api/tips',
      'application/x-www-form-urlencoded',
      'title=Hallo',
      /formaat wordt niet gelezen \(application\/x-www-form-urlencoded\)/,
    ],
    ['PATCH /api/tips/1: JSON null', 'PATCH', '/api/tips/1', 'application/json', 'null', /JSON-object.*niet null/],
    ['POST /api/users/login: broken JSON', 'POST', '/api/users/login', 'application/json', '{email:', /geen geldige JSON/],
    ['POST /api/graphql: broken JSON', 'POST', '/api/graphql', 'application/json', '{"query": "{ __typ', /geen geldige JSON/],
    ['POST /api/graphql: text/plain', 'POST', '/api/graphql', 'text/plain', '{ __typename }', /text\/plain/],
  ])('%s', async (_name, method, route, type, body, message) => {
    const res = await fetch(`${http.url}${route}`, { method, headers: { ...auth(), 'content-type': type }, body })
    expect(res.status).toBe(400)
    const json = (await res.json()) as { errors: { message: string }[] }
    expect(json.errors[0]?.message).toMatch(message)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it("the admin's reads sent as a form (X-Payload-HTTP-Method-Override: GET) still go through, as reads", async () => {
    const headers = { ...auth(), 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' }
    const res = await fetch(`${http.url}/api/tips`, { method: 'POST', headers, body: 'depth=0&limit=1&where[id][in][0]=1' })
    expect(res.status).toBe(200)
    const { docs } = (await res.json()) as { docs: { id: number; title: string }[] }
    expect(docs[0]?.id).toBe(1)
    expect(docs[0]?.title).toBeTruthy()
    // The override reads; it never writes: a form with a title creates nothing.
    const before = ((await (await fetch(`${http.url}/api/tips?limit=0`, { headers: auth() })).json()) as { totalDocs: number }).totalDocs
    const write = await fetch(`${http.url}/api/tips`, { method: 'POST', headers, body: 'title=Hallo' })
    expect(write.status).toBe(200)
    const after = ((await (await fetch(`${http.url}/api/tips?limit=0`, { headers: auth() })).json()) as { totalDocs: number }).totalDocs
    expect(after).toBe(before)
  })

  it('a valid JSON write still goes through (an empty body too)', async () => {
    const me = await fetch(`${http.url}/api/users/me`, { headers: auth() })
    const { user } = (await me.json()) as { user: { id: number } }
    const res = await fetch(`${http.url}/api/users/${user.id}`, {
      method: 'PATCH',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Beheerder' }),
    })
    expect(res.status).toBe(200)
    // Logging out posts JSON with an empty body (a session of its own, so the others stay valid).
    const session = ((await (await login(http)).json()) as { token: string }).token
    const out = await fetch(`${http.url}/api/users/logout`, {
      method: 'POST',
      headers: { authorization: `JWT ${session}`, 'content-type': 'application/json' },
    })
    expect(out.status).toBe(200)
  })
})

describe('uploads', () => {
  const mediaFiles = () => (existsSync(http.env.MEDIA_DIR as string) ? readdirSync(http.env.MEDIA_DIR as string) : [])

  it('a PNG with HTML appended is stored as image/png and served as image/png with nosniff and a sandbox CSP', async () => {
    const polyglot = Buffer.concat([await png(), Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>')])
    const res = await upload(new Blob([polyglot], { type: 'text/html' }), 'polyglot.png')
    expect(res.status, await res.clone().text()).toBe(201)
    const { doc } = (await res.json()) as { doc: { mimeType: string; url: string; filename: string } }
    expect(doc.mimeType).toBe('image/png')
    const file = await fetch(new URL(doc.url, http.url), { headers: auth() })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe(doc.mimeType)
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(file.headers.get('content-security-policy')).toContain('sandbox')
    expect(file.headers.get('content-security-policy')).toContain("script-src 'none'")
    expect(file.headers.get('x-powered-by')).toBeNull()
  })

  it('a file whose content is not an allowed image or video is refused with a Dutch message, whatever its name', async () => {
    const before = mediaFiles().length
    const html = new Blob(['<!doctype html><title>x</title><script>alert(1)</script>'], { type: 'image/png' })
    const res = await upload(html, 'foto.png')
    expect(res.status).toBe(400)
    expect(await text(res)).toContain('is geen afbeelding of video die de CMS aanneemt')
    const pdf = new Blob(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF'], { type: 'video/mp4' })
    const refused = await upload(pdf, 'film.mp4')
    expect(refused.status).toBe(400)
    expect(await text(refused)).toContain('application/pdf')
    expect(mediaFiles().length).toBe(before)
  })

  it('a 12 MB image uploads (over the 10 MB a proxy would buffer), streamed to a temporary file', async () => {
    const side = 2000
    const noise = await sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(noise.length).toBeGreaterThan(11 * 1024 * 1024)
    const res = await upload(new Blob([noise], { type: 'image/png' }), 'groot.png')
    expect(res.status, await res.clone().text()).toBe(201)
    const { doc } = (await res.json()) as { doc: { filesize: number; mimeType: string } }
    expect(doc.mimeType).toBe('image/png')
    expect(doc.filesize).toBe(noise.length)
  })

  /** A multipart body of `mb` MB streamed in 1 MB chunks (one buffer reused; nothing the size of the body is allocated). */
  function bigForm(mb: number): { body: ReadableStream<Uint8Array>; type: string; length: number } {
    const boundary = `----hp${randomBytes(8).toString('hex')}`
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"te groot"}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="te-groot.mp4"\r\nContent-Type: video/mp4\r\n\r\n`,
    )
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
    const chunk = Buffer.alloc(1024 * 1024, 7)
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head)
      },
      pull(controller) {
        if (sent < mb) {
          sent += 1
          controller.enqueue(chunk)
        } else {
          controller.enqueue(tail)
          controller.close()
        }
      },
    })
    return { body, type: `multipart/form-data; boundary=${boundary}`, length: head.length + mb * chunk.length + tail.length }
  }

  it.each([
    ['streamed without a length', false],
    ['with Content-Length', true],
  ])('an upload over MAX_UPLOAD_MB (%s) gets 413 with a Dutch message and stores nothing', async (_name, withLength) => {
    const before = mediaFiles().length
    const started = Date.now()
    const form = bigForm(MAX_UPLOAD_MB + 4)
    const headers: Record<string, string> = { ...auth(), 'content-type': form.type }
    if (withLength) headers['content-length'] = String(form.length)
    const res = await fetch(`${http.url}/api/media`, { method: 'POST', headers, body: form.body, duplex: 'half' } as RequestInit)
    expect(res.status).toBe(413)
    const json = (await res.json()) as { errors: { message: string }[] }
    expect(json.errors[0]?.message).toContain(`Het bestand is te groot: het maximum is ${MAX_UPLOAD_MB} MB`)
    console.log(`cms-security: 413 for ${MAX_UPLOAD_MB + 4} MB (${_name}) after ${Date.now() - started} ms`)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(mediaFiles().length).toBe(before)
    // The server is fine afterwards.
    expect(await freshGet(`${http.url}/api/users/me`, auth())).toBe(200)
  })
})

describe('the admin under its CSP', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('logging in, editing and publishing a tip and uploading an image cause 0 CSP violations', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const violations: string[] = []
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(`console: ${msg.text()}`)
    })
    await page.exposeFunction('__reportCspViolation', (line: string) => violations.push(line))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation
        report(`${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`)
      })
    })
    const timeout = 60_000

    await page.goto(`${http.url}/admin/login`, { timeout })
    await page.fill('#field-email', ADMIN)
    await page.fill('#field-password', SEED_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout })
    await page.getByRole('heading').first().waitFor({ timeout })

    // A published tip: change its title and publish.
    const list = await fetch(`${http.url}/api/tips?limit=1&where[_status][equals]=published&depth=0`, { headers: auth() })
    const tip = ((await list.json()) as { docs: { id: number; title: string }[] }).docs[0]
    expect(tip).toBeDefined()
    const title = `${tip?.title} (bijgewerkt)`
    await page.goto(`${http.url}/admin/collections/tips/${tip?.id}`, { timeout })
    const field = page.locator('#field-title')
    await field.waitFor({ timeout })
    await field.fill(title)
    await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click({ timeout })
    await expect
      .poll(
        async () => {
          const res = await fetch(`${http.url}/api/tips/${tip?.id}?depth=0`, { headers: auth() })
          const doc = (await res.json()) as { title: string; _status: string }
          return `${doc._status}: ${doc.title}`
        },
        { timeout },
      )
      .toBe(`published: ${title}`)

    // Upload an image in the media library.
    const before = ((await (await fetch(`${http.url}/api/media?limit=0`, { headers: auth() })).json()) as { totalDocs: number }).totalDocs
    await page.goto(`${http.url}/admin/collections/media/create`, { timeout })
    await page.locator('input[type="file"]').setInputFiles({ name: 'csp-test.png', mimeType: 'image/png', buffer: await png(320, 200) })
    await page.locator('#field-alt').fill('Een rode rechthoek')
    await page.getByRole('button', { name: 'Bewaar', exact: true }).click({ timeout })
    await page.waitForURL(/\/admin\/collections\/media\/\d+/, { timeout })
    const after = ((await (await fetch(`${http.url}/api/media?limit=0`, { headers: auth() })).json()) as { totalDocs: number }).totalDocs
    expect(after).toBe(before + 1)
    // The uploaded image's preview loads in the admin.
    await page.locator('img[src*="csp-test"]').first().waitFor({ timeout })

    expect(violations).toEqual([])
    // The listeners do hear a violation: an image from another site is blocked and reported.
    await page.evaluate(() => {
      const img = new Image()
      img.src = 'https://example.invalid/probe.png'
      document.body.append(img)
    })
    await expect.poll(() => violations.length, { timeout }).toBeGreaterThan(0)
    expect(violations.join('\n')).toContain('example.invalid')
    await context.close()
  })
})
