import { describe, expect, it } from 'vitest'
import { clientIp, createRateLimiter } from './rateLimit.ts'

describe('rate limiter (fixed window per key)', () => {
  it('allows `limit` requests per window, then says how long to wait', () => {
    let now = 0
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: () => now })
    for (let i = 0; i < 3; i++) expect(limiter.check('a')).toEqual({ ok: true })
    now = 15_000
    expect(limiter.check('a')).toEqual({ ok: false, retryAfterSeconds: 45 })
    expect(limiter.check('b')).toEqual({ ok: true })
    now = 60_000
    expect(limiter.check('a')).toEqual({ ok: true })
  })

  it('never answers Retry-After 0', () => {
    let now = 0
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: () => now })
    limiter.check('a')
    now = 999.9
    expect(limiter.check('a')).toEqual({ ok: false, retryAfterSeconds: 1 })
  })

  it('keeps memory bounded under many addresses', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: () => 0, maxKeys: 10 })
    for (let i = 0; i < 100; i++) expect(limiter.check(`ip${i}`)).toEqual({ ok: true })
  })

  it('blocked/fail: only failures count; `limit` failures block the key for the rest of the window', () => {
    let now = 0
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: () => now })
    // Asking never counts: any number of successful requests pass.
    for (let i = 0; i < 100; i++) expect(limiter.blocked('a')).toEqual({ ok: true })
    limiter.fail('a')
    limiter.fail('a')
    expect(limiter.blocked('a')).toEqual({ ok: true })
    now = 20_000
    limiter.fail('a')
    expect(limiter.blocked('a')).toEqual({ ok: false, retryAfterSeconds: 40 })
    expect(limiter.blocked('b')).toEqual({ ok: true })
    now = 60_000
    expect(limiter.blocked('a')).toEqual({ ok: true })
  })

  it('check counts every request; failures and checks share one window per key', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, now: () => 0 })
    limiter.fail('a')
    expect(limiter.check('a')).toEqual({ ok: true })
    expect(limiter.check('a')).toEqual({ ok: false, retryAfterSeconds: 1 })
    expect(limiter.blocked('a').ok).toBe(false)
  })

  it('blocked does not store keys it has never seen fail (memory)', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: () => 0, maxKeys: 2 })
    limiter.fail('a')
    limiter.fail('b')
    for (let i = 0; i < 100; i++) limiter.blocked(`ip${i}`)
    expect(limiter.blocked('a').ok).toBe(false)
    expect(limiter.blocked('b').ok).toBe(false)
  })

  it('reset forgets every window', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: () => 0 })
    limiter.fail('a')
    limiter.reset()
    expect(limiter.blocked('a')).toEqual({ ok: true })
  })

  it('takes the client IP from the proxy header', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.5, 10.0.0.1' }))).toBe('203.0.113.5')
    expect(clientIp(new Headers({ 'x-real-ip': '203.0.113.6' }))).toBe('203.0.113.6')
    expect(clientIp(new Headers())).toBe('unknown')
  })
})
