import { readEnv } from '../env.ts'

export { settled } from './background.ts'
export { CONSENT_TEXT, CONSENT_VERSION } from './consent.ts'
export { prepareIssue } from './issue.ts'
export { resumeInterruptedSends } from './jobs.ts'
export { type Mailer, sharedMailer, smtpMailer } from './mailer.ts'
export { deliveryStats, enqueueDeliveries, sendIssue } from './send.ts'
export { newsletterSettings } from './settings.ts'

/** The CMS environment as the newsletter reads it (tests, scripts). */
export const readNewsletterEnv = () => readEnv()
