import { describe, expect, it } from 'vitest'
import {
  NEWSLETTER_CONSENT_TEXT,
  NEWSLETTER_CONSENT_VERSION,
  SIGNUP_ENDPOINT,
  SIGNUP_FIELDS,
  SignupSourceSchema,
} from './newsletter-signup.ts'

describe('newsletter sign-up (site form ⇄ CMS endpoint)', () => {
  it('knows the two ways a sign-up comes in and refuses any other', () => {
    expect(SignupSourceSchema.parse('nieuwsbrief-archief')).toBe('nieuwsbrief-archief')
    expect(SignupSourceSchema.parse('nieuwsbrief-js')).toBe('nieuwsbrief-js')
    expect(SignupSourceSchema.safeParse('nieuwsbrief-popup').success).toBe(false)
  })

  it('names every field once, and the honeypot is none of the fields people fill in', () => {
    const names = Object.values(SIGNUP_FIELDS)
    expect(new Set(names).size).toBe(names.length)
    const { honeypot, ...real } = SIGNUP_FIELDS
    expect(Object.values(real)).not.toContain(honeypot)
  })

  it('has a consent text that addresses professionals with "je", and a dated version', () => {
    expect(NEWSLETTER_CONSENT_TEXT).toMatch(/\bJe kunt je\b/)
    expect(NEWSLETTER_CONSENT_TEXT).not.toMatch(/\b[Uu]\b/)
    expect(NEWSLETTER_CONSENT_VERSION).toMatch(/^\d{4}-\d{2}-v\d+$/)
    expect(SIGNUP_ENDPOINT).toMatch(/^\/api\//)
  })
})
