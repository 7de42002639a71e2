import { type Checklist, type Offence, type Platform, type Signal, type Theme, type Tip, themeBase, tipsBase } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { checklistsForList, groupByTheme, sectorInSentence, signalSectors, signalsForSector, themesOf, tipsForList } from './lists.ts'

const tip = (slug: string, theme: Theme, platforms: Platform[] = ['helpers']): Tip => ({
  slug,
  title: slug,
  summary: slug,
  theme,
  platforms,
  offences: [],
  searchTerms: [],
  body: [],
})
const signal = (slug: string, category: Signal['category'], order: number, sectors: Signal['sectors'] = []): Signal => ({
  slug,
  title: slug,
  category,
  description: slug,
  whatToDo: [],
  sectors,
  order,
})

describe('tips lists', () => {
  const tips = [
    tip('zelf-1', 'zelfzorg'),
    tip('reageer-1', 'reageren', ['helpers', 'professionals']),
    tip('prof-1', 'stress', ['professionals']),
    tip('zelf-2', 'zelfzorg'),
    tip('reageer-2', 'reageren'),
  ]

  it("shows a platform's tips theme by theme, keeping the CMS order within a theme", () => {
    expect(tipsForList(tips, 'helpers').map((t) => t.slug)).toEqual(['reageer-1', 'reageer-2', 'zelf-1', 'zelf-2'])
    expect(tipsForList(tips, 'professionals').map((t) => t.slug)).toEqual(['reageer-1', 'prof-1'])
    expect(themesOf(tipsForList(tips, 'helpers'))).toEqual(['reageren', 'zelfzorg'])
  })

  it('starts a new theme section where the theme changes, also mid-page', () => {
    const page = tipsForList(tips, 'helpers').slice(1)
    expect(groupByTheme(page).map((g) => [g.theme, g.tips.length])).toEqual([
      ['reageren', 1],
      ['zelfzorg', 2],
    ])
  })

  it('gives each platform and theme its own list URL', () => {
    expect(tipsBase('professionals')).toBe('/voor-professionals/tips/')
    expect(themeBase('helpers', 'een-kind-helpen')).toBe('/voor-de-helpers/tips/thema/een-kind-helpen/')
  })
})

describe('signals guide per sector', () => {
  const signals = [
    signal('gedrag-alle', 'gedrag', 0),
    signal('emo-school', 'emotioneel', 2, ['onderwijs']),
    signal('emo-huisarts', 'emotioneel', 1, ['huisartsenzorg']),
    signal('licht-alle', 'lichamelijk', 0),
  ]

  it("shows a sector its own signals and those for every sector, in the guide's order", () => {
    expect(signalsForSector(signals, 'onderwijs').map((s) => s.slug)).toEqual(['emo-school', 'licht-alle', 'gedrag-alle'])
  })

  it('has a page for every sector when some signals are for every sector', () => {
    expect(signalSectors(signals)).toHaveLength(6)
    expect(signalSectors(signals.filter((s) => s.sectors.length > 0))).toEqual(['huisartsenzorg', 'onderwijs'])
  })

  it('writes sector names in a sentence without breaking abbreviations', () => {
    expect(sectorInSentence('sociaal-werk')).toBe('sociaal werk')
    expect(sectorInSentence('hr')).toBe('HR en werkgevers')
  })
})

describe('checklists list', () => {
  it('follows the order of the offences', () => {
    const offences = [
      { slug: 'fraude', order: 2 },
      { slug: 'stalking', order: 1 },
    ] as Offence[]
    const checklists = [
      { slug: 'fraude', offence: 'fraude' },
      { slug: 'stalking', offence: 'stalking' },
    ] as Checklist[]
    expect(checklistsForList(checklists, offences).map((c) => c.slug)).toEqual(['stalking', 'fraude'])
  })
})
