import type { Endpoint } from 'payload'
import { sharedMailer } from '../../newsletter/mailer.ts'
import { createRateLimiter } from '../../newsletter/rateLimit.ts'
import type { NewsletterSettings } from '../../newsletter/settings.ts'
import { confirmEndpoints } from './confirm.ts'
import { dataEndpoints } from './data.ts'
import { previewEndpoint } from './preview.ts'
import { sendEndpoint, statsEndpoint } from './send.ts'
import { subscribeEndpoint, subscribePreflightEndpoint } from './subscribe.ts'
import { testSendEndpoint } from './testSend.ts'
import { unsubscribeEndpoints } from './unsubscribe.ts'

/** Every /api/newsletter/* endpoint; each public one gets its own per-IP rate limiter. */
export function newsletterEndpoints(settings: NewsletterSettings): Endpoint[] {
  const deps = () => ({
    settings,
    limiter: createRateLimiter({ limit: settings.rateLimit, windowMs: settings.rateWindowMs }),
    mailer: () => sharedMailer(settings.smtp),
  })
  return [
    subscribeEndpoint(deps()),
    subscribePreflightEndpoint(deps()),
    ...confirmEndpoints(deps()),
    ...unsubscribeEndpoints(deps()),
    ...dataEndpoints(deps()),
    previewEndpoint(deps()),
    testSendEndpoint(deps()),
    sendEndpoint(deps()),
    statsEndpoint(),
  ]
}
