import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import type { SmtpSettings } from '../newsletter/mailer.ts'

/** A sender split into display name and address. */
export interface MailAddress {
  name: string
  address: string
}

/** `Name <addr>`, `"Name" <addr>` or a bare `addr` (MAIL_FROM) as name and address. */
export function parseMailFrom(from: string): MailAddress {
  const match = from.trim().match(/^(.*?)\s*<\s*([^<>\s]+)\s*>$/)
  if (!match) return { name: '', address: from.trim() }
  let name = (match[1] ?? '').trim()
  if (name.length >= 2 && name.startsWith('"') && name.endsWith('"')) name = name.slice(1, -1).replace(/\\(.)/g, '$1')
  return { name, address: match[2] ?? '' }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' }

/**
 * A plain-text part from simple HTML (paragraphs, line breaks, links, lists), so every message
 * is readable in text-only mail clients. Links become `text: url` (or just the url).
 */
export function htmlToText(html: string): string {
  const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '')
  return decode(
    html
      .replace(/<(head|style|script)[\s\S]*?<\/\1>/gi, '')
      .replace(/\s+/g, ' ')
      .replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, label: string) => {
        const text = label.replace(/<[^>]+>/g, '').trim()
        return !text || decode(text) === decode(href) ? href : `${text}: ${href}`
      })
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<li[^>]*>/gi, '- ')
      .replace(/<\/(p|div|h[1-6]|li|ul|ol|tr)>/gi, '\n\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Payload's own messages (password reset) wait at most this long for the SMTP server. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }

/**
 * Payload's e-mail (the admin's "Wachtwoord vergeten") over the same SMTP server and sender as
 * the newsletter: SMTP_* and MAIL_FROM. One connection per message (these mails are rare), so
 * nothing stays open. A failed send is logged and rejected: Payload then rolls the request back
 * and the admin shows an error, so the user can try again instead of waiting for a mail that
 * never comes. Nothing connects before the first message: the CMS boots without an SMTP server.
 */
export function smtpEmailAdapter(smtp: SmtpSettings): EmailAdapter {
  return ({ payload }) => {
    const sender = parseMailFrom(smtp.MAIL_FROM)
    const transport = nodemailer.createTransport({
      host: smtp.SMTP_HOST,
      port: smtp.SMTP_PORT,
      secure: smtp.SMTP_SECURE === 'true',
      ...(smtp.SMTP_USER ? { auth: { user: smtp.SMTP_USER, pass: smtp.SMTP_PASS ?? '' } } : {}),
      ...TIMEOUTS,
    })
    // Payload addresses its own mail as `"<defaultFromName>" <defaultFromAddress>`; send that as MAIL_FROM says.
    const payloadDefault = `"${sender.name}" <${sender.address}>`
    const from = sender.name ? sender : sender.address
    return {
      name: 'smtp',
      defaultFromAddress: sender.address,
      defaultFromName: sender.name,
      async sendEmail(message: SendEmailOptions) {
        const html = typeof message.html === 'string' ? message.html : undefined
        try {
          return await transport.sendMail({
            ...message,
            from: message.from === undefined || message.from === payloadDefault ? from : message.from,
            ...(message.text === undefined && html ? { text: htmlToText(html) } : {}),
          })
        } catch (error) {
          // Recipient and subject only: the body may hold a reset token.
          payload.logger.error({ err: error, to: message.to, subject: message.subject }, 'Sending an e-mail over SMTP failed')
          throw error
        }
      },
    }
  }
}
