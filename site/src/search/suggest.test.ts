import { describe, expect, it } from 'vitest'
import { editDistance, isApproximate, maxDistance, suggest } from './suggest.ts'

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
    expect([3, 4, 5, 6, 9, 10, 15].map(maxDistance)).toEqual([0, 1, 1, 2, 2, 3, 3])
  })
})

describe('suggest', () => {
  it.each([
    ['oplichtnig', 'oplichting'],
    ['inbrak', 'inbraak'],
    ['phising', 'phishing'],
    ['agnifte', 'aangifte'],
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

  it('corrects each misspelt word and keeps the others', () => {
    expect(suggest('hulp na inbrak', vocabulary)).toBe('hulp na inbraak')
  })

  it('matches a multi-word search term as a whole', () => {
    expect(suggest('diefstal tuis', vocabulary)).toBe('diefstal thuis')
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

describe('isApproximate', () => {
  it('is true when nothing was found', () => {
    expect(isApproximate('oplichtnig', [])).toBe(true)
  })

  it('is true when pagefind only found look-alikes', () => {
    expect(isApproximate('oplichtnig', ['oplichting,', 'opgelicht'])).toBe(true)
    expect(isApproximate('inbrak', ['in', 'in.'])).toBe(true)
  })

  it('is false when the words were found, also in longer or stemmed forms', () => {
    expect(isApproximate('oplichting', ['Oplichting.'])).toBe(false)
    expect(isApproximate('oplicht', ['oplichting'])).toBe(false)
    expect(isApproximate('ongelukken', ['ongeluk'])).toBe(false)
  })

  it('checks every word of four letters or more, and skips shorter ones', () => {
    expect(isApproximate('diefstal tuis', ['diefstal'])).toBe(true)
    expect(isApproximate('hulp na inbraak', ['hulp', 'inbraak'])).toBe(false)
  })
})
