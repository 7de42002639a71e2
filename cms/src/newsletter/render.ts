import type { LinkedInline, LinkedRichText, NewsletterIssue, SiteContent } from '@hp/content-schemas'
import { linkRichText, newsletterUrl, urlForRef } from '@hp/content-schemas'
import { esc } from './html.ts'

/** Links every e-mail carries, absolute. */
export interface MailLinks {
  /** One-click unsubscribe (List-Unsubscribe target and the link in the footer). */
  unsubscribe: string
  /** Download or delete my data. */
  data: string
}

export interface RenderedMail {
  subject: string
  html: string
  text: string
}

// Colours with AA contrast on both the light background and the inverted one some clients force
// in dark mode; no background images, no text in images.
const C = { text: '#1a1a1a', muted: '#4a4a4a', link: '#14532d', border: '#d4d4d4', bg: '#ffffff' }
const FONT = 'font-family:Arial,Helvetica,sans-serif;'

/** A resolved link as the mail shows it: absolute, so it works outside the site (a site path gets `siteUrl`). */
const absolute = (href: string, siteUrl: string) => new URL(href, siteUrl).toString()

function inlineHtml(nodes: LinkedInline[], siteUrl: string): string {
  return nodes
    .map((n) => {
      if (n.type === 'linebreak') return '<br>'
      if (n.type === 'link')
        return `<a href="${esc(absolute(n.href, siteUrl))}" style="color:${C.link};text-decoration:underline;">${inlineHtml(n.children, siteUrl)}</a>`
      let s = esc(n.text)
      if (n.bold) s = `<strong>${s}</strong>`
      if (n.italic) s = `<em>${s}</em>`
      return s
    })
    .join('')
}

function inlineText(nodes: LinkedInline[], siteUrl: string): string {
  return nodes
    .map((n) =>
      n.type === 'linebreak' ? '\n' : n.type === 'link' ? `${inlineText(n.children, siteUrl)} (${absolute(n.href, siteUrl)})` : n.text,
    )
    .join('')
}

const P = `margin:0 0 16px 0;${FONT}font-size:16px;line-height:24px;color:${C.text};`

/** Rich text as e-mail HTML: inline styles only, every link absolute. Links were resolved before (`linkRichText`). */
export function mailRichTextHtml(blocks: LinkedRichText, siteUrl: string): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
          return `<p style="${P}">${inlineHtml(b.children, siteUrl)}</p>`
        case 'heading':
          return `<h${b.level} style="margin:24px 0 8px 0;${FONT}font-size:${22 - b.level * 2}px;line-height:1.3;color:${C.text};">${inlineHtml(b.children, siteUrl)}</h${b.level}>`
        case 'list': {
          const tag = b.ordered ? 'ol' : 'ul'
          const items = b.items.map((i) => `<li style="margin:0 0 8px 0;">${inlineHtml(i, siteUrl)}</li>`).join('')
          return `<${tag} style="${P}padding-left:24px;">${items}</${tag}>`
        }
        default:
          return `<blockquote style="margin:0 0 16px 0;padding-left:16px;border-left:4px solid ${C.border};"><p style="${P}">${inlineHtml(b.children, siteUrl)}</p></blockquote>`
      }
    })
    .join('\n')
}

/** Rich text as the mail's plain-text part: each link written out after its text, lists with `-` or `1.`, quotes with `>`. */
export function mailRichTextText(blocks: LinkedRichText, siteUrl: string): string {
  return blocks
    .map((b) => {
      if (b.type === 'list') return b.items.map((i, n) => `${b.ordered ? `${n + 1}.` : '-'} ${inlineText(i, siteUrl)}`).join('\n')
      if (b.type === 'quote') return `> ${inlineText(b.children, siteUrl)}`
      return inlineText(b.children, siteUrl)
    })
    .join('\n\n')
}

const formatDate = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))

function layout(title: string, preheader: string, body: string, footer: string): string {
  return `<!doctype html>
<html lang="nl" dir="ltr" xmlns="http://www.w3.org/1999/xhtml">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"><title>${esc(title)}</title></head>
<body style="margin:0;padding:0;background:${C.bg};">
<div style="display:none;max-height:0;overflow:hidden;">${esc(preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:${C.bg};">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;">
<tr><td style="padding:0 0 16px 0;border-bottom:4px solid ${C.link};${FONT}font-size:14px;line-height:20px;color:${C.muted};">Voor Professionals · Nieuwsbrief</td></tr>
<tr><td style="padding:24px 0;">
${body}
</td></tr>
<tr><td style="padding:16px 0 0 0;border-top:1px solid ${C.border};${FONT}font-size:14px;line-height:20px;color:${C.muted};">${footer}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`
}

