import { readFileSync } from 'node:fs'
import { NEWSLETTER_CONSENT_TEXT, SHARE_CONSENT_TEXT, SHARE_FIELDS, SIGNUP_FIELDS } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'

// The two public forms render the consent text, the field names and the endpoint from the shared
// description in @hp/content-schemas, which the CMS reads too: a copy here could drift from what the
// CMS records as agreed to. This fails when a form spells one of them out again.

const source = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8')

const forms = [
  { file: './NewsletterSignup/NewsletterSignup.astro', consent: NEWSLETTER_CONSENT_TEXT, fields: SIGNUP_FIELDS },
  { file: './ShareForm/ShareForm.astro', consent: SHARE_CONSENT_TEXT, fields: SHARE_FIELDS },
] as const

describe.each(forms)('$file', ({ file, consent, fields }) => {
  const text = source(file)

  it('takes the consent text from the shared constant, not a copy', () => {
    expect(text).not.toContain(consent.slice(0, 40))
    expect(text).toMatch(/\{(NEWSLETTER|SHARE)_CONSENT_TEXT\}/)
  })

  it('names no field and no CMS endpoint literally', () => {
    for (const name of Object.values(fields)) expect(text, `name="${name}"`).not.toContain(`name="${name}"`)
    expect(text).not.toMatch(/['"`]\/api\//)
  })
})
