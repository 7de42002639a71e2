import { describe, expect, it } from 'vitest'
import { editDistance, maxDistance, suggest } from './suggest.ts'

const vocabulary = [
  'aangifte',
  'diefstal',
  'diefstal thuis',
  'fraude',
  'inbraak',
  'inbreker',
  'ongeluk',
  'oplichter',
  'oplichting',
  'phishing',
  'stalking',
  'hulp',
  'vader',
  'zorgen',
  'sporten',
  'steungroep',
  'overval',
  'aangereden',
  'suïcide',
  'verkeersongeluk',
  'woninginbraak',
]

describe('editDistance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('oplichtnig', 'oplichting')).toBe(1)
  })

  it('counts inserts, deletes and substitutions', () => {
    expect(editDistance('inbrak', 'inbraak')).toBe(1)
    expect(editDistance('phishing', 'phising')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
  })

  it('stops early once the limit is passed', () => {
    expect(editDistance('fraude', 'woninginbraak', 2)).toBe(3)
  })
})

describe('maxDistance', () => {
  it('allows no edits in short words and more in longer ones', () => {
    expect([3, 4, 5, 7, 8, 11, 12, 15].map(maxDistance)).toEqual([0, 1, 1, 1, 2, 2, 3, 3])
  })
})

describe('suggest', () => {
  it.each([
    ['oplichtnig', 'oplichting'],
    ['inbrak', 'inbraak'],
    ['phising', 'phishing'],
    ['aangfite', 'aangifte'],
    ['stalkng', 'stalking'],
    ['verkeersongelk', 'verkeersongeluk'],
  ])('suggests "%s" → "%s"', (query, expected) => {
    expect(suggest(query, vocabulary)).toBe(expected)
  })

  it('keeps the capitals a visitor typed out of the comparison', () => {
    expect(suggest('Oplichtnig', vocabulary)).toBe('oplichting')
  })

  it('ignores accents when comparing, and suggests the word as written on the site', () => {
    expect(suggest('suicde', vocabulary)).toBe('suïcide')
  })

  it('corrects each misspelt word and keeps the others, stop words and punctuation as typed', () => {
    expect(suggest('hulp na inbrak', vocabulary)).toBe('hulp na inbraak')
    expect(suggest('Wat moet ik doen na oplichtnig?', vocabulary)).toBe('Wat moet ik doen na oplichting?')
  })

  it('corrects the words of a multi-word term one by one', () => {
    expect(suggest('diefstal tuis', [...vocabulary, 'thuis'])).toBe('diefstal thuis')
  })

  // Words on the site's pages: pagefind finds them, so they match something.
  const inIndex = new Set(['help', 'vaker', 'zeggen', 'hoe', 'iemand', 'overval', 'aangereden', 'steungroep'])
  const matched = (word: string) => inIndex.has(word)

  it.each([
    ['hoe help ik iemand na een overval', 'help is a word on the site: not "hulp"'],
    ['mijn vaker is aangereden', 'vaker is a word on the site: not "vader"'],
    ['wat moet ik zeggen', 'zeggen is a word on the site, and two edits from "zorgen"'],
    ['steungroep starten', 'starten is on no page, but two edits from "sporten" is too far for seven letters'],
  ])('suggests nothing for "%s" (%s)', (query) => {
    expect(suggest(query, vocabulary, matched)).toBeUndefined()
  })

  it('never changes a stop word, even one edit from a vocabulary word', () => {
    expect(suggest('wat moet ik doen', ['moed', 'doek', 'wad'])).toBeUndefined()
  })

  it('suggests only for the word that matched nothing', () => {
    expect(suggest('mijn zus wordt gestalkt stalkng', vocabulary, (w) => w !== 'stalkng')).toBe('mijn zus wordt gestalkt stalking')
  })

  it('suggests nothing for words it knows or cannot place', () => {
    expect(suggest('oplichting', vocabulary)).toBeUndefined()
    expect(suggest('xyzzyq', vocabulary)).toBeUndefined()
    expect(suggest('   ', vocabulary)).toBeUndefined()
  })

  it('leaves short words alone: one edit away is too many other words', () => {
    expect(suggest('frd', vocabulary)).toBeUndefined()
  })

  it('prefers the closest word, then one with the same first letter', () => {
    expect(suggest('inbraek', ['inbraak', 'onbraak'])).toBe('inbraak')
    expect(suggest('fruade', ['aruade', 'fraude'])).toBe('fraude')
  })
})
