import { CONTENT_TYPES, contentTypes, type SiteContent, SiteContentSchema } from '@hp/content-schemas'
import { siteContentExample } from '@hp/content-schemas/site-content.examples'
import { describe, expect, it } from 'vitest'
import { presentSearchTypes, STANDING_PAGES, searchTypeOf, standingPageType } from './types.ts'

const full = (): SiteContent => SiteContentSchema.parse(siteContentExample)
/** Every search type of the registry, in registry order. */
const registryTypes = contentTypes().flatMap((t) => t.search?.types ?? [])

describe('search types from the registry', () => {
  it("gives a document's page the registry's type for that document", () => {
    const c = full()
    const [tip] = c.tips
    if (!tip) throw new Error('the example bundle has a tip')
    expect(searchTypeOf('tips', tip)).toBe(CONTENT_TYPES.tips.search?.of(tip))
    // A tip on both platforms has its page on Voor de Helpers; one for professionals only is a conversation tip.
    expect(searchTypeOf('tips', { ...tip, platforms: ['helpers', 'professionals'] })).toBe('Tip')
    expect(searchTypeOf('tips', { ...tip, platforms: ['professionals'] })).toBe('Gesprekstip')
    const [scan] = c.assessments
    if (!scan) throw new Error('the example bundle has an assessment')
    expect(searchTypeOf('assessments', { ...scan, kind: 'quickscan' })).toBe('Quickscan')
  })

  it('refuses a content type whose documents have no page of their own', () => {
    const [offence] = full().offences
    if (!offence) throw new Error('the example bundle has an offence')
    expect(() => searchTypeOf('offences', offence)).toThrow(/no search type/)
  })

  it("gives each standing page the one type of its content type's record", () => {
    const types = Object.fromEntries(Object.keys(STANDING_PAGES).map((p) => [p, standingPageType(p as keyof typeof STANDING_PAGES)]))
    expect(types).toEqual({ signalGuide: 'Signalenwijzer', organisations: 'Organisaties', pillar: 'Pagina', share: 'Pagina' })
  })

  it('lists the types of the published documents and the standing pages, in registry order', () => {
    const c = full()
    const present = new Set<string>(Object.keys(STANDING_PAGES).map((p) => standingPageType(p as keyof typeof STANDING_PAGES)))
    for (const t of contentTypes())
      for (const doc of c[t.key as keyof SiteContent] as { slug: string }[]) if (t.search) present.add(t.search.of(doc))
    expect(presentSearchTypes(c)).toEqual(registryTypes.filter((type) => present.has(type)))
    expect(presentSearchTypes(c)).toContain('Zelfscan')
    expect(presentSearchTypes(c)).not.toContain('Gesprekstip')
  })

  it('lists a type only when a page carries it: a tip for professionals adds "Gesprekstip" after "Tip"', () => {
    const c = full()
    const withProTip = {
      ...c,
      tips: [...c.tips, { ...(c.tips[0] as SiteContent['tips'][number]), slug: 'pro', platforms: ['professionals' as const] }],
    }
    const types = presentSearchTypes(withProTip)
    expect(types.indexOf('Gesprekstip')).toBe(types.indexOf('Tip') + 1)
  })

  it('without documents, lists only the standing pages', () => {
    const empty = SiteContentSchema.parse(Object.fromEntries(Object.entries(full()).map(([k, v]) => [k, Array.isArray(v) ? [] : v])))
    expect(presentSearchTypes(empty)).toEqual(['Signalenwijzer', 'Organisaties', 'Pagina'])
  })
})
