import type { Endpoint } from 'payload'
import { sharedMailer } from '../../newsletter/mailer.ts'
import type { NewsletterSettings } from '../../newsletter/settings.ts'
import { createRateLimiter } from '../../security/rateLimit.ts'
import { confirmEndpoints } from './confirm.ts'
import { dataEndpoints } from './data.ts'
import { previewEndpoint } from './preview.ts'
import { scheduleEndpoints } from './schedule.ts'
import { sendEndpoint, statsEndpoint } from './send.ts'
import { subscribeEndpoint, subscribePreflightEndpoint } from './subscribe.ts'
import { testSendEndpoint } from './testSend.ts'
import { unsubscribeEndpoints } from './unsubscribe.ts'

/**
 * Every /api/newsletter/* endpoint; each public one gets its own per-IP rate limit (NEWSLETTER_RATE_LIMIT
 * per NEWSLETTER_RATE_WINDOW_SECONDS), counted in the database under its own name.
 */
export function newsletterEndpoints(settings: NewsletterSettings): Endpoint[] {
  const deps = (name: string) => ({
    settings,
    limiter: createRateLimiter({ name, limit: settings.rateLimit, windowMs: settings.rateWindowMs }),
    mailer: () => sharedMailer(settings.smtp),
  })
  return [
    subscribeEndpoint(deps('signup-ip')),
    subscribePreflightEndpoint(deps('signup-ip')),
    ...confirmEndpoints(deps('confirm-ip')),
    ...unsubscribeEndpoints(deps('unsubscribe-ip')),
    ...dataEndpoints(deps('data-ip')),
    previewEndpoint(deps('preview')),
    testSendEndpoint(deps('test-send')),
    sendEndpoint(deps('send')),
    statsEndpoint(),
    ...scheduleEndpoints(),
  ]
}
