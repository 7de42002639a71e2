import { PLATFORM_BASE } from '@hp/content-schemas'
import { esc } from './html.ts'

/**
 * The small pages behind the links in the e-mails (confirm, unsubscribe, my data), served by the
 * CMS itself: Dutch, no scripts, no external requests, one inline style sheet, works by keyboard.
 */
export interface PageButton {
  /** Where the form POSTs (same origin). */
  action: string
  label: string
  /** Hidden fields (token, action). */
  fields?: Record<string, string>
  secondary?: boolean
}

/** Whose page it is: the title's suffix and the link back to the site. */
export interface PageBrand {
  suffix: string
  /** Path on the site, e.g. `/voor-professionals/`. */
  home: string
  homeLabel: string
}

export const NEWSLETTER_BRAND: PageBrand = {
  suffix: 'Nieuwsbrief Voor Professionals',
  home: PLATFORM_BASE.professionals,
  homeLabel: 'Naar Voor Professionals',
}

export interface PageOptions {
  title: string
  paragraphs: string[]
  buttons?: PageButton[]
  siteUrl: string
  /** Default: the newsletter's. */
  brand?: PageBrand
}

const STYLE = `body{margin:0;font:1.125rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}
main{max-width:36rem;margin:0 auto;padding:2rem 1rem}h1{font-size:1.6rem;line-height:1.25}
button{font:inherit;font-weight:600;padding:.7rem 1.2rem;border:2px solid #14532d;border-radius:.3rem;background:#14532d;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#14532d}form{margin:1.2rem 0}
a{color:#14532d}:focus-visible{outline:3px solid #b45309;outline-offset:2px}
@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}a{color:#86efac}button{background:#86efac;border-color:#86efac;color:#121212}button.secondary{background:#121212;color:#86efac}}`

/** Security headers for every page: nothing may load or run; forms only to this origin. */
export const PAGE_HEADERS: Record<string, string> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Robots-Tag': 'noindex',
}

export function renderPage({ title, paragraphs, buttons = [], siteUrl, brand = NEWSLETTER_BRAND }: PageOptions): string {
  const forms = buttons
    .map((b) => {
      const hidden = Object.entries(b.fields ?? {})
        .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
        .join('')
      return `<form method="post" action="${esc(b.action)}">${hidden}<button type="submit"${b.secondary ? ' class="secondary"' : ''}>${esc(b.label)}</button></form>`
    })
    .join('\n')
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)} · ${esc(brand.suffix)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${esc(title)}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${forms}
<p><a href="${esc(new URL(brand.home, siteUrl).toString())}">${esc(brand.homeLabel)}</a></p>
</main></body>
</html>`
}

export const htmlResponse = (html: string, status = 200, extra: Record<string, string> = {}): Response =>
  new Response(html, { status, headers: { ...PAGE_HEADERS, ...extra } })

/** The page for a link that no longer works (expired, used, or never valid): one text, no hint which. */
export const invalidLinkPage = (siteUrl: string, what: string): string =>
  renderPage({
    siteUrl,
    title: 'Deze link werkt niet meer',
    paragraphs: [
      `De link is verlopen of al gebruikt. ${what}`,
      'Meld je opnieuw aan via het formulier op de nieuwsbriefpagina. Je krijgt dan een nieuwe e-mail.',
    ],
  })

export const tooManyRequests = (retryAfterSeconds: number, siteUrl: string): Response =>
  htmlResponse(
    renderPage({
      siteUrl,
      title: 'Even geduld',
      paragraphs: [`Er kwamen te veel verzoeken van jouw verbinding. Probeer het over ${retryAfterSeconds} seconden opnieuw.`],
    }),
    429,
    { 'Retry-After': String(retryAfterSeconds) },
  )
