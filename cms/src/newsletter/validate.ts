import { SectorSchema, SIGNUP_FIELDS, SIGNUP_SOURCES, type SignupSource, SignupSourceSchema } from '@hp/content-schemas'
import isEmail from 'validator/lib/isEmail.js'

export interface Signup {
  email: string
  sector?: string
  source: SignupSource
}

export type SignupResult = { ok: true; signup: Signup; bot: boolean } | { ok: false; errors: Record<string, string> }

/** The honeypot: hidden from people (CSS and aria-hidden), filled in by naive bots. */
export const HONEYPOT_FIELD = SIGNUP_FIELDS.honeypot

/**
 * E-mail syntax by the `validator` package (RFC 5321/5322 rules: no dot at the start or end of
 * the name or twice in a row, host name labels of letters, digits and inner hyphens, a top-level
 * domain). Stricter where a newsletter needs it: no quoted names (a quoted `"a,b"` could read as
 * two recipients), no IP address or display name instead of a domain, ASCII only.
 */
export const isEmailAddress = (email: string): boolean =>
  isEmail(email, {
    allow_display_name: false,
    require_tld: true,
    allow_ip_domain: false,
    allow_utf8_local_part: false,
    allow_underscores: false,
    blacklisted_chars: '"',
  })

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')
const checked = (v: unknown): boolean => v === true || v === 'on' || v === 'true' || v === 'ja' || v === '1'

/** Checks a sign-up (form fields or JSON) and returns clear Dutch errors per field. */
export function validateSignup(input: Record<string, unknown>): SignupResult {
  const errors: Record<string, string> = {}
  const email = text(input[SIGNUP_FIELDS.email]).toLowerCase()
  if (!email) errors.email = 'Vul je e-mailadres in.'
  else if (email.length > 254) errors.email = 'Dit e-mailadres is te lang. Het mag maximaal 254 tekens hebben.'
  else if (!isEmailAddress(email)) errors.email = 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.'

  const sector = text(input[SIGNUP_FIELDS.sector])
  if (sector && !SectorSchema.safeParse(sector).success) errors.sector = 'Kies een sector uit de lijst, of laat dit veld leeg.'

  if (!checked(input[SIGNUP_FIELDS.consent])) errors.consent = 'Vink aan dat je de nieuwsbrief wilt ontvangen.'

  const parsedSource = SignupSourceSchema.safeParse(text(input[SIGNUP_FIELDS.source]))
  const source: SignupSource = parsedSource.success ? parsedSource.data : SIGNUP_SOURCES[0]

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, signup: { email, source, ...(sector ? { sector } : {}) }, bot: text(input[HONEYPOT_FIELD]) !== '' }
}
