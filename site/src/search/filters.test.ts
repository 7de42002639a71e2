import { SiteContentSchema } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { searchContentExample } from './examples.ts'
import { filterGroups } from './filters.ts'

const groups = filterGroups(SiteContentSchema.parse(searchContentExample))
const options = (name: string) => groups.find((g) => g.name === name)?.options

describe('filterGroups', () => {
  it('offers the four filters in form order', () => {
    expect(groups.map((g) => g.name)).toEqual(['platform', 'type', 'offence', 'sector'])
  })

  it('offers both platforms and the neutral pages', () => {
    expect(options('platform')).toEqual(['Voor de Helpers', 'Voor Professionals', 'Algemeen'])
  })

  it('offers only content types the bundle holds, plus the pages every site has', () => {
    expect(options('type')).toEqual(['Checklist', 'Tip', 'Stappenplan', 'Signalenwijzer', 'Organisaties', 'Pagina'])
  })

  it('offers offences that content is tagged with, in landing-page order', () => {
    expect(options('offence')).toEqual(['Fraude', 'Woninginbraak'])
  })

  it('offers the sectors of the step plans by their Dutch names', () => {
    expect(options('sector')).toEqual(['Onderwijs'])
  })
})
