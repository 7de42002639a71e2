import { describe, expect, inject, it } from 'vitest'
import { checkLinks } from './links.ts'

describe('links', () => {
  it('every internal link, image and script on every page resolves, with its #fragment', () => {
    const { checked, problems } = checkLinks(inject('distDir'))
    expect(checked).toBeGreaterThan(1000)
    expect(problems).toEqual([])
  })
})
