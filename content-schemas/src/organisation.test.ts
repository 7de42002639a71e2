import { describe, expect, it } from 'vitest'
import { EXAMPLE_DATA_NOTE, OrganisationSchema, verificationNote } from './organisation.ts'

const org = { slug: 'slachtofferhulp', name: 'Slachtofferhulp', description: 'Helpt slachtoffers.', exampleData: false }

describe('what an organisation card says about its data', () => {
  it('after a review: "Laatst gecontroleerd op" with the Dutch date', () => {
    expect(verificationNote({ ...org, lastVerified: '2026-12-07' })).toBe('Laatst gecontroleerd op 07-12-2026')
    // The review date wins over an example-data flag that was not cleared.
    expect(verificationNote({ ...org, exampleData: true, lastVerified: '2026-01-31' })).toBe('Laatst gecontroleerd op 31-01-2026')
  })

  it('never reviewed: the example-data notice while the data is example data, nothing otherwise', () => {
    expect(verificationNote({ ...org, exampleData: true })).toBe(EXAMPLE_DATA_NOTE)
    expect(verificationNote({ ...org, exampleData: true }, 'Eigen tekst.')).toBe('Eigen tekst.')
    expect(verificationNote(org)).toBeUndefined()
  })

  it('the contract takes an ISO date and refuses anything else in Dutch', () => {
    expect(OrganisationSchema.safeParse({ ...org, lastVerified: '2026-12-07' }).success).toBe(true)
    const bad = OrganisationSchema.safeParse({ ...org, lastVerified: '07-12-2026' })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0]?.message).toBe('Vul een datum in zoals 2026-12-07.')
  })
})
