import { describe, expect, it } from 'vitest'
import { isTemporary } from './mailer.ts'
import { defaultBackoff } from './send.ts'

describe('SMTP failures', () => {
  it('retries 4xx replies and connection errors, not 5xx replies', () => {
    expect(isTemporary({ responseCode: 451 })).toBe(true)
    expect(isTemporary({ code: 'ECONNECTION' })).toBe(true)
    expect(isTemporary({ responseCode: 550 })).toBe(false)
    expect(isTemporary({ code: 'EENVELOPE', responseCode: 553 })).toBe(false)
  })

  it('backs off exponentially from 30 s, capped at an hour', () => {
    expect([1, 2, 3, 4].map(defaultBackoff)).toEqual([30_000, 60_000, 120_000, 240_000])
    expect(defaultBackoff(20)).toBe(3_600_000)
  })
})
