import { describe, expect, it } from 'vitest'
import { PREVIEW_TOKEN_MAX_TTL_MS, signPreviewToken, verifyPreviewToken } from './token.ts'

const SECRET = 'unit-secret-unit-secret-unit-secret-0123'
const NOW = Date.UTC(2026, 11, 7, 12, 0, 0)

describe('preview tokens', () => {
  it('round-trips one document and expires after 10 minutes', () => {
    const token = signPreviewToken({ collection: 'tips', id: 7 }, SECRET, { now: NOW })
    expect(verifyPreviewToken(token, SECRET, NOW + 9 * 60_000)).toEqual({
      ok: true,
      claim: { collection: 'tips', id: '7', exp: NOW + 10 * 60_000 },
    })
    const late = verifyPreviewToken(token, SECRET, NOW + 10 * 60_000)
    expect(late.ok).toBe(false)
    expect(!late.ok && late.reason).toContain('verlopen')
  })

  it('never lives longer than 15 minutes, whatever the caller asks', () => {
    const token = signPreviewToken({ collection: 'tips', id: 7 }, SECRET, { now: NOW, ttlMs: 24 * 3_600_000 })
    const check = verifyPreviewToken(token, SECRET, NOW)
    expect(check.ok && check.claim.exp).toBe(NOW + PREVIEW_TOKEN_MAX_TTL_MS)
  })

  it('refuses another secret, a changed claim, a cut signature and garbage', () => {
    const token = signPreviewToken({ collection: 'tips', id: 7 }, SECRET, { now: NOW })
    const [, sig] = token.split('.')
    const otherDoc = Buffer.from(JSON.stringify({ collection: 'tips', id: '8', exp: NOW + 600_000 })).toString('base64url')
    for (const bad of [
      signPreviewToken({ collection: 'tips', id: 7 }, `${SECRET}x`, { now: NOW }),
      `${otherDoc}.${sig}`,
      token.slice(0, -3),
      `${token}.extra`,
      'niet-een-token',
      '',
    ]) {
      const check = verifyPreviewToken(bad, SECRET, NOW)
      expect(check.ok, bad).toBe(false)
      expect(!check.ok && check.reason).toBe('Deze voorbeeldlink is ongeldig.')
    }
  })
})
