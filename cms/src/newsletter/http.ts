import type { PayloadRequest } from 'payload'
import type { RateLimiter } from '../security/rateLimit.ts'
import { requestIpKey } from '../security/requestIp.ts'
import { tooManyRequests } from './pages.ts'

/** Largest body a newsletter endpoint reads (a sign-up is a few hundred bytes). */
const MAX_BODY = 10_000

export class BodyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BodyError'
  }
}

export const isForm = (req: PayloadRequest): boolean =>
  (req.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded')

/** Form-encoded or JSON body as a flat record; an empty body gives {}. `max`: the longest body read, in characters. */
export async function readBody(req: PayloadRequest, max = MAX_BODY): Promise<Record<string, unknown>> {
  const raw = (await req.text?.()) ?? ''
  if (raw.length > max) throw new BodyError('Het verzoek is te groot.')
  if (!raw.trim()) return {}
  if ((req.headers.get('content-type') ?? '').includes('application/json')) {
    try {
      const data: unknown = JSON.parse(raw)
      if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>
    } catch {
      // fall through to the error below
    }
    throw new BodyError('Het verzoek bevat geen geldige JSON.')
  }
  return Object.fromEntries(new URLSearchParams(raw))
}

/** The body as readBody reads it, or a 400 JSON answer that names the problem. */
export async function readBodyOr400(
  req: PayloadRequest,
  max = MAX_BODY,
): Promise<{ body: Record<string, unknown> } | { response: Response }> {
  try {
    return { body: await readBody(req, max) }
  } catch (error) {
    if (!(error instanceof BodyError)) throw error
    return { response: Response.json({ error: error.message }, { status: 400 }) }
  }
}

/** The token from the query string (links in e-mails, RFC 8058 POST) or the posted form. */
export function tokenOf(req: PayloadRequest, body: Record<string, unknown> = {}): string | undefined {
  const fromQuery = req.searchParams?.get('token') ?? (typeof req.query?.token === 'string' ? req.query.token : undefined)
  const fromBody = typeof body.token === 'string' ? body.token : undefined
  return fromQuery ?? fromBody
}

/** Counts this request (sign-up: every request counts); a 429 page with Retry-After when this IP is over the limit, else undefined. */
export async function limited(req: PayloadRequest, limiter: RateLimiter, siteUrl: string, json = false): Promise<Response | undefined> {
  const decision = await limiter.check(req.payload, requestIpKey(req))
  if (decision.ok) return undefined
  if (json)
    return Response.json(
      { error: `Te veel verzoeken. Probeer het over ${decision.retryAfterSeconds} seconden opnieuw.` },
      { status: 429, headers: { 'Retry-After': String(decision.retryAfterSeconds), 'Cache-Control': 'no-store' } },
    )
  return tooManyRequests(decision.retryAfterSeconds, siteUrl)
}

/** What a token page (confirm, unsubscribe, data) gets from its request. */
export type TokenRequest =
  | { tooMany: Response }
  | {
      tooMany?: undefined
      token: string | undefined
      body: Record<string, unknown>
      /** Call when the token is missing, unknown, expired or used: only such requests count toward the limit. */
      fail(): Promise<void>
    }

/**
 * The shared start of every token page: the rate limit, then the posted form (an unreadable
 * body counts as empty, so the page answers "link does not work" instead of failing), then the token.
 *
 * The limit targets token guessing, so only failed attempts count (the page calls `fail()`); valid
 * tokens never do. Mail providers send RFC 8058 one-click unsubscribes for many subscribers from a
 * few shared IPs, and each of those must go through. An IP over the limit gets 429 before its token
 * is looked up, a valid token included: answering a valid token normally while refusing invalid
 * ones would tell a blocked guesser which guess hit. (Concurrent requests are checked before any of
 * them fails, so a burst can exceed the limit by its own size; harmless against 256-bit tokens.)
 */
export async function readTokenRequest(req: PayloadRequest, post: boolean, limiter: RateLimiter, siteUrl: string): Promise<TokenRequest> {
  const ip = requestIpKey(req)
  const decision = await limiter.blocked(req.payload, ip)
  if (!decision.ok) return { tooMany: tooManyRequests(decision.retryAfterSeconds, siteUrl) }
  let body: Record<string, unknown> = {}
  if (post)
    try {
      body = await readBody(req)
    } catch (error) {
      if (!(error instanceof BodyError)) throw error
    }
  return { token: tokenOf(req, body), body, fail: () => limiter.fail(req.payload, ip) }
}
