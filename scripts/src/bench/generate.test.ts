import { checkReferences, countDocuments, SiteContentSchema } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { generateSiteContent } from './generate.ts'

describe('generateSiteContent', () => {
  for (const documents of [100, 1_000]) {
    it(`makes ${documents} documents that pass the contract and every reference check`, () => {
      const content = SiteContentSchema.parse(generateSiteContent({ documents }))
      expect(countDocuments(content)).toBe(documents)
      expect(checkReferences(content)).toEqual([])
    })
  }

  it('a set too small for tips still passes the contract, without references to missing tips', () => {
    const content = SiteContentSchema.parse(generateSiteContent({ documents: 20 }))
    expect(content.tips).toEqual([])
    expect(checkReferences(content)).toEqual([])
  })

  it('gives the same bundle for the same seed and another for another seed', () => {
    expect(generateSiteContent({ documents: 50, seed: 7 })).toEqual(generateSiteContent({ documents: 50, seed: 7 }))
    expect(generateSiteContent({ documents: 50, seed: 7 })).not.toEqual(generateSiteContent({ documents: 50, seed: 8 }))
  })

  it('writes tips of realistic length (a few hundred words)', () => {
    const { tips } = generateSiteContent({ documents: 200 })
    const words = tips
      .map(
        (t) =>
          JSON.stringify(t.body)
            .match(/"text":"[^"]*"/g)
            ?.join(' ')
            .split(/\s+/).length ?? 0,
      )
      .sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(100)
  })

  it('links only to the collections asked for (the CMS bench loads documents in order)', () => {
    const content = generateSiteContent({ documents: 200, linkTo: ['organisations'] })
    const refs = [...JSON.stringify(content).matchAll(/"collection":"([a-z-]+)"/g)].map((m) => m[1])
    expect(refs.length).toBeGreaterThan(0)
    expect(new Set(refs)).toEqual(new Set(['organisations']))
    expect(checkReferences(SiteContentSchema.parse(content))).toEqual([])
  })

  it('refuses a bundle too small to hold every kind of document', () => {
    expect(() => generateSiteContent({ documents: 5 })).toThrow(/at least 20/)
  })
})
