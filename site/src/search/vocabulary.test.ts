import { SiteContentSchema } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { searchContentExample } from './examples.ts'
import { buildVocabulary, wordsOf } from './vocabulary.ts'

describe('buildVocabulary', () => {
  const vocabulary = buildVocabulary(SiteContentSchema.parse(searchContentExample))

  it('holds the words of titles and offence names, lowercased', () => {
    expect(vocabulary).toEqual(
      expect.arrayContaining(['luister', 'zonder', 'oordelen', 'nazorg', 'suïcide', 'school', 'fraude', 'woninginbraak']),
    )
  })

  it("holds every offence's search terms, multi-word terms also whole", () => {
    expect(vocabulary).toEqual(
      expect.arrayContaining(['oplichting', 'phishing', 'whatsapp-fraude', 'inbraak', 'diefstal', 'thuis', 'diefstal thuis', 'geld kwijt']),
    )
  })

  it('holds the words of the site-wide synonyms, both the typed word and what it also finds', () => {
    expect(vocabulary).toEqual(expect.arrayContaining(['opgelicht', 'nepbank']))
  })

  it('holds the search terms of tips, videos and step plans', () => {
    const withTerms = SiteContentSchema.parse({
      ...searchContentExample,
      tips: searchContentExample.tips.map((t) => ({ ...t, searchTerms: ['puber', 'ruzie thuis'] })),
    })
    expect(buildVocabulary(withTerms)).toEqual(expect.arrayContaining(['puber', 'ruzie', 'ruzie thuis']))
  })

  it('leaves out words shorter than four letters', () => {
    expect(vocabulary).not.toContain('bij')
    expect(vocabulary).not.toContain('op')
    expect(vocabulary).not.toContain('te')
  })

  it('lists each word once, sorted', () => {
    expect(new Set(vocabulary).size).toBe(vocabulary.length)
    expect(vocabulary).toEqual([...vocabulary].sort((a, b) => a.localeCompare(b, 'nl')))
  })

  it('has no text from summaries or bodies: only what a visitor may type to find a page', () => {
    expect(vocabulary).not.toContain('vertellen')
    expect(vocabulary).not.toContain('helpt')
  })
})

describe('wordsOf', () => {
  it('keeps hyphenated compounds whole and drops numbers', () => {
    expect(wordsOf('Auto-ongeluk in 2026: wat nu?')).toEqual(['auto-ongeluk'])
  })
})
