import { formatAdminURL } from 'payload/shared'
import { esc } from '../newsletter/html.ts'

/** How long a password-reset link works (Payload's default, set explicitly so the e-mail can say it). */
export const RESET_TTL_MS = 60 * 60 * 1000

export const RESET_SUBJECT = 'Kies een nieuw wachtwoord voor het CMS'

interface ResetConfig {
  serverURL: string
  routes: { admin: string }
  admin: { routes: { reset: `/${string}` } }
}

/** The admin's reset page for this token, built as Payload builds it: `${SERVER_URL}/admin/reset/${token}`. */
export const resetUrl = (config: ResetConfig, token: string): string =>
  formatAdminURL({ adminRoute: config.routes.admin, path: `${config.admin.routes.reset}/${token}`, serverURL: config.serverURL })

const hours = (ms: number) => (ms === 60 * 60 * 1000 ? 'één uur' : `${Math.round(ms / 3_600_000)} uur`)

/**
 * The forgot-password e-mail: short Dutch at B1 level, plain HTML that reads well as text too
 * (paragraphs and the link written out in full; the adapter adds the text part).
 */
export function resetEmailHtml({ url, name, ttlMs = RESET_TTL_MS }: { url: string; name?: string | null; ttlMs?: number }): string {
  const paragraphs = [
    name?.trim() ? `Hallo ${esc(name.trim())},` : 'Hallo,',
    'We kregen een vraag om een nieuw wachtwoord voor je account in het CMS van Helpers &amp; Professionals.',
    `Kies een nieuw wachtwoord via deze link:<br>\n<a href="${esc(url)}">${esc(url)}</a>`,
    `De link werkt ${hours(ttlMs)} en maar één keer. Is de link verlopen? Klik dan op de inlogpagina opnieuw op ‘Wachtwoord vergeten?’.`,
    'Werkt de link niet? Kopieer de link en plak hem in de adresbalk van je browser.',
    'Heb je niet om een nieuw wachtwoord gevraagd? Dan hoef je niets te doen. Je wachtwoord blijft hetzelfde. Krijg je deze e-mail vaker zonder dat je erom vraagt? Meld het dan aan de beheerder van het CMS.',
  ]
  return [
    '<!doctype html>',
    '<html lang="nl">',
    `<head><meta charset="utf-8"><title>${esc(RESET_SUBJECT)}</title></head>`,
    '<body>',
    ...paragraphs.map((p) => `<p>${p}</p>`),
    '</body>',
    '</html>',
  ].join('\n')
}
