import { createHash } from 'node:crypto'
import { SHARE_EMAIL_MAX, SHARE_FIELDS, SHARE_NAME_MAX, SHARE_TEXT_MAX, SlugSchema, type Theme, ThemeSchema } from '@hp/content-schemas'
import { isEmailAddress } from '../newsletter/validate.ts'

/** A tip or experience as the form sends it, checked. */
export interface Share {
  text: string
  offence?: string
  theme?: Theme
  name?: string
  email?: string
  notify: boolean
}

export type ShareResult = { ok: true; share: Share; bot: boolean } | { ok: false; errors: Record<string, string> }

const line = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')
const checked = (v: unknown): boolean => v === true || v === 'on' || v === 'true' || v === 'ja' || v === '1'
const dutchNumber = (n: number) => n.toLocaleString('nl-NL')

/**
 * The text as stored: line breaks as `\n` (browsers send a textarea's breaks as CR LF but count
 * them as one character for `maxlength`), no spaces around it.
 */
export const normaliseText = (v: unknown): string => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : '')

/** Checks a shared tip or experience (form fields or JSON); clear Dutch errors per field, addressed with "u". */
export function validateShare(input: Record<string, unknown>): ShareResult {
  const errors: Record<string, string> = {}
  const text = normaliseText(input[SHARE_FIELDS.text])
  if (!text) errors.text = 'Vul uw tip of ervaring in.'
  else if (text.length > SHARE_TEXT_MAX)
    errors.text = `Uw tekst is te lang: maximaal ${dutchNumber(SHARE_TEXT_MAX)} tekens (nu ${dutchNumber(text.length)}). Maak de tekst korter.`

  const offence = line(input[SHARE_FIELDS.offence])
  if (offence && !SlugSchema.safeParse(offence).success) errors.offence = 'Kies een situatie uit de lijst, of laat dit veld leeg.'
  const theme = line(input[SHARE_FIELDS.theme])
  if (theme && !ThemeSchema.safeParse(theme).success) errors.theme = 'Kies een onderwerp uit de lijst, of laat dit veld leeg.'

  const name = line(input[SHARE_FIELDS.name])
  if (name.length > SHARE_NAME_MAX) errors.name = `Uw naam is te lang: maximaal ${SHARE_NAME_MAX} tekens.`
  const email = line(input[SHARE_FIELDS.email]).toLowerCase()
  if (email.length > SHARE_EMAIL_MAX) errors.email = `Dit e-mailadres is te lang. Het mag maximaal ${SHARE_EMAIL_MAX} tekens hebben.`
  else if (email && !isEmailAddress(email)) errors.email = 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl, of laat het veld leeg.'
  const notify = checked(input[SHARE_FIELDS.notify])
  if (notify && !email && !errors.email)
    errors.email = 'Vul uw e-mailadres in als u een e-mail wilt krijgen zodra uw ervaring op de site staat.'

  if (!checked(input[SHARE_FIELDS.consent])) errors.consent = 'Vink aan dat wij uw tip of ervaring na controle op de website mogen zetten.'

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    share: {
      text,
      notify,
      ...(offence ? { offence } : {}),
      ...(theme ? { theme: theme as Theme } : {}),
      ...(name ? { name } : {}),
      ...(email ? { email } : {}),
    },
    bot: line(input[SHARE_FIELDS.honeypot]) !== '',
  }
}

/** The same-text limit's key: the text without case, punctuation and spacing differences. */
export function textHash(text: string): string {
  const normal = text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  return createHash('sha256').update(normal).digest('hex')
}
