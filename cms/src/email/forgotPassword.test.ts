import { describe, expect, it } from 'vitest'
import { RESET_TTL_MS, resetEmailHtml, resetUrl } from './forgotPassword.ts'
import { htmlToText } from './smtpAdapter.ts'

describe('forgot-password e-mail', () => {
  const config = { serverURL: 'https://cms.example.org', routes: { admin: '/admin' }, admin: { routes: { reset: '/reset' as const } } }

  it("links to the admin's reset page for the token", () => {
    expect(resetUrl(config, 'abc123')).toBe('https://cms.example.org/admin/reset/abc123')
  })

  it('says the link works one hour (Payload default) and what to do if you did not ask', () => {
    expect(RESET_TTL_MS).toBe(3_600_000)
    const html = resetEmailHtml({ url: 'https://cms.example.org/admin/reset/abc123', name: 'Eva' })
    expect(html).toContain('<html lang="nl">')
    const text = htmlToText(html)
    expect(text).toContain('Hallo Eva,')
    expect(text).toContain('\nhttps://cms.example.org/admin/reset/abc123\n')
    expect(text).toContain('De link werkt één uur')
    expect(text).toContain('Heb je niet om een nieuw wachtwoord gevraagd? Dan hoef je niets te doen.')
  })

  it('escapes the name and greets without one', () => {
    expect(resetEmailHtml({ url: 'https://x.example/r', name: '<b>Eva</b>' })).toContain('Hallo &lt;b&gt;Eva&lt;/b&gt;,')
    expect(resetEmailHtml({ url: 'https://x.example/r', name: '  ' })).toContain('<p>Hallo,</p>')
  })
})
