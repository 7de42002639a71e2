import { SEARCH_URL } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { hasSearch, readState, searchHref, statusText } from './state.ts'

describe('readState', () => {
  it('reads the query and the filters, ignoring empty ones', () => {
    const state = readState(new URLSearchParams('q=+oplichting++bank+&type=Checklist&offence=&sector=Onderwijs&foo=bar'))
    expect(state).toEqual({ q: 'oplichting bank', filters: { type: 'Checklist', sector: 'Onderwijs' } })
  })

  it('takes the first filled-in value of a repeated filter', () => {
    expect(readState(new URLSearchParams('platform=&platform=Algemeen&platform=Voor+Professionals')).filters).toEqual({
      platform: 'Algemeen',
    })
  })

  it('cuts very long queries', () => {
    expect(readState(new URLSearchParams({ q: 'a'.repeat(500) })).q).toHaveLength(200)
  })
})

describe('searchHref', () => {
  it('round-trips through readState and leaves out empty parameters', () => {
    const state = { q: 'geld kwijt', filters: { platform: 'Voor de Helpers', offence: 'Fraude' } }
    const href = searchHref(state, SEARCH_URL)
    expect(href).toBe('/zoeken/?q=geld+kwijt&platform=Voor+de+Helpers&offence=Fraude')
    expect(readState(new URL(href, 'http://x').searchParams)).toEqual(state)
  })

  it('is the bare search page for an empty state', () => {
    expect(searchHref({ q: '', filters: {} }, SEARCH_URL)).toBe('/zoeken/')
  })
})

describe('hasSearch', () => {
  it('needs words or a filter', () => {
    expect(hasSearch({ q: '', filters: {} })).toBe(false)
    expect(hasSearch({ q: '', filters: { type: 'Video' } })).toBe(true)
  })
})

describe('statusText', () => {
  it('counts in Dutch, singular and plural', () => {
    expect(statusText(0, { q: 'xyz', filters: {} })).toBe('Geen resultaten voor “xyz”.')
    expect(statusText(1, { q: 'phishing', filters: {} })).toBe('1 resultaat voor “phishing”.')
    expect(statusText(9, { q: 'oplichting', filters: {} })).toBe('9 resultaten voor “oplichting”.')
  })

  it('names the chosen filters', () => {
    expect(statusText(3, { q: '', filters: { type: 'Checklist', offence: 'Fraude' } })).toBe('3 resultaten (filter: Checklist, Fraude).')
  })

  it('says when the results match only some of the words', () => {
    expect(statusText(4, { q: 'mijn zus is beroofd', filters: {} }, true)).toBe(
      '4 resultaten voor een deel van de woorden van “mijn zus is beroofd”.',
    )
    expect(statusText(0, { q: 'xyz abc', filters: {} }, true)).toBe('Geen resultaten voor “xyz abc”.')
  })
})
