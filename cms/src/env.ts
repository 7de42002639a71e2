import { z } from 'zod'
import { parseTrustedProxies } from './security/clientIp.ts'
import { checkS3Env, S3_ENV_SHAPE } from './storage/env.ts'

// Validated once at start-up; every variable is documented in .env.example.
const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional())

const EnvObject = z.object({
  PAYLOAD_SECRET: z
    .string({
      error:
        'ontbreekt: start `npm start` één keer (die maakt cms/.env) of zet hem in de omgeving / is missing: run `npm start` once (it generates cms/.env) or set it in the environment',
    })
    .min(32, 'moet minstens 32 tekens lang zijn / must be at least 32 characters'),
  DATABASE_URI: z
    .string()
    .default('file:./data/cms.db')
    .refine(
      (u) => /^(file:|libsql:|mongodb(\+srv)?:\/\/)/.test(u),
      'moet beginnen met file:, libsql:, mongodb:// of mongodb+srv:// / must start with file:, libsql:, mongodb:// or mongodb+srv://',
    ),
  /**
   * SQLite only: when a commit reaches the disk. NORMAL (default): at the write-ahead log's
   * checkpoints, not at every commit; FULL: at every commit (one fsync per write). docs/deploy.md, "With SQLite".
   */
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  SERVER_URL: z.url().default('http://localhost:3000'),
  /** Build hook that publishing POSTs to (Netlify in production, the local receiver under `npm start`); empty: no rebuilds. */
  SITE_BUILD_HOOK_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
  /** Quiet time after the last publish before the build hook is called, so a burst of publishes builds once. */
  SITE_BUILD_DEBOUNCE_MS: z.coerce.number().int().min(0).default(5000),
  /** Where uploaded files are stored (absolute path; `npm start` writes it into cms/.env). */
  MEDIA_DIR: z.string().min(1).default('media'),
  /** Largest upload in MB (images and videos); above it the CMS answers 413. Uploads stream to a temporary file. */
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(10_000).default(200),
  /** Public URL of the static site: absolute links in e-mails and the sign-up's thank-you redirect. */
  SITE_URL: z.url().default('http://localhost:4321'),
  /** The preview server (scripts/src/preview-server.ts): "Voorbeeld" in the admin opens a draft there, with a signed link. */
  PREVIEW_URL: z.url().default('http://localhost:4323'),
  /** SMTP server for the newsletter (a local sink under `npm start`). */
  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(1025),
  /** `true`: TLS from the first byte (port 465); `false`: plain, upgraded with STARTTLS when offered. */
  SMTP_SECURE: z.enum(['true', 'false']).default('false'),
  SMTP_USER: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  SMTP_PASS: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  /** Sender of every newsletter e-mail, e.g. `Voor Professionals <nieuwsbrief@example.org>`. */
  MAIL_FROM: z.string().min(3).default('Voor Professionals <nieuwsbrief@localhost>'),
  /** Sending rate of a newsletter issue, messages per second. */
  NEWSLETTER_RATE_PER_SECOND: z.coerce.number().positive().default(20),
  /** Per IP per window: sign-up requests, and failed tokens on confirm/unsubscribe/data (valid ones never count); then HTTP 429. */
  NEWSLETTER_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  NEWSLETTER_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),
  /**
   * Proxies whose X-Forwarded-For the CMS believes: comma-separated IPs and CIDR ranges. Empty
   * (default): the client is the address the connection comes from, and X-Forwarded-For is ignored.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value)
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message.replace(/^TRUSTED_PROXIES: /, '') })
      }
    }),
  /** Run the jobs queue (newsletter sending) inside the CMS process every minute; `false` in tests. */
  NEWSLETTER_AUTORUN: z.enum(['true', 'false']).default('true'),
  /**
   * `true` when something outside the CMS runs the default jobs queue (`npx payload jobs:run --queue
   * default` from a timer) while NEWSLETTER_AUTORUN is `false`. Without either, the admin offers no
   * "Publicatie plannen": nothing would carry the plan out.
   */
  JOBS_RUN_EXTERNALLY: z.enum(['true', 'false']).default('false'),
  /**
   * `false`: this web process runs no jobs at all (not the minute cron, not the immediate start after
   * "Verstuur"); `npm run worker` does. Default `true`: one process does everything (`npm start`).
   */
  JOBS_AUTORUN: z.enum(['true', 'false']).default('true'),
  /** Seconds after which a claimed but unconfirmed newsletter delivery belongs to a dead worker and is sent by another. */
  NEWSLETTER_LEASE_SECONDS: z.coerce.number().int().min(5).default(600),
  /**
   * Send jobs queued per issue. A worker runs one job at a time, so up to this many workers share
   * one send (each claims batches of deliveries until none are left); with fewer, the jobs run one
   * after the other and the later ones find nothing left.
   */
  NEWSLETTER_SEND_JOBS: z.coerce.number().int().min(1).max(16).default(2),
  /** How often `npm run worker` looks for due jobs and unfinished sends, in seconds. */
  WORKER_POLL_SECONDS: z.coerce.number().positive().default(10),
  /** Port and interface of the HTTP server (the container's server.js and `npm run serve`). */
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOSTNAME: optionalText,
  /** Media on S3-compatible storage (storage/env.ts): S3_BUCKET on; the others only with it. Empty: MEDIA_DIR. */
  ...S3_ENV_SHAPE,
  /** Seed only (`npm run seed`): password of the demo users. */
  SEED_PASSWORD: optionalText,
  /** Seed and site build: API key of the site-builder user. */
  SITE_BUILDER_API_KEY: optionalText,
  /** Test-only: let db-sqlite push the schema into a throwaway database instead of running migrations. */
  DB_PUSH: z.enum(['true', 'false']).default('false'),
})

