import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { canPublish, isStaff } from './access/index.ts'
import { AuditLog } from './audit/collection.ts'
import { auditScheduling } from './audit/record.ts'
import { Deliveries } from './collections/Deliveries/index.ts'
import { LinkChecks } from './collections/LinkChecks/index.ts'
import { Media } from './collections/Media/index.ts'
import { RateLimits } from './collections/RateLimits/index.ts'
import { Submissions } from './collections/Submissions/index.ts'
import { Subscribers } from './collections/Subscribers/index.ts'
import { hideAccountLock } from './collections/Users/hooks/hideAccountLock.ts'
import { Users } from './collections/Users/index.ts'
import { CONTENT_HEALTH_QUEUE, linkCheckTask } from './content-health/task.ts'
import { contentCollections } from './content-types.ts'
import { databaseAdapter } from './db.ts'
import { smtpEmailAdapter } from './email/smtpAdapter.ts'
import { buildStatusEndpoint } from './endpoints/buildStatus.ts'
import { contentHealthEndpoints } from './endpoints/contentHealth.ts'
import { healthEndpoints } from './endpoints/health.ts'
import { newsletterEndpoints } from './endpoints/newsletter/index.ts'
import { previewEndpoints } from './endpoints/preview.ts'
import { shareEndpoint } from './endpoints/share.ts'
import { siteContentEndpoint } from './endpoints/siteContent.ts'
import { readEnv } from './env.ts'
import { DATE_TIME_FORMAT, TIMEZONE } from './fields/dates.ts'
import { contractEditor } from './fields/richText/editor.ts'
import { BLOCK_ROW_LABEL, withRowLabels } from './fields/rowLabel.ts'
import { BuildStatus } from './globals/BuildStatus/index.ts'
import { ContentHealth } from './globals/ContentHealth/index.ts'
import { SiteSettings } from './globals/SiteSettings/index.ts'
import { nlOverrides } from './i18n/nl.ts'
import { NEWSLETTER_QUEUE, resumeInterruptedSends, sendIssueTask } from './newsletter/jobs.ts'
import { scheduledSendTask } from './newsletter/schedule.ts'
import { newsletterSettings } from './newsletter/settings.ts'
import { REVIEW_OVERVIEW_PATH } from './review/due.ts'
import { ReviewReminders, reviewReminderTask } from './review/reminders.ts'
import { SCHEDULES_PATH } from './schedules/upcoming.ts'
import { FORM_OVERHEAD, tooLargeMessage } from './security/rest.ts'
import { mediaStorage, readS3Env } from './storage/index.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))
/** The queue Payload's scheduled publishing uses (the admin's "Publicatie plannen"). */
const SCHEDULE_QUEUE = 'default'
const env = readEnv()
const newsletter = newsletterSettings(env)
// Media in MEDIA_DIR, or in an S3-compatible bucket when S3_BUCKET is set (storage/index.ts).
const s3 = readS3Env()

