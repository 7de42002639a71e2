import { describe, expect, it } from 'vitest'
import { HOME_CRUMB } from './crumbs.ts'
import { documentTitle, TITLE_MAX } from './title.ts'

describe('documentTitle', () => {
  it('adds the site name after the title', () => {
    expect(documentTitle('Checklist bij geweld', 'helpers')).toBe('Checklist bij geweld | Voor de Helpers')
    expect(documentTitle('Stappenplannen', 'professionals')).toBe('Stappenplannen | Voor Professionals')
    expect(documentTitle('Organisaties', 'algemeen')).toBe('Organisaties | Helpers & Professionals')
  })

  it('never repeats the site name', () => {
    expect(documentTitle('Voor de Helpers', 'helpers')).toBe('Voor de Helpers')
    expect(documentTitle('Welkom bij Voor Professionals', 'professionals')).toBe('Welkom bij Voor Professionals')
    expect(documentTitle('voor de  helpers', 'helpers')).toBe('voor de  helpers')
  })

  it('leaves the neutral home page as its own title', () => {
    expect(documentTitle('Hulp voor wie iemand helpt', 'algemeen', { siteHome: true })).toBe('Hulp voor wie iemand helpt')
  })

  it('drops the site name, then shortens, when longer than 70 characters', () => {
    const sixty = 'a'.repeat(60)
    expect(documentTitle(sixty, 'helpers')).toBe(sixty)
    const long = `${'woord '.repeat(20)}eind`
    const short = documentTitle(long, 'helpers')
    expect(short.length).toBeLessThanOrEqual(TITLE_MAX)
    expect(short.endsWith('…')).toBe(true)
  })

  it('puts "Fout: " in front on an error', () => {
    expect(documentTitle('Wat is er gebeurd?', 'helpers', { error: true })).toBe('Fout: Wat is er gebeurd? | Voor de Helpers')
  })
})

describe('HOME_CRUMB', () => {
  it('is Dutch', () => {
    expect(HOME_CRUMB).toEqual({ label: 'Startpagina', href: '/' })
  })
})
