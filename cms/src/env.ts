import { z } from 'zod'
import { parseTrustedProxies } from './security/clientIp.ts'

// Validated once at start-up; every variable is documented in .env.example.
const EnvSchema = z.object({
  PAYLOAD_SECRET: z
    .string({ error: 'PAYLOAD_SECRET is missing: run `npm start` once (it generates cms/.env) or set it in cms/.env' })
    .min(32, 'PAYLOAD_SECRET must be at least 32 characters'),
  DATABASE_URI: z
    .string()
    .default('file:./data/cms.db')
    .refine(
      (u) => /^(file:|libsql:|mongodb(\+srv)?:\/\/)/.test(u),
      'DATABASE_URI must start with file:, libsql:, mongodb:// or mongodb+srv://',
    ),
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
  /** Test-only: let db-sqlite push the schema into a throwaway database instead of running migrations. */
  DB_PUSH: z.enum(['true', 'false']).default('false'),
})

export type Env = z.infer<typeof EnvSchema>

/** Whether a planned publish or unpublish will be carried out: the CMS runs the queue, or a timer outside it does. */
export const schedulingRuns = (env: Record<string, string | undefined> = process.env): boolean =>
  (env.NEWSLETTER_AUTORUN ?? 'true') === 'true' || env.JOBS_RUN_EXTERNALLY === 'true'

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || 'env'}: ${i.message}`)
    throw new Error(`Invalid CMS environment:\n${lines.join('\n')}\nSee cms/.env.example for every variable.`)
  }
  return result.data
}

export const isMongo = (uri: string): boolean => /^mongodb(\+srv)?:\/\//.test(uri)
