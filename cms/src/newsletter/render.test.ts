import { BrokenReferenceError, md, type NewsletterIssue, type SiteContent } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { renderConfirmMail, renderIssueMail } from './render.ts'

const links = {
  unsubscribe: 'https://cms.example/api/newsletter/unsubscribe?token=T',
  data: 'https://cms.example/api/newsletter/data?token=T',
}
const issue: NewsletterIssue = {
  slug: '12',
  number: 12,
  title: 'Praten met leerlingen <na> een schok',
  date: '2026-11-05',
  intro: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Lees de ' },
        { type: 'link', ref: { collection: 'step-plans', slug: 'school' }, children: [{ type: 'text', text: 'stappen' }] },
      ],
    },
    { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Eén', bold: true }]] },
  ],
  items: [
    {
      title: 'Stappenplan school',
      summary: 'Wat je doet na een schokkende gebeurtenis.',
      ref: { collection: 'step-plans', slug: 'school' },
    },
    { title: 'Extern', summary: 'Een site.', url: 'https://www.example.org/' },
  ],
}
const content = { stepPlans: [{ slug: 'school' }], newsletterIssues: [{ slug: '12' }] } as unknown as SiteContent

describe('renderIssueMail', () => {
  const mail = renderIssueMail(issue, content, 'https://site.example', links)

  it('is Dutch, table-based, with inline styles and no style sheet or script', () => {
    expect(mail.html).toContain('<html lang="nl"')
    expect(mail.html).toContain('role="presentation"')
    expect(mail.html).toContain('<meta name="color-scheme" content="light dark">')
    expect(mail.html).not.toMatch(/<style|<script|<link /)
    expect(mail.subject).toBe(issue.title)
  })

  it('escapes text and links items and internal refs absolutely on the site', () => {
    expect(mail.html).toContain('Praten met leerlingen &lt;na&gt; een schok')
    expect(mail.html).toContain('href="https://site.example/voor-professionals/stappenplannen/school/"')
    expect(mail.html).toContain('href="https://www.example.org/"')
    expect(mail.html).toContain('href="https://site.example/voor-professionals/nieuwsbrief/12/"')
    expect(mail.html).toContain('<strong>Eén</strong>')
  })

  it('has a plain-text part with every link written out and the footer links', () => {
    expect(mail.text).toContain('stappen (https://site.example/voor-professionals/stappenplannen/school/)')
    expect(mail.text).toContain(
      'Stappenplan school\nWat je doet na een schokkende gebeurtenis.\nhttps://site.example/voor-professionals/stappenplannen/school/',
    )
    expect(mail.text).toContain(`Afmelden: ${links.unsubscribe}`)
    expect(mail.text).toContain(`Mijn gegevens bekijken of verwijderen: ${links.data}`)
    expect(mail.text).toContain('5 november 2026')
  })

  it('puts the unsubscribe and data links in the HTML footer', () => {
    expect(mail.html).toContain(`href="${links.unsubscribe.replace(/&/g, '&amp;')}"`)
    expect(mail.html).toContain('Mijn gegevens bekijken of verwijderen')
  })
})

describe('rich text in the mail', () => {
  const intro = md`
    ## Kop

    > Een *citaat*.

    1. [Stappen](step-plans:school)
    2. [Extern](https://www.example.org/pagina)
  `
  const mail = renderIssueMail({ ...issue, intro }, content, 'https://site.example', links)

  it('keeps headings, quotes and numbered lists, with every link absolute, in HTML and in plain text', () => {
    expect(mail.html).toMatch(/<h2 style="[^"]*">Kop<\/h2>/)
    expect(mail.html).toMatch(/<blockquote style="[^"]*"><p style="[^"]*">Een <em>citaat<\/em>\.<\/p><\/blockquote>/)
    expect(mail.html).toMatch(
      /<ol style="[^"]*"><li style="[^"]*"><a href="https:\/\/site\.example\/voor-professionals\/stappenplannen\/school\/"/,
    )
    expect(mail.text).toContain(
      'Kop\n\n> Een citaat.\n\n1. Stappen (https://site.example/voor-professionals/stappenplannen/school/)\n2. Extern (https://www.example.org/pagina)',
    )
  })

  it('refuses an issue whose intro links to a step plan that is not published, in Dutch', () => {
    const broken = { ...issue, intro: md`Zie [weg](step-plans:bestaat-niet).` }
    expect(() => renderIssueMail(broken, content, 'https://site.example', links)).toThrow(BrokenReferenceError)
    expect(() => renderIssueMail(broken, content, 'https://site.example', links)).toThrow(
      'Een link werkt niet. Er is geen gepubliceerd stappenplan "bestaat-niet".',
    )
  })
})

describe('renderConfirmMail', () => {
  it('links to the confirm page and says the link works 48 hours', () => {
    const mail = renderConfirmMail('https://cms.example/api/newsletter/confirm?token=C', links)
    expect(mail.text).toContain('https://cms.example/api/newsletter/confirm?token=C')
    expect(mail.text).toContain('48 uur')
    expect(mail.html).toContain('href="https://cms.example/api/newsletter/confirm?token=C"')
  })
})
