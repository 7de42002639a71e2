/** Outcome of one rate-limit check. */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number }

export interface RateLimitOptions {
  /** Requests (for `check`) or failures (for `blocked`/`fail`) allowed per key per window. */
  limit: number
  /** Window length in milliseconds. */
  windowMs: number
  /** Clock (tests). */
  now?: () => number
  /** Forget keys beyond this many (memory bound under a flood of spoofed addresses). */
  maxKeys?: number
}

export interface RateLimiter {
  /** Counts this request and decides: every request counts (sign-up). */
  check(key: string): RateDecision
  /** Decides without counting: refused once `limit` failures were recorded in the current window. */
  blocked(key: string): RateDecision
  /** Records one failed attempt (a missing, unknown, expired or used token). */
  fail(key: string): void
  reset(): void
}

/**
 * Fixed-window counter per key (per client IP), in memory. One CMS process enforces it; several
 * instances each allow `limit` (acceptable for the abuse it targets: bulk sign-ups and token
 * guessing, which the 256-bit tokens already make hopeless).
 *
 * Two ways to use it: `check` counts every request (sign-up); `blocked` + `fail` count only
 * failures (token pages), so many valid one-click unsubscribes from one mail provider's IP pass.
 */
export function createRateLimiter({ limit, windowMs, now = Date.now, maxKeys = 50_000 }: RateLimitOptions): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>()

  /** The key's current window, or undefined when it has none or it ran out. */
  const current = (key: string, t: number) => {
    const w = windows.get(key)
    return w && t - w.start < windowMs ? w : undefined
  }
  /** Counts one for the key, opening a new window when needed. */
  const count = (key: string, t: number) => {
    let w = current(key, t)
    if (!w) {
      if (!windows.has(key) && windows.size >= maxKeys) {
        for (const [k, v] of windows) if (t - v.start >= windowMs) windows.delete(k)
        if (windows.size >= maxKeys) windows.clear()
      }
      w = { start: t, count: 0 }
      windows.set(key, w)
    }
    w.count += 1
    return w
  }
  const refuse = (w: { start: number }, t: number): RateDecision => ({
    ok: false,
    retryAfterSeconds: Math.max(1, Math.ceil((w.start + windowMs - t) / 1000)),
  })

  return {
    check(key) {
      const t = now()
      const w = count(key, t)
      return w.count <= limit ? { ok: true } : refuse(w, t)
    },
    blocked(key) {
      const t = now()
      const w = current(key, t)
      return !w || w.count < limit ? { ok: true } : refuse(w, t)
    },
    fail(key) {
      count(key, now())
    },
    reset() {
      windows.clear()
    },
  }
}

/**
 * The client's IP as the proxy in front of the CMS reports it (Netlify/nginx set X-Forwarded-For;
 * the first entry is the client). Without a proxy header all callers share one bucket, which
 * errs on the side of limiting.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown'
}
