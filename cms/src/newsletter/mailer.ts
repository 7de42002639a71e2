import nodemailer from 'nodemailer'
import type { MailLinks, RenderedMail } from './render.ts'

export interface SmtpSettings {
  SMTP_HOST: string
  SMTP_PORT: number
  SMTP_SECURE: 'true' | 'false'
  SMTP_USER?: string | undefined
  SMTP_PASS?: string | undefined
  MAIL_FROM: string
}

export interface OutgoingMail extends RenderedMail {
  to: string
  /** A newsletter's unsubscribe and data links (List-Unsubscribe headers); none for a one-off mail. */
  links?: MailLinks
  /** Deterministic per delivery (`<key@host>`), so a resend after a crash is recognisable as the same message. */
  messageId?: string
}

/** What the sender needs from a transport; tests wrap it to simulate crashes. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>
  close(): void
}

/** RFC 8058 one-click unsubscribe headers; on every message we send. */
export const unsubscribeHeaders = (links: MailLinks): Record<string, string> => ({
  'List-Unsubscribe': `<${links.unsubscribe}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
})

/** SMTP over nodemailer; one pooled connection set per process. */
export function smtpMailer(env: SmtpSettings, { pool = true, maxConnections = 4 } = {}): Mailer {
  const transport = nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE === 'true',
    ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } } : {}),
    pool,
    maxConnections,
    maxMessages: Number.POSITIVE_INFINITY,
  })
  return {
    async send(mail) {
      await transport.sendMail({
        from: env.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        ...(mail.links ? { headers: unsubscribeHeaders(mail.links) } : {}),
        ...(mail.messageId ? { messageId: mail.messageId } : {}),
      })
    },
    close() {
      transport.close()
    },
  }
}

/** A temporary SMTP failure (4xx reply, connection trouble) is retried; a 5xx reply is final. */
export function isTemporary(error: unknown): boolean {
  const e = error as { responseCode?: number; code?: string }
  if (typeof e?.responseCode === 'number') return e.responseCode < 500
  return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'ECONNREFUSED', 'ECONNRESET', 'EDNS'].includes(e?.code ?? '') || e?.code === undefined
}

let shared: { key: string; mailer: Mailer } | undefined
/** The process-wide SMTP mailer for the given settings. */
export function sharedMailer(env: SmtpSettings): Mailer {
  const key = `${env.SMTP_HOST}:${env.SMTP_PORT}:${env.SMTP_USER ?? ''}`
  if (shared?.key !== key) {
    shared?.mailer.close()
    shared = { key, mailer: smtpMailer(env) }
  }
  return shared.mailer
}
