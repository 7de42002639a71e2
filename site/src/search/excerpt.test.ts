import { describe, expect, it } from 'vitest'
import { decodeEntities, excerptParts } from './excerpt.ts'

describe('excerptParts', () => {
  it('splits an excerpt into plain and highlighted text', () => {
    expect(excerptParts('Is uw naaste <mark>opgelicht</mark>? Bel de bank.')).toEqual([
      { text: 'Is uw naaste ', mark: false },
      { text: 'opgelicht', mark: true },
      { text: '? Bel de bank.', mark: false },
    ])
  })

  it('decodes the escaped characters pagefind writes', () => {
    expect(excerptParts('Tom &amp; Jerry &lt;3 &quot;hoi&quot; &#39;ja&#39;')).toEqual([
      { text: 'Tom & Jerry <3 "hoi" \'ja\'', mark: false },
    ])
  })

  it('keeps any other tag as visible text, so it can never become markup', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)> en <mark><b>vet</b></mark>')
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> en ', mark: false },
      { text: '<b>vet</b>', mark: true },
    ])
  })

  it('turns escaped tags back into their text, still as text', () => {
    expect(excerptParts('&lt;script&gt;')).toEqual([{ text: '<script>', mark: false }])
  })

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([])
  })
})

describe('decodeEntities', () => {
  it('decodes numeric references and leaves unknown or invalid ones as written', () => {
    expect(decodeEntities('&#x2019;&#8217;&bogus;&#0;')).toBe('’’&bogus;&#0;')
  })
})
