import { describe, expect, it } from 'vitest'
import { adminCsp } from './headers.ts'
import { guarded, MB, withApiHeaders } from './rest.ts'

/** A stand-in for Payload's handler that reads the body as Payload would and echoes it. */
const echo = async (request: Request) => Response.json({ seen: await request.text() }, { status: 201 })
const settings = { maxUploadMb: 1, serverUrl: 'http://localhost:3000' }
const post = (type: string | undefined, body: BodyInit | null, method = 'POST') =>
  new Request('http://localhost:3000/api/tips', { method, headers: type ? { 'content-type': type } : {}, body })
const message = async (res: Response) => ((await res.json()) as { errors: { message: string }[] }).errors[0]?.message

describe('guarded REST handler', () => {
  const handler = guarded(echo, settings)

  it.each([
    ['null', 'application/json', 'null', /niet null/],
    ['broken JSON', 'application/json', '{"a":', /geen geldige JSON/],
    ['a list', 'application/json', '[]', /niet een lijst/],
    ['a number', 'application/json; charset=utf-8', '42', /niet number/],
    ['text/plain', 'text/plain', 'hallo', /\(text\/plain\)/],
    ['no Content-Type', undefined, new TextEncoder().encode('hallo'), /geen Content-Type/],
    ['JSON of a type Payload does not parse', 'application/merge-patch+json', '{"title":"x"}', /merge-patch\+json/],
    ['a form outside the newsletter', 'application/x-www-form-urlencoded', 'title=Hallo', /x-www-form-urlencoded/],
  ])('refuses %s with 400 before the handler runs', async (_name, type, body, expected) => {
    const res = await handler(post(type, body), undefined)
    expect(res.status).toBe(400)
    expect(await message(res)).toMatch(expected)
    expect(res.headers.get('content-security-policy')).toContain("script-src 'none'")
  })

  it('passes a JSON object, an empty JSON body, and a form to the newsletter or the share endpoint, through unchanged', async () => {
    for (const [type, body] of [
      ['application/json', '{"title":"Hallo"}'],
      ['application/json', ''],
    ] as const) {
      const res = await handler(post(type, body), undefined)
      expect(res.status).toBe(201)
      expect(((await res.json()) as { seen: string }).seen).toBe(body)
    }
    const signUp = new Request('http://localhost:3000/api/newsletter/subscribe', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40b.nl',
    })
    expect((await handler(signUp, undefined)).status).toBe(201)
    const share = new Request('http://localhost:3000/api/share', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'text=Een+tip&consent=on',
    })
    expect((await handler(share, undefined)).status).toBe(201)
    const get = await handler(new Request('http://localhost:3000/api/tips'), undefined)
    expect(get.status).toBe(201)
  })

  it('streams an upload under the limit and answers 413 above it, also without Content-Length', async () => {
    const type = 'multipart/form-data; boundary=x'
    const small = await handler(post(type, new Uint8Array(MB / 2)), undefined)
    expect(small.status).toBe(201)
    const chunks = (n: number) =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          if (n-- > 0) controller.enqueue(new Uint8Array(256 * 1024))
          else controller.close()
        },
      })
    // The echo reads the stream; the counter stops it past the limit plus the form's overhead.
    const readAll = guarded(async (request: Request) => {
      try {
        await request.arrayBuffer()
        return Response.json({}, { status: 201 })
      } catch {
        return Response.json({ errors: [{ message: 'Something went wrong.' }] }, { status: 500 })
      }
    }, settings)
    const big = await readAll(
      new Request('http://localhost:3000/api/media', {
        method: 'POST',
        headers: { 'content-type': type },
        body: chunks(16),
        duplex: 'half',
      } as RequestInit),
      undefined,
    )
    expect(big.status).toBe(413)
    expect(await message(big)).toContain('Het bestand is te groot: het maximum is 1 MB')
    const declared = await handler(
      new Request('http://localhost:3000/api/media', {
        method: 'POST',
        headers: { 'content-type': type, 'content-length': String(5 * MB) },
        body: 'x',
      }),
      undefined,
    )
    expect(declared.status).toBe(413)
  })

  it('sends HSTS only when SERVER_URL is https', async () => {
    const plain = await handler(new Request('http://localhost:3000/api/tips'), undefined)
    expect(plain.headers.get('strict-transport-security')).toBeNull()
    const secure = await guarded(echo, { ...settings, serverUrl: 'https://cms.example.org' })(new Request('http://x/api/tips'), undefined)
    expect(secure.headers.get('strict-transport-security')).toBe('max-age=31536000')
  })
})

describe('withApiHeaders', () => {
  it("keeps an endpoint's own CSP and Referrer-Policy and matches X-Frame-Options to its frame-ancestors", () => {
    const own = withApiHeaders(
      new Response('<p>x</p>', {
        headers: { 'Content-Security-Policy': "default-src 'none'; frame-ancestors 'self'", 'Referrer-Policy': 'same-origin' },
      }),
      'http://localhost:3000',
    )
    expect(own.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'self'")
    expect(own.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(own.headers.get('referrer-policy')).toBe('same-origin')
    const plain = withApiHeaders(Response.json({}), 'http://localhost:3000')
    expect(plain.headers.get('content-security-policy')).toContain('sandbox')
    expect(plain.headers.get('x-frame-options')).toBe('DENY')
    expect(plain.headers.get('referrer-policy')).toBe('no-referrer')
  })
})

describe('adminCsp', () => {
  it('allows scripts only by nonce in production, never inline or eval', () => {
    const csp = adminCsp('abc123')
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(adminCsp('abc123', true)).toContain("'unsafe-eval'")
  })
})
