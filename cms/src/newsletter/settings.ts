import type { Env } from '../env.ts'
import type { SmtpSettings } from './mailer.ts'

/** Everything the newsletter reads from the environment, in one place. */
export interface NewsletterSettings {
  serverUrl: string
  siteUrl: string
  /** Derives the manage tokens (tokens.ts `manageToken`). */
  secret: string
  smtp: SmtpSettings
  ratePerSecond: number
  rateLimit: number
  rateWindowMs: number
  /** A claimed delivery older than this belongs to a dead worker (send.ts). */
  leaseMs?: number
  /** Send jobs queued per issue: up to this many workers share one send (jobs.ts). */
  sendJobs?: number
  /** false: "Verstuur" only queues the send; a worker process runs it (JOBS_AUTORUN). */
  runJobsHere?: boolean
}

export const newsletterSettings = (env: Env): NewsletterSettings => ({
  serverUrl: env.SERVER_URL,
  siteUrl: env.SITE_URL,
  secret: env.PAYLOAD_SECRET,
  smtp: env,
  ratePerSecond: env.NEWSLETTER_RATE_PER_SECOND,
  rateLimit: env.NEWSLETTER_RATE_LIMIT,
  rateWindowMs: env.NEWSLETTER_RATE_WINDOW_SECONDS * 1000,
  leaseMs: env.NEWSLETTER_LEASE_SECONDS * 1000,
  sendJobs: env.NEWSLETTER_SEND_JOBS,
  runJobsHere: env.JOBS_AUTORUN === 'true',
})
