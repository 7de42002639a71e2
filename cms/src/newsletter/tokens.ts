import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** How long a confirmation link works. */
export const CONFIRM_TTL_MS = 48 * 60 * 60 * 1000

/** A fresh random token for a link (256 bits, URL-safe). Only its hash is stored. */
export const newToken = (): string => randomBytes(32).toString('base64url')

/** What the database stores for a token: SHA-256, hex. A database leak gives no working link. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex')

export const confirmExpiry = (now: Date): Date => new Date(now.getTime() + CONFIRM_TTL_MS)

export const isExpired = (expiresAt: string | Date | null | undefined, now: Date): boolean =>
  !expiresAt || new Date(expiresAt).getTime() <= now.getTime()

/**
 * The subscriber's manage token (unsubscribe, data download/delete), carried in every e-mail.
 * Derived from a random per-subscriber nonce with the server secret, so the sender can put it in
 * each message while the database holds only the nonce and the token's hash: reading the
 * database alone gives no working link. A new nonce (re-subscribe) invalidates old links.
 */
export const manageToken = (secret: string, nonce: string): string =>
  createHmac('sha256', secret).update(`newsletter-manage:${nonce}`, 'utf8').digest('base64url')

/** Token shape check before any lookup: base64url, 43 characters for 32 bytes. */
export const isTokenShape = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token)

/** Constant-time comparison of two hex hashes. */
export const sameHash = (a: string, b: string): boolean => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * The confirm token in the confirmation mail, derived like the manage token from the same nonce
 * (with its own label, so one never works as the other). Deriving it lets a repeat sign-up of a
 * pending address send the SAME link again: the earlier mail keeps working, and a stranger who
 * signs someone up twice cannot break the link that person already has.
 */
export const confirmToken = (secret: string, nonce: string): string =>
  createHmac('sha256', secret).update(`newsletter-confirm:${nonce}`, 'utf8').digest('base64url')
