import type { Mailer } from '../../newsletter/mailer.ts'
import type { NewsletterSettings } from '../../newsletter/settings.ts'
import type { RateLimiter } from '../../security/rateLimit.ts'

/** What every newsletter endpoint is built with (one rate limiter per endpoint). */
export interface EndpointDeps {
  settings: NewsletterSettings
  limiter: RateLimiter
  /** Lazily, so the CMS boots without an SMTP server. */
  mailer: () => Mailer
}
