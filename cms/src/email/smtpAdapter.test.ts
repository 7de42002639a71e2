import { createServer } from 'node:net'
import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'
import { htmlToText, parseMailFrom, smtpEmailAdapter } from './smtpAdapter.ts'

describe('parseMailFrom', () => {
  it('splits MAIL_FROM into name and address', () => {
    expect(parseMailFrom('Voor Professionals <nieuwsbrief@example.org>')).toEqual({
      name: 'Voor Professionals',
      address: 'nieuwsbrief@example.org',
    })
    expect(parseMailFrom(' "Helpers & Professionals" <cms@example.org> ')).toEqual({
      name: 'Helpers & Professionals',
      address: 'cms@example.org',
    })
    expect(parseMailFrom('"Zeg \\"hoi\\"" <a@example.org>')).toEqual({ name: 'Zeg "hoi"', address: 'a@example.org' })
    expect(parseMailFrom('<cms@example.org>')).toEqual({ name: '', address: 'cms@example.org' })
    expect(parseMailFrom('cms@example.org')).toEqual({ name: '', address: 'cms@example.org' })
  })
})

describe('htmlToText', () => {
  it('keeps paragraphs, line breaks and link targets, and decodes entities', () => {
    const html =
      '<html><head><title>x</title></head><body><p>Hallo &amp; welkom,</p>\n<p>Link:<br>\n<a href="https://a.example/r/1">https://a.example/r/1</a></p><p><a href="https://b.example">Naar de site</a></p><ul><li>een</li><li>twee</li></ul></body></html>'
    expect(htmlToText(html)).toBe('Hallo & welkom,\n\nLink:\nhttps://a.example/r/1\n\nNaar de site: https://b.example\n\n- een\n\n- twee')
  })
})

/** A port on loopback where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

describe('smtpEmailAdapter', () => {
  const smtp = (port: number) => ({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: port,
    SMTP_SECURE: 'false' as const,
    MAIL_FROM: 'Voor Professionals <nieuwsbrief@example.org>',
  })

  it('gives Payload the sender from MAIL_FROM and connects to nothing before the first message', () => {
    const adapter = smtpEmailAdapter(smtp(1))({ payload: { logger: { error: vi.fn() } } as unknown as Payload })
    expect(adapter).toMatchObject({ name: 'smtp', defaultFromName: 'Voor Professionals', defaultFromAddress: 'nieuwsbrief@example.org' })
  })

  it('logs a failed send without the body and rejects, so the caller can report it', async () => {
    const error = vi.fn()
    const adapter = smtpEmailAdapter(smtp(await closedPort()))({ payload: { logger: { error } } as unknown as Payload })
    await expect(adapter.sendEmail({ to: 'a@example.org', subject: 'Onderwerp', html: '<p>geheim-token</p>' })).rejects.toThrow(
      /ECONNREFUSED/,
    )
    expect(error).toHaveBeenCalledTimes(1)
    expect(error).toHaveBeenCalledWith(
      expect.objectContaining({ to: 'a@example.org', subject: 'Onderwerp' }),
      'Sending an e-mail over SMTP failed',
    )
    expect(JSON.stringify(error.mock.calls[0]?.[0], (k, v) => (k === 'err' ? undefined : v))).not.toContain('geheim-token')
  })
})
