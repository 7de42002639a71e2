import { createRateLimiter } from './rateLimit.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/**
 * The fixed limits against abuse of mail and login (docs/security.md, "Rate limits and abuse").
 * The per-IP limits of the public newsletter endpoints are configurable (NEWSLETTER_RATE_LIMIT).
 */
export const LIMITS = {
  /** At most one confirmation mail per address per 10 minutes, however many sign-ups come in. */
  signupMailPerAddress: createRateLimiter({ name: 'signup-mail', limit: 1, windowMs: 10 * MINUTE }),
  /** "Wachtwoord vergeten?" requests per client address per hour. */
  forgotPasswordPerIp: createRateLimiter({ name: 'forgot-ip', limit: 10, windowMs: HOUR }),
  /** "Wachtwoord vergeten?" requests per account e-mail address per hour (known or not: no enumeration). */
  forgotPasswordPerAddress: createRateLimiter({ name: 'forgot-mail', limit: 3, windowMs: HOUR }),
  /** Failed logins per client address per 15 minutes; then every login from it is refused until the window ends. */
  loginFailuresPerIp: createRateLimiter({ name: 'login-fail-ip', limit: 20, windowMs: 15 * MINUTE }),
  /** Test mails of a newsletter issue per staff user per hour. */
  testSendsPerUser: createRateLimiter({ name: 'test-send-user', limit: 10, windowMs: HOUR }),
  /** "Deel uw tip of ervaring" posts per client address per hour (every post counts). */
  sharePerIp: createRateLimiter({ name: 'share-ip', limit: 10, windowMs: HOUR }),
  /** The same text (normalised) is taken in once per day, however often and from wherever it is sent. */
  shareSameText: createRateLimiter({ name: 'share-text', limit: 1, windowMs: 24 * HOUR }),
} as const

/** "over 12 minuten" / "over 40 seconden": Retry-After in words. */
export function waitInDutch(seconds: number): string {
  if (seconds < 120) return `${seconds} seconden`
  return `${Math.ceil(seconds / 60)} minuten`
}
