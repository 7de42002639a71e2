import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long a preview link works after the click on "Voorbeeld". */
export const PREVIEW_TOKEN_TTL_MS = 10 * 60 * 1000
/** No token lives longer than this, whatever the caller asks. */
export const PREVIEW_TOKEN_MAX_TTL_MS = 15 * 60 * 1000

export interface PreviewClaim {
  /** Collection slug of the document to preview (`tips`). */
  collection: string
  id: string
  /** Expiry, ms since the epoch. */
  exp: number
}

const b64 = (data: string | Buffer) => Buffer.from(data).toString('base64url')
const mac = (body: string, secret: string) => createHmac('sha256', `hp-preview:${secret}`).update(body).digest()

/**
 * A short-lived preview token: `<claim>.<HMAC-SHA256 of the claim>`, keyed with PAYLOAD_SECRET (with a
 * purpose prefix, so it is no valid Payload session or any other token of this CMS).
 */
export function signPreviewToken(
  claim: { collection: string; id: string | number },
  secret: string,
  { now = Date.now(), ttlMs = PREVIEW_TOKEN_TTL_MS } = {},
): string {
  const body = b64(
    JSON.stringify({ collection: claim.collection, id: String(claim.id), exp: now + Math.min(ttlMs, PREVIEW_TOKEN_MAX_TTL_MS) }),
  )
  return `${body}.${b64(mac(body, secret))}`
}

export type PreviewTokenCheck = { ok: true; claim: PreviewClaim } | { ok: false; reason: string }

/** Checks signature and expiry; the reason is Dutch and fit to show. */
export function verifyPreviewToken(token: string, secret: string, now = Date.now()): PreviewTokenCheck {
  const [body, sig, extra] = token.split('.')
  if (!body || !sig || extra !== undefined) return { ok: false, reason: 'Deze voorbeeldlink is ongeldig.' }
  const expected = mac(body, secret)
  const given = Buffer.from(sig, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'Deze voorbeeldlink is ongeldig.' }
  let claim: PreviewClaim
  try {
    claim = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as PreviewClaim
  } catch {
    return { ok: false, reason: 'Deze voorbeeldlink is ongeldig.' }
  }
  if (typeof claim.collection !== 'string' || typeof claim.id !== 'string' || typeof claim.exp !== 'number')
    return { ok: false, reason: 'Deze voorbeeldlink is ongeldig.' }
  if (claim.exp <= now)
    return { ok: false, reason: 'Deze voorbeeldlink is verlopen. Klik in het beheer opnieuw op "Voorbeeld" voor een nieuwe link.' }
  return { ok: true, claim }
}
