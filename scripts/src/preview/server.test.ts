import { describe, expect, it } from 'vitest'
import { withNoIndex } from './server.ts'

describe('withNoIndex', () => {
  it('puts the robots meta first in <head> of a page that has none', () => {
    expect(withNoIndex('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>T</title></head>')).toBe(
      '<!DOCTYPE html><html lang="nl"><head><meta name="robots" content="noindex, nofollow"><meta charset="utf-8"><title>T</title></head>',
    )
  })
  it('replaces the page’s own robots meta, so there is one and it says noindex', () => {
    const out = withNoIndex('<html><head><meta charset="utf-8"><meta name="robots" content="index, follow"></head>')
    expect(out.match(/name="robots"/g)).toHaveLength(1)
    expect(out).toContain('<meta name="robots" content="noindex, nofollow">')
  })
})