const EnvSchema = EnvObject.superRefine(checkS3Env)

/** Every variable the CMS reads (docs/deploy.md and cms/.env.example document each; a test compares the lists). */
export const ENV_NAMES: readonly string[] = Object.keys(EnvObject.shape)

export type Env = z.infer<typeof EnvSchema>

/**
 * Whether a planned publish or unpublish will be carried out: this process runs the queue, a worker
 * does (JOBS_AUTORUN=false: `npm run worker`), or a timer outside the CMS does (JOBS_RUN_EXTERNALLY).
 */
export const schedulingRuns = (env: Record<string, string | undefined> = process.env): boolean =>
  (env.NEWSLETTER_AUTORUN ?? 'true') === 'true' || env.JOBS_AUTORUN === 'false' || env.JOBS_RUN_EXTERNALLY === 'true'

/** One problem in Dutch and English; zod's own messages are English only. */
function explain(issue: z.core.$ZodIssue, source: Record<string, string | undefined>): string {
  const name = String(issue.path[0] ?? '')
  if (issue.code === 'custom' || issue.message.includes(' / ')) return issue.message
  if (issue.code === 'invalid_type')
    return source[name] === undefined || source[name] === ''
      ? 'ontbreekt / is missing'
      : `heeft niet de goede vorm (${issue.expected} verwacht) / has the wrong form (expected ${issue.expected})`
  if (issue.code === 'invalid_format') return 'is geen geldige URL (bijvoorbeeld https://…) / is not a valid URL (e.g. https://…)'
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String).join(', ')
    return `moet een van deze waarden zijn: ${allowed} / must be one of: ${allowed}`
  }
  if (issue.code === 'too_small') return `is te klein, minimaal ${String(issue.minimum)} / is too small, at least ${String(issue.minimum)}`
  if (issue.code === 'too_big') return `is te groot, maximaal ${String(issue.maximum)} / is too big, at most ${String(issue.maximum)}`
  return `is ongeldig / is invalid: ${issue.message}`
}

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || 'env'}: ${explain(i, source)}`)
    throw new Error(
      `Ongeldige CMS-instellingen / Invalid CMS environment:\n${lines.join('\n')}\nZie cms/.env.example en docs/deploy.md / See cms/.env.example and docs/deploy.md for every variable.`,
    )
  }
  return result.data
}

export const isMongo = (uri: string): boolean => /^mongodb(\+srv)?:\/\//.test(uri)
