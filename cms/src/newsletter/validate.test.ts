import { SIGNUP_FIELDS } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { validateSignup } from './validate.ts'

describe('validateSignup', () => {
  it('accepts a form post (checkbox "on") and normalises the address', () => {
    expect(validateSignup({ email: ' Anna@Voorbeeld.NL ', consent: 'on', sector: 'onderwijs', source: 'nieuwsbrief-archief' })).toEqual({
      ok: true,
      bot: false,
      signup: { email: 'anna@voorbeeld.nl', sector: 'onderwijs', source: 'nieuwsbrief-archief' },
    })
  })

  it('gives one clear Dutch error per field', () => {
    expect(validateSignup({})).toEqual({
      ok: false,
      errors: { email: 'Vul je e-mailadres in.', consent: 'Vink aan dat je de nieuwsbrief wilt ontvangen.' },
    })
    const r = validateSignup({ email: 'naam@', consent: true, sector: 'kapper' })
    expect(r.ok ? {} : r.errors).toEqual({
      email: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
      sector: 'Kies een sector uit de lijst, of laat dit veld leeg.',
    })
    const long = validateSignup({ email: `${'a'.repeat(250)}@x.nl`, consent: true })
    expect(long.ok ? '' : long.errors.email).toContain('te lang')
  })

  it('flags a filled honeypot as a bot without an error', () => {
    const r = validateSignup({ email: 'a@b.nl', consent: 'on', website: 'http://spam' })
    expect(r).toMatchObject({ ok: true, bot: true })
  })

  it('reads the fields the site renders, by the shared names (a renamed field fails here)', () => {
    const form = Object.fromEntries(
      new URLSearchParams({
        [SIGNUP_FIELDS.email]: 'anna@voorbeeld.nl',
        [SIGNUP_FIELDS.sector]: 'onderwijs',
        [SIGNUP_FIELDS.consent]: 'on',
        [SIGNUP_FIELDS.source]: 'nieuwsbrief-js',
        [SIGNUP_FIELDS.honeypot]: '',
      }),
    )
    expect(validateSignup(form)).toEqual({
      ok: true,
      bot: false,
      signup: { email: 'anna@voorbeeld.nl', sector: 'onderwijs', source: 'nieuwsbrief-js' },
    })
    expect(validateSignup({ ...form, [SIGNUP_FIELDS.honeypot]: 'http://spam' })).toMatchObject({ ok: true, bot: true })
  })

  it('falls back to the archive form for an unknown source', () => {
    const r = validateSignup({ email: 'a@b.nl', consent: 'on', source: '<script>' })
    expect(r.ok && r.signup.source).toBe('nieuwsbrief-archief')
  })

  it.each([
    ['a..b@x.nl', 'two dots in a row'],
    ['.a@x.nl', 'a dot at the start of the name'],
    ['a.@x.nl', 'a dot at the end of the name'],
    ['a@-example-.org', 'a host name label starting and ending with a hyphen'],
    ['a@exa_mple.org', 'an underscore in the host name'],
    ['a@localhost', 'no top-level domain'],
    ['a@[192.0.2.1]', 'an IP address instead of a domain'],
    ['"a,b@andere.nl"@x.nl', 'a quoted name that could read as two recipients'],
    ['Anna <anna@x.nl>', 'a display name'],
    ['a b@x.nl', 'a space'],
  ])('refuses %s (%s) with the Dutch error', (email) => {
    const r = validateSignup({ email, consent: 'on' })
    expect(r.ok ? '' : r.errors.email).toBe('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.')
  })

  it.each([
    'naam@voorbeeld.nl',
    'a.b+nieuwsbrief@sub.example.co.uk',
    "o'brien@example.ie",
    'x@xn--bcher-kva.example',
    'js-aanmelding@test.example',
  ])('accepts %s', (email) => {
    expect(validateSignup({ email, consent: 'on' })).toMatchObject({ ok: true, signup: { email } })
  })
})