export default buildConfig({
  secret: env.PAYLOAD_SECRET,
  serverURL: env.SERVER_URL,
  db: databaseAdapter(env),
  editor: contractEditor,
  sharp,
  // Uploads (videos up to MAX_UPLOAD_MB) stream to a temporary file instead of memory. The route
  // wrapper answers 413 in Dutch above the limit (security/rest.ts); these are Payload's own checks,
  // a backstop set just above it (stopping first, Payload would answer while the browser still sends).
  upload: {
    useTempFiles: true,
    tempFileDir: path.join(os.tmpdir(), 'hp-cms-uploads'),
    limits: { fileSize: env.MAX_UPLOAD_MB * 1024 * 1024 + FORM_OVERHEAD },
    requestSizeLimit: (env.MAX_UPLOAD_MB + 1) * 1024 * 1024,
    abortOnLimit: true,
    responseOnLimit: tooLargeMessage(env.MAX_UPLOAD_MB),
  },
  // Payload's own e-mail (password reset) over the newsletter's SMTP server and sender.
  email: smtpEmailAdapter(newsletter.smtp),
  admin: {
    user: 'users',
    // No Gravatar: the admin makes no third-party requests.
    avatar: 'default',
    meta: { titleSuffix: ' · CMS Helpers & Professionals' },
    importMap: { baseDir: dirname },
    // Payload 3.90's import map skips a block's own Label component; listed here so the tree's
    // block rows show their content (fields/rowLabel.ts).
    dependencies: { blockRowLabel: { type: 'component', path: BLOCK_ROW_LABEL } },
    // Lists and dates read as 03-12-2026 19:54; each date field is typed the same way (fields/rowLabel.ts).
    dateFormat: DATE_TIME_FORMAT,
    timezones: { defaultTimezone: TIMEZONE, supportedTimezones: [{ label: 'Amsterdam', value: TIMEZONE }] },
    // "Controleren": overdue and soon-due reviews; "Gepland": planned publishes and unpublishes.
    components: {
      views: {
        reviewOverview: { Component: '/components/ReviewOverview/index.tsx#ReviewOverview', path: REVIEW_OVERVIEW_PATH },
        schedules: { Component: '/components/Schedules/index.tsx#SchedulesOverview', path: SCHEDULES_PATH },
      },
      afterNavLinks: ['/components/EditorsNav/index.tsx#EditorsNavLinks'],
    },
  },
  i18n: {
    fallbackLanguage: 'nl',
    supportedLanguages: { nl, en },
    // Payload's Dutch with its English leftovers and "je" replaced (i18n/nl.ts).
    translations: { nl: nlOverrides },
  },
  collections: [
    // The content types: one entry each in the CMS registry (content-types.ts).
    ...contentCollections(),
    Submissions,
    Subscribers,
    Deliveries,
    Media,
    Users,
    RateLimits,
    LinkChecks,
    AuditLog,
    ReviewReminders,
  ].map(withRowLabels),
  globals: [SiteSettings, BuildStatus, ContentHealth].map(withRowLabels),
  // "Locked" answers like a wrong password, over REST and GraphQL (no account enumeration).
  hooks: { afterError: [hideAccountLock] },
  endpoints: [
    siteContentEndpoint,
    buildStatusEndpoint,
    ...newsletterEndpoints(newsletter),
    ...previewEndpoints,
    shareEndpoint(env.SITE_URL),
    ...healthEndpoints({ mediaDir: env.MEDIA_DIR, s3, smtp: newsletter.smtp }),
    ...contentHealthEndpoints,
  ],
  jobs: {
    tasks: [
      sendIssueTask(newsletter),
      linkCheckTask,
      reviewReminderTask(env.SERVER_URL),
      // "Versturen plannen" on a newsletter issue, on the schedule queue (newsletter/schedule.ts).
      scheduledSendTask(newsletter),
    ],
    // The jobs endpoints: staff may run the queue, only publishers and admins queue or cancel sends.
    access: {
      run: ({ req }) => isStaff(req.user),
      queue: ({ req }) => canPublish(req.user),
      cancel: ({ req }) => canPublish(req.user),
    },
    // Every minute: picks up a send that a restart interrupted ("Verstuur" also starts the queue at
    // once), and runs due scheduled publishes and unpublishes ("Publicatie plannen" queues them on
    // the default queue; they publish as the user who planned them, so an editor's plan publishes nothing).
    autoRun: [
      { cron: '* * * * *', queue: NEWSLETTER_QUEUE, limit: 1 },
      { cron: '* * * * *', queue: SCHEDULE_QUEUE, limit: 20 },
      // The links to other sites in the published content, nightly (content-health/task.ts).
      { cron: '30 3 * * *', queue: CONTENT_HEALTH_QUEUE, limit: 1 },
    ],
    // JOBS_AUTORUN=false: a separate `npm run worker` runs the queues (docs/deploy.md, "Jobs").
    shouldAutoRun: () => env.NEWSLETTER_AUTORUN === 'true' && env.JOBS_AUTORUN === 'true',
    deleteJobOnComplete: false,
  },
  // A send interrupted by a crash or restart continues (newsletter/jobs.ts). When one process runs
  // the jobs (`npm start`), a job still processing at its start belongs to its previous life. With
  // workers (JOBS_AUTORUN=false; the worker sets it too), another process may be sending it right
  // now: the workers release a send only after the lease (worker.ts, releaseAbandonedSends).
  onInit: async (payload) => {
    // A planned publish or unpublish ("Publicatie plannen") goes into the audit log when it is queued.
    auditScheduling(payload)
    if (env.JOBS_AUTORUN === 'true') await resumeInterruptedSends(payload)
  },
  plugins: [mediaStorage(s3)],
  graphQL: { disablePlaygroundInProduction: true },
  typescript: {
    // Types are generated explicitly (`npm run generate:types`), not on every boot (it would run in the background of every dev start).
    autoGenerate: false,
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  telemetry: false,
})
