import { SHARE_ENDPOINT } from '@hp/content-schemas'
import { API_CSP, HSTS, isHttps } from './headers.ts'

/** Bytes per MB as MAX_UPLOAD_MB counts them. */
export const MB = 1024 * 1024
/** Room for the form around the file (the document's fields as `_payload`, part headers). */
export const FORM_OVERHEAD = 64 * 1024
/**
 * How much of an oversized upload is read and thrown away before answering 413. Answering while the
 * browser is still sending makes the connection reset, and the editor would see a network error
 * instead of the message. Beyond this the answer comes at once.
 */
export const DRAIN_MAX = 1024 * MB

/** Reads the rest of a body and keeps none of it. */
async function discard(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<void> {
  const reader = body.getReader()
  let read = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      read += value.byteLength
      if (read > maxBytes) return void (await reader.cancel())
    }
  } catch {
    // The client went away.
  }
}

/** Payload's error shape, so the admin shows the message in its toast. */
export function problem(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
}

/** The 413 message, also Payload's own (payload.config.ts `upload.responseOnLimit`). */
export const tooLargeMessage = (maxMb: number): string =>
  `Het bestand is te groot: het maximum is ${maxMb} MB. Maak het bestand kleiner, of vraag de beheerder om MAX_UPLOAD_MB te verhogen. (File too large: the limit is ${maxMb} MB.)`

export const tooLarge = (maxMb: number): Response => problem(413, tooLargeMessage(maxMb))

const WRITES = new Set(['POST', 'PATCH', 'PUT'])
/** The only routes that read form posts (the newsletter's and "Deel uw tip of ervaring"'s no-JS forms); Payload's own routes read JSON and uploads. */
const FORM_ROUTES = ['/api/newsletter/', SHARE_ENDPOINT]

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'een lijst' : typeof value)

/** Payload's own "GET with a long query" (handleEndpoints): a POST that only reads. */
const isReadOverride = (request: Request): boolean =>
  request.method.toUpperCase() === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' || request.headers.get('x-http-method-override') === 'GET')

type Checked = { request: Request; finish?: (response: Response) => Response } | { response: Response }

/**
 * Checks a write's body before Payload reads it, so a bad request gets 400 with what is wrong instead
 * of a 500: broken JSON, a JSON body that is not an object (`null`, a list, a number), or a body in
 * a format the route does not read (text/plain; a form outside the newsletter). Multipart uploads
 * stream through a byte counter: past MAX_UPLOAD_MB nothing more is passed on and the answer is 413.
 */
export async function checkBody(request: Request, maxUploadMb: number): Promise<Checked> {
  if (!WRITES.has(request.method.toUpperCase()) || request.body === null) return { request }
  const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? ''
  const headers = new Headers(request.headers)
  headers.delete('content-length')

  // Payload parses exactly application/json; any other JSON type falls to "not read" below.
  if (type === 'application/json') {
    const text = await request.text()
    if (text.trim() === '') return { request: new Request(request.url, { method: request.method, headers, body: text }) }
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      return {
        response: problem(400, 'De inhoud van het verzoek is geen geldige JSON. (The request body is not valid JSON.)'),
      }
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return {
        response: problem(
          400,
          `De inhoud van het verzoek moet een JSON-object zijn ({ … }), niet ${kindOf(data)}. (The JSON body must be an object.)`,
        ),
      }
    }
    return { request: new Request(request.url, { method: request.method, headers, body: text }) }
  }

  if (type === 'multipart/form-data') {
    const limit = maxUploadMb * MB
    const declared = Number(request.headers.get('content-length') ?? 'NaN')
    if (Number.isFinite(declared) && declared > limit + FORM_OVERHEAD) {
      if (declared <= limit + DRAIN_MAX) await discard(request.body, declared)
      return { response: tooLarge(maxUploadMb) }
    }
    // Without a (truthful) length: past the limit, chunks are counted and dropped until the body ends;
    // then Payload sees a broken form and stops, and the answer is 413 (see `finish`).
    let seen = 0
    let over = false
    const counted = request.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength
          if (seen > limit + DRAIN_MAX) controller.error(new Error(`upload over ${maxUploadMb} MB`))
          else if (seen > limit + FORM_OVERHEAD) over = true
          else controller.enqueue(chunk)
        },
        flush(controller) {
          if (over) controller.error(new Error(`upload over ${maxUploadMb} MB`))
        },
      }),
    )
    // The proxy does not run for uploads (it would buffer the whole body): give the admin's Dutch default here.
    if (!/(?:^|;\s*)payload-lng=/.test(request.headers.get('cookie') ?? '')) headers.set('accept-language', 'nl')
    const forwarded = new Request(request.url, { method: request.method, headers, body: counted, duplex: 'half' } as RequestInit)
    // Payload answers a broken-off form with 500; its own file-size check (a backstop) with 413.
    const finish = (response: Response) =>
      over || ((response.status === 413 || response.status >= 500) && seen > limit) ? tooLarge(maxUploadMb) : response
    return { request: forwarded, finish }
  }

  const path = new URL(request.url).pathname
  if (type === 'application/x-www-form-urlencoded' && FORM_ROUTES.some((p) => path.startsWith(p))) return { request }
  // A read sent as POST: the admin fetches the names of linked documents and uploads this way (the
  // query string as a form body, X-Payload-HTTP-Method-Override: GET); Payload treats it as a GET.
  if (type === 'application/x-www-form-urlencoded' && isReadOverride(request)) return { request }

  // Any other body (text/plain, none given, a form elsewhere …): no route reads it. An empty one is no problem.
  const text = await request.text()
  if (text.length === 0) return { request: new Request(request.url, { method: request.method, headers }) }
  return {
    response: problem(
      400,
      `Dit formaat wordt niet gelezen (${type || 'geen Content-Type'}): stuur JSON (application/json) of een formulier. (Unsupported request body type.)`,
    ),
  }
}

/**
 * Headers of every API answer (nosniff comes from next.config.mjs): a CSP that runs nothing and
 * `Referrer-Policy: no-referrer`, unless the endpoint set its own (the newsletter's HTML pages; the
 * issue preview that the admin frames), X-Frame-Options to match the frame-ancestors, HSTS over https.
 */
export function withApiHeaders(response: Response, serverUrl: string): Response {
  const headers = new Headers(response.headers)
  if (!headers.has('content-security-policy')) headers.set('Content-Security-Policy', API_CSP)
  if (!headers.has('referrer-policy')) headers.set('Referrer-Policy', 'no-referrer')
  const ancestors = /frame-ancestors ([^;]+)/.exec(headers.get('content-security-policy') ?? '')?.[1]?.trim()
  headers.set('X-Frame-Options', ancestors === "'self'" ? 'SAMEORIGIN' : 'DENY')
  if (isHttps(serverUrl)) headers.set('Strict-Transport-Security', HSTS)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

type Handler<A> = (request: Request, args: A) => Promise<Response>

/** Wraps a Payload REST or GraphQL route handler with the body checks and the API headers. */
export function guarded<A>(handler: Handler<A>, settings: { maxUploadMb: number; serverUrl: string }): Handler<A> {
  return async (request, args) => {
    const checked = await checkBody(request, settings.maxUploadMb)
    if ('response' in checked) return withApiHeaders(checked.response, settings.serverUrl)
    const response = await handler(checked.request, args)
    return withApiHeaders(checked.finish ? checked.finish(response) : response, settings.serverUrl)
  }
}
