import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** One message the sink received, parsed with mailparser. */
export interface Caught {
  to: string
  from: { name: string; address: string }
  subject: string
  messageId: string
  headers: Map<string, string>
  html: string
  text: string
}

export type SmtpSink = Awaited<ReturnType<typeof startSink>>

/** A real SMTP server on loopback that parses every message; some addresses get a scripted 4xx/5xx reply. */
export async function startSink(reject: (rcpt: string) => { code: number; message: string } | undefined = () => undefined) {
  const messages: Caught[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const r = reject(address.address)
      if (r) return callback(Object.assign(new Error(r.message), { responseCode: r.code }))
      callback()
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((m) => {
          const to = Array.isArray(m.to) ? m.to[0] : m.to
          messages.push({
            to: to?.value[0]?.address ?? '',
            from: { name: m.from?.value[0]?.name ?? '', address: m.from?.value[0]?.address ?? '' },
            subject: m.subject ?? '',
            messageId: m.messageId ?? '',
            headers: new Map(m.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()])),
            html: typeof m.html === 'string' ? m.html : '',
            text: m.text ?? '',
          })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { messages, port: (server.server.address() as AddressInfo).port, close: () => new Promise<void>((r) => server.close(() => r())) }
}

/** Waits until a message to `to` arrived (mail goes out after the HTTP answer). */
export async function waitForMail(sink: SmtpSink, to: string, timeoutMs = 15_000): Promise<Caught> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const found = sink.messages.find((m) => m.to === to)
    if (found) return found
    if (Date.now() > until) throw new Error(`No e-mail to ${to} within ${timeoutMs / 1000} s (the sink caught ${sink.messages.length})`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/**
 * Points the CMS's mail settings at a sink (and keeps the jobs queue from running by itself). Call
 * before startTestCms: the config reads the environment when it is imported.
 */
export function mailToSink(sink: { port: number }, from = 'CMS <cms@test.example>'): void {
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_SECURE: 'false',
    SMTP_USER: '',
    SMTP_PASS: '',
    MAIL_FROM: from,
    NEWSLETTER_AUTORUN: 'false',
  })
}
