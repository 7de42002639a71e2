import { mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'

export interface SmtpSink {
  /** The port it listens on (127.0.0.1 only). */
  port: number
  /** Messages received so far. */
  total(): number
  /** Messages per recipient address. */
  perRecipient: Map<string, number>
  close(): Promise<void>
}

export interface SinkOptions {
  /** 0: any free port. */
  port?: number
  /** Write every message as `<n>-<recipient>.eml` into this folder (local use: open with any mail client). */
  dir?: string
  /** Called with the recipient and the file written (if any). */
  onMessage?: (to: string, file?: string) => void
}

/**
 * A local SMTP sink on loopback: accepts every message, no TLS, no login, and counts (or saves)
 * what it gets. For the newsletter benchmark and for local use under `npm start`.
 */
export async function startSmtpSink({ port = 0, dir, onMessage }: SinkOptions = {}): Promise<SmtpSink> {
  const perRecipient = new Map<string, number>()
  let total = 0
  if (dir) mkdirSync(dir, { recursive: true })
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => {
        if (dir) chunks.push(c)
      })
      stream.on('end', () => {
        total += 1
        const to = session.envelope.rcptTo.map((r) => r.address)
        for (const r of to) perRecipient.set(r, (perRecipient.get(r) ?? 0) + 1)
        let file: string | undefined
        if (dir) {
          // A time prefix keeps the mail of earlier runs and sorts by arrival.
          file = path.join(dir, `${Date.now()}-${String(total).padStart(5, '0')}-${(to[0] ?? 'unknown').replace(/[^\w.@-]/g, '_')}.eml`)
          writeFileSync(file, Buffer.concat(chunks))
        }
        onMessage?.(to.join(', '), file)
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return {
    port: (server.server.address() as AddressInfo).port,
    total: () => total,
    perRecipient,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}
