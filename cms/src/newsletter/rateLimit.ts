/** Outcome of one rate-limit check. */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number }

export interface RateLimitOptions {
  /** Requests allowed per key per window. */
  limit: number
  /** Window length in milliseconds. */
  windowMs: number
  /** Clock (tests). */
  now?: () => number
  /** Forget keys beyond this many (memory bound under a flood of spoofed addresses). */
  maxKeys?: number
}

export interface RateLimiter {
  check(key: string): RateDecision
  reset(): void
}

/**
 * Fixed-window counter per key (per client IP), in memory. One CMS process enforces it; several
 * instances each allow `limit` (acceptable for the abuse it targets: bulk sign-ups and token
 * guessing, which the 256-bit tokens already make hopeless).
 */
export function createRateLimiter({ limit, windowMs, now = Date.now, maxKeys = 50_000 }: RateLimitOptions): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>()
  return {
    check(key) {
      const t = now()
      let w = windows.get(key)
      if (!w || t - w.start >= windowMs) {
        if (!w && windows.size >= maxKeys) {
          for (const [k, v] of windows) if (t - v.start >= windowMs) windows.delete(k)
          if (windows.size >= maxKeys) windows.clear()
        }
        w = { start: t, count: 0 }
        windows.set(key, w)
      }
      w.count += 1
      if (w.count <= limit) return { ok: true }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + windowMs - t) / 1000)) }
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
