import { SectorSchema } from '@hp/content-schemas'
import { SIGNUP_SOURCES, type SignupSource } from './consent.ts'

export interface Signup {
  email: string
  sector?: string
  source: SignupSource
}

export type SignupResult = { ok: true; signup: Signup; bot: boolean } | { ok: false; errors: Record<string, string> }

/** The honeypot: hidden from people (CSS and aria-hidden), filled in by naive bots. */
export const HONEYPOT_FIELD = 'website'

const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]]+\.[^\s@"<>(),;:\\[\]]{2,}$/

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')
const checked = (v: unknown): boolean => v === true || v === 'on' || v === 'true' || v === 'ja' || v === '1'

/** Checks a sign-up (form fields or JSON) and returns clear Dutch errors per field. */
export function validateSignup(input: Record<string, unknown>): SignupResult {
  const errors: Record<string, string> = {}
  const email = text(input.email).toLowerCase()
  if (!email) errors.email = 'Vul je e-mailadres in.'
  else if (email.length > 254) errors.email = 'Dit e-mailadres is te lang. Het mag maximaal 254 tekens hebben.'
  else if (!EMAIL.test(email)) errors.email = 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.'

  const sector = text(input.sector)
  if (sector && !SectorSchema.safeParse(sector).success) errors.sector = 'Kies een sector uit de lijst, of laat dit veld leeg.'

  if (!checked(input.consent)) errors.consent = 'Vink aan dat je de nieuwsbrief wilt ontvangen.'

  const rawSource = text(input.source)
  const source = (SIGNUP_SOURCES as readonly string[]).includes(rawSource) ? (rawSource as SignupSource) : SIGNUP_SOURCES[0]

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, signup: { email, source, ...(sector ? { sector } : {}) }, bot: text(input[HONEYPOT_FIELD]) !== '' }
}
