import { mailToSink, type SmtpSink, startSink } from '@hp/testing/smtp-sink'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createUsers } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

// Payload's own e-mail (password reset) through the SMTP adapter to a real SMTP server on loopback.

let cms: TestCms
let sink: SmtpSink
const refuseOnce = new Set<string>()
const saved = { ...process.env }

beforeAll(async () => {
  sink = await startSink((rcpt) => (refuseOnce.delete(rcpt) ? { code: 451, message: 'Try again later' } : undefined))
  // The config reads the environment when it is imported (in startTestCms).
  mailToSink(sink, 'Voor Professionals <nieuwsbrief@test.example>')
  cms = await startTestCms('auth-email')
  await createUsers(cms.payload)
  await cms.payload.update({
    collection: 'users',
    where: { email: { equals: 'editor@test.example' } },
    data: { name: 'Eva <Editor>' },
    overrideAccess: true,
  })
})
afterAll(async () => {
  await cms?.close()
  await sink?.close()
  process.env = saved
})

const mailsTo = (email: string) => sink.messages.filter((m) => m.to === email)
const resetLink = (text: string) => {
  const match = text.match(/http:\/\/localhost:3000\/admin\/reset\/[0-9a-f]+/)
  if (!match) throw new Error(`no reset link in:\n${text}`)
  return match[0]
}
const login = (email: string, password: string) => cms.payload.login({ collection: 'users', data: { email, password } })

describe('forgot password e-mail', () => {
  it('sends one Dutch mail from MAIL_FROM with a reset link that works', async () => {
    const email = 'editor@test.example'
    const before = sink.messages.length
    const token = await cms.payload.forgotPassword({ collection: 'users', data: { email } })
    expect(sink.messages.length - before).toBe(1)
    const [mail] = mailsTo(email)
    if (!mail) throw new Error('no reset mail')
    expect(mail.subject).toBe('Kies een nieuw wachtwoord voor het CMS')
    expect(mail.from).toEqual({ name: 'Voor Professionals', address: 'nieuwsbrief@test.example' })
    expect(mail.html).toContain('<html lang="nl">')
    expect(mail.html).toContain('Hallo Eva &lt;Editor&gt;,')
    expect(mail.html).toContain('één uur')
    expect(mail.text).toContain('Heb je niet om een nieuw wachtwoord gevraagd? Dan hoef je niets te doen.')
    // The link is in the HTML and in the text part, and it is Payload's admin reset route.
    const url = resetLink(mail.text)
    expect(url).toBe(`http://localhost:3000/admin/reset/${token}`)
    expect(mail.html).toContain(`href="${url}"`)

    const linkToken = url.split('/').at(-1) ?? ''
    await cms.payload.resetPassword({
      collection: 'users',
      data: { token: linkToken, password: 'nieuw-wachtwoord-456' },
      overrideAccess: true,
    })
    expect((await login(email, 'nieuw-wachtwoord-456')).token).toBeTruthy()
    await expect(login(email, 'test-password-123')).rejects.toThrow()
    // The link works once.
    await expect(
      cms.payload.resetPassword({
        collection: 'users',
        data: { token: linkToken, password: 'nog-een-wachtwoord-789' },
        overrideAccess: true,
      }),
    ).rejects.toThrow()
  })

  it('an unknown address sends nothing and does not throw', async () => {
    const before = sink.messages.length
    await expect(cms.payload.forgotPassword({ collection: 'users', data: { email: 'onbekend@test.example' } })).resolves.toBeFalsy()
    await new Promise((r) => setTimeout(r, 200))
    expect(sink.messages.length).toBe(before)
  })

  it('an SMTP failure is logged and reported; the user can ask again at once', async () => {
    const email = 'publisher@test.example'
    const logged = vi.spyOn(cms.payload.logger, 'error').mockImplementation(() => undefined)
    refuseOnce.add(email)
    await expect(cms.payload.forgotPassword({ collection: 'users', data: { email } })).rejects.toThrow(/451/)
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ to: email }), 'Sending an e-mail over SMTP failed')
    logged.mockRestore()
    expect(mailsTo(email)).toHaveLength(0)
    // Payload released its 15-second "one mail per user" reservation because no mail went out.
    const token = await cms.payload.forgotPassword({ collection: 'users', data: { email } })
    expect(mailsTo(email)).toHaveLength(1)
    expect(resetLink(mailsTo(email)[0]?.text ?? '')).toContain(String(token))
    // The CMS still works.
    expect((await login('admin@test.example', 'test-password-123')).token).toBeTruthy()
  })
})
