import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { Endpoint, Payload } from 'payload'
import type { SmtpSettings } from '../newsletter/mailer.ts'
import { checkBucket, type S3Settings } from '../storage/index.ts'

/*
 * GET /api/health: liveness (the process answers). GET /api/ready: readiness (the database, the
 * media storage and the mail transport work), for a load balancer or container orchestrator. Both
 * are public and say only which part fails: no versions, host names or secrets. Details go to
 * the server log.
 */

export type CheckName = 'database' | 'storage' | 'mail'
export interface CheckResult {
  ok: boolean
  ms: number
}

const CHECK_TIMEOUT_MS = 5_000
/** A working mail server is asked again after this long; a failing one on every probe. */
const MAIL_OK_TTL_MS = 15_000
const NO_STORE = { 'Cache-Control': 'no-store' }

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS / 1000} s`)), CHECK_TIMEOUT_MS).unref(),
    ),
  ])
}

/** The media folder is writable, or (before the first upload) the nearest folder above it that will hold it. */
export async function checkStorage(dir: string): Promise<void> {
  let target = path.resolve(dir)
  for (;;) {
    try {
      const info = await stat(target)
      if (!info.isDirectory()) throw new Error(`${target} is not a folder`)
      await access(target, constants.W_OK)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const parent = path.dirname(target)
      if (code !== 'ENOENT' || parent === target) throw error
      target = parent
    }
  }
}

/** The SMTP server answers and accepts the login (nodemailer's verify: connect, EHLO, AUTH, QUIT). */
export async function checkMail(smtp: SmtpSettings): Promise<void> {
  const transport = nodemailer.createTransport({
    host: smtp.SMTP_HOST,
    port: smtp.SMTP_PORT,
    secure: smtp.SMTP_SECURE === 'true',
    ...(smtp.SMTP_USER ? { auth: { user: smtp.SMTP_USER, pass: smtp.SMTP_PASS ?? '' } } : {}),
    connectionTimeout: CHECK_TIMEOUT_MS,
    greetingTimeout: CHECK_TIMEOUT_MS,
  })
  try {
    await transport.verify()
  } finally {
    transport.close()
  }
}

async function run(name: CheckName, payload: Payload, work: () => Promise<unknown>): Promise<CheckResult> {
  const started = performance.now()
  try {
    await withTimeout(work(), name)
    return { ok: true, ms: Math.round(performance.now() - started) }
  } catch (error) {
    payload.logger.warn(`Readiness check "${name}" failed: ${error instanceof Error ? error.message : String(error)}`)
    return { ok: false, ms: Math.round(performance.now() - started) }
  }
}

export function healthEndpoints(settings: { mediaDir: string; s3?: S3Settings; smtp: SmtpSettings }): Endpoint[] {
  let mailOkUntil = 0
  return [
    {
      path: '/health',
      method: 'get',
      handler: () => Response.json({ status: 'ok' }, { headers: NO_STORE }),
    },
    {
      path: '/ready',
      method: 'get',
      handler: async (req) => {
        const { payload } = req
        const [database, storage, mail] = await Promise.all([
          run('database', payload, () => payload.count({ collection: 'users', overrideAccess: true })),
          // The bucket when media go to S3 (storage/index.ts), else the media folder.
          run('storage', payload, () => (settings.s3 ? checkBucket(settings.s3) : checkStorage(settings.mediaDir))),
          Date.now() < mailOkUntil
            ? Promise.resolve({ ok: true, ms: 0 })
            : run('mail', payload, () => checkMail(settings.smtp)).then((r) => {
                if (r.ok) mailOkUntil = Date.now() + MAIL_OK_TTL_MS
                return r
              }),
        ])
        const checks = { database, storage, mail }
        const ready = database.ok && storage.ok && mail.ok
        return Response.json({ status: ready ? 'ready' : 'not-ready', checks }, { status: ready ? 200 : 503, headers: NO_STORE })
      },
    },
  ]
}
