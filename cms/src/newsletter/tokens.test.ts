import { describe, expect, it } from 'vitest'
import { CONFIRM_TTL_MS, confirmExpiry, hashToken, isExpired, isTokenShape, manageToken, newToken, sameHash } from './tokens.ts'

describe('tokens', () => {
  it('creates 256-bit URL-safe tokens that differ each time', () => {
    const a = newToken()
    expect(isTokenShape(a)).toBe(true)
    expect(a).not.toBe(newToken())
  })

  it('stores SHA-256 (hex) of a token, never the token', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sameHash(hashToken('x'), hashToken('x'))).toBe(true)
    expect(sameHash(hashToken('x'), hashToken('y'))).toBe(false)
  })

  it('expires a confirmation link after exactly 48 hours', () => {
    const now = new Date('2026-11-29T12:00:00Z')
    const expires = confirmExpiry(now)
    expect(expires.getTime() - now.getTime()).toBe(CONFIRM_TTL_MS)
    expect(CONFIRM_TTL_MS).toBe(48 * 3600 * 1000)
    expect(isExpired(expires, new Date(expires.getTime() - 1))).toBe(false)
    expect(isExpired(expires, expires)).toBe(true)
    expect(isExpired(null, now)).toBe(true)
  })

  it('derives the manage token from secret and nonce; another nonce or secret gives another token', () => {
    const t = manageToken('secret-1', 'nonce-1')
    expect(isTokenShape(t)).toBe(true)
    expect(manageToken('secret-1', 'nonce-1')).toBe(t)
    expect(manageToken('secret-1', 'nonce-2')).not.toBe(t)
    expect(manageToken('secret-2', 'nonce-1')).not.toBe(t)
  })

  it('rejects token shapes that cannot be ours before any lookup', () => {
    for (const bad of [undefined, '', 'x', `${newToken()}!`, 'a'.repeat(44), 42]) expect(isTokenShape(bad)).toBe(false)
  })
})