function footerHtml(links: MailLinks): string {
  return `<p style="margin:0 0 8px 0;">Je krijgt deze e-mail omdat je je hebt aangemeld voor de nieuwsbrief voor professionals.</p>
<p style="margin:0;"><a href="${esc(links.unsubscribe)}" style="color:${C.link};text-decoration:underline;">Afmelden</a> · <a href="${esc(links.data)}" style="color:${C.link};text-decoration:underline;">Mijn gegevens bekijken of verwijderen</a></p>`
}

const footerText = (links: MailLinks) =>
  `Je krijgt deze e-mail omdat je je hebt aangemeld voor de nieuwsbrief voor professionals.\nAfmelden: ${links.unsubscribe}\nMijn gegevens bekijken of verwijderen: ${links.data}`

/** One issue as an accessible HTML e-mail and as plain text. */
export function renderIssueMail(issue: NewsletterIssue, content: SiteContent, siteUrl: string, links: MailLinks): RenderedMail {
  // Links resolved once, against the bundle the issue is sent from; a link to nothing throws a BrokenReferenceError.
  const intro = linkRichText(issue.intro, (ref) => urlForRef(ref, content))
  const webUrl = new URL(newsletterUrl(issue.slug), siteUrl).toString()
  const itemUrl = (i: NewsletterIssue['items'][number]) =>
    new URL(i.ref ? urlForRef(i.ref, content) : (i.url ?? webUrl), siteUrl).toString()
  const items = issue.items
    .map(
      (i) => `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 24px 0;"><tr><td>
<h2 style="margin:0 0 8px 0;${FONT}font-size:20px;line-height:28px;color:${C.text};"><a href="${esc(itemUrl(i))}" style="color:${C.link};text-decoration:underline;">${esc(i.title)}</a></h2>
<p style="${P}">${esc(i.summary)}</p>
</td></tr></table>`,
    )
    .join('\n')
  const body = `<h1 style="margin:0 0 8px 0;${FONT}font-size:26px;line-height:34px;color:${C.text};">${esc(issue.title)}</h1>
<p style="margin:0 0 24px 0;${FONT}font-size:14px;line-height:20px;color:${C.muted};">Nummer ${issue.number} · ${formatDate(issue.date)} · <a href="${esc(webUrl)}" style="color:${C.link};text-decoration:underline;">Lees deze nieuwsbrief op de website</a></p>
${mailRichTextHtml(intro, siteUrl)}
${items}`
  const text = [
    issue.title,
    `Nummer ${issue.number} · ${formatDate(issue.date)}`,
    `Lees deze nieuwsbrief op de website: ${webUrl}`,
    mailRichTextText(intro, siteUrl),
    ...issue.items.map((i) => `${i.title}\n${i.summary}\n${itemUrl(i)}`),
    `--\n${footerText(links)}`,
  ].join('\n\n')
  return { subject: issue.title, html: layout(issue.title, issue.items[0]?.summary ?? issue.title, body, footerHtml(links)), text }
}

/** The double opt-in mail: one link to the confirm page (which has the button). */
export function renderConfirmMail(confirmUrl: string, links: MailLinks): RenderedMail {
  const subject = 'Bevestig je aanmelding voor de nieuwsbrief'
  const body = `<h1 style="margin:0 0 16px 0;${FONT}font-size:24px;line-height:32px;color:${C.text};">${subject}</h1>
<p style="${P}">Je hebt je aangemeld voor de nieuwsbrief voor professionals. Open de link hieronder en klik op de knop om je aanmelding te bevestigen.</p>
<p style="${P}"><a href="${esc(confirmUrl)}" style="color:${C.link};text-decoration:underline;font-weight:bold;">Aanmelding bevestigen</a></p>
<p style="${P}">De link werkt 48 uur. Heb je je niet aangemeld? Dan hoef je niets te doen. Je krijgt dan geen e-mails van ons.</p>`
  const text = `${subject}\n\nJe hebt je aangemeld voor de nieuwsbrief voor professionals. Open deze link en klik op de knop om je aanmelding te bevestigen:\n${confirmUrl}\n\nDe link werkt 48 uur. Heb je je niet aangemeld? Dan hoef je niets te doen.\n\n--\n${footerText(links)}`
  return { subject, html: layout(subject, 'Bevestig je aanmelding met één klik.', body, footerHtml(links)), text }
}
