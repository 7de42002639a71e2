import { describe, expect, it } from 'vitest'
import { PAGE_HEADERS, renderPage } from './pages.ts'

describe('renderPage', () => {
  const html = renderPage({
    siteUrl: 'https://site.example',
    title: 'Afmelden',
    paragraphs: ['Klik <hier>.'],
    buttons: [{ action: '/api/newsletter/unsubscribe?token=a&b', label: 'Afmelden', fields: { token: '"x"' } }],
  })

  it('is a Dutch page without scripts whose button POSTs the token', () => {
    expect(html).toContain('<html lang="nl">')
    expect(html).not.toContain('<script')
    expect(html).toContain('<form method="post" action="/api/newsletter/unsubscribe?token=a&amp;b">')
    expect(html).toContain('<input type="hidden" name="token" value="&quot;x&quot;">')
    expect(html).toContain('<button type="submit">Afmelden</button>')
    expect(html).toContain('Klik &lt;hier&gt;.')
  })

  it('forbids loading or running anything else', () => {
    expect(PAGE_HEADERS['Content-Security-Policy']).toContain("default-src 'none'")
    expect(PAGE_HEADERS['Content-Security-Policy']).toContain("form-action 'self'")
  })
})
