import { type Assessment, BrokenReferenceError, md, type SiteContent, type StepPlan, type Tip } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { assessmentProps, MAX_RELATED, relatedContent } from './props.ts'

const tip = (slug: string, theme: Tip['theme'], platforms: Tip['platforms'] = ['helpers']): Tip => ({
  slug,
  title: `Tip ${slug}`,
  summary: 'Samenvatting.',
  theme,
  platforms,
  offences: [],
  searchTerms: [],
  body: md`Tekst.`,
})

const plan = (slug: string, sectors: StepPlan['sectors']): StepPlan => ({
  slug,
  title: `Plan ${slug}`,
  summary: 'Samenvatting.',
  sectors,
  offences: [],
  searchTerms: [],
  phases: [{ phase: 'acuut', intro: [], steps: [{ id: 'stap', title: 'Stap', body: md`Doe dit.` }] }],
  organisations: [],
})

const scan = (over: Partial<Assessment> = {}): Assessment => ({
  slug: 'zelfscan-tijd',
  title: 'Zelfscan',
  summary: 'Samenvatting.',
  kind: 'zelfscan',
  platform: 'helpers',
  intro: md`Lees eerst [de steungroep](tips:steungroep).`,
  themes: [{ id: 'stress', title: 'Stress', threshold: 1, attentionPoint: md`Zie [grenzen](tips:grenzen) en [stress](tips:stress-tip).` }],
  questions: [
    {
      id: 'slaap',
      theme: 'stress',
      text: 'Slaapt u slecht?',
      options: [
        { label: 'Nee', score: 0 },
        { label: 'Ja', score: 1 },
      ],
    },
  ],
  bands: [{ id: 'laag', min: 0, title: 'Goed', advice: md`Lees [grenzen](tips:grenzen) nog eens, of [extern](https://www.example.nl/).` }],
  ...over,
})

describe('relatedContent for helpers', () => {
  const tips = [
    tip('stress-tip', 'stress'),
    tip('grenzen', 'grenzen'),
    tip('steungroep', 'steungroep'),
    tip('alleen-voor-professionals', 'stress', ['professionals']),
    tip('ander-onderwerp', 'aangifte'),
  ]

  it('lists the tips the assessment links to, in order of first link, then tips on one of its themes', () => {
    const links = relatedContent(scan(), { tips, stepPlans: [] })
    expect(links.map((l) => l.href)).toEqual([
      '/voor-de-helpers/tips/steungroep/',
      '/voor-de-helpers/tips/grenzen/',
      '/voor-de-helpers/tips/stress-tip/',
    ])
    expect(links[0]?.label).toBe('Tip · Een steungroep')
  })

  it('finds tips by theme when the assessment links to none, and leaves out tips for the other platform', () => {
    const a = scan({
      intro: md`Geen links.`,
      themes: [{ id: 'stress', title: 'Stress', threshold: 1, attentionPoint: [] }],
      bands: scan().bands.map((b) => ({ ...b, advice: md`Geen links.` })),
    })
    expect(relatedContent(a, { tips, stepPlans: [] }).map((l) => l.title)).toEqual(['Tip stress-tip'])
  })

  it(`shows at most ${MAX_RELATED}`, () => {
    const many = Array.from({ length: 10 }, (_, i) => tip(`stress-${i}`, 'stress'))
    expect(relatedContent(scan({ intro: md`Geen links.` }), { tips: many, stepPlans: [] })).toHaveLength(MAX_RELATED)
  })
})

describe('relatedContent for professionals', () => {
  const stepPlans = [
    plan('nazorg-bij-suicide-op-school', ['onderwijs']),
    plan('grensoverschrijdend-gedrag-in-de-sportclub', ['sport']),
    plan('gelinkt-plan', ['hr', 'onderwijs']),
  ]
  const quickscan = scan({
    slug: 'quickscan-grensoverschrijdend-gedrag',
    kind: 'quickscan',
    platform: 'professionals',
    intro: md`Zie [het plan](step-plans:gelinkt-plan) en [gesprekstips](tips:gesprekstips).`,
  })

  it('lists linked step plans, then step plans that share a word of the slug, then linked tips for professionals', () => {
    const tips = [tip('gesprekstips', 'reageren', ['professionals']), tip('grenzen', 'grenzen')]
    expect(relatedContent(quickscan, { tips, stepPlans })).toEqual([
      {
        href: '/voor-professionals/stappenplannen/gelinkt-plan/',
        title: 'Plan gelinkt-plan',
        label: 'Stappenplan · HR en werkgevers, Onderwijs',
      },
      {
        href: '/voor-professionals/stappenplannen/grensoverschrijdend-gedrag-in-de-sportclub/',
        title: 'Plan grensoverschrijdend-gedrag-in-de-sportclub',
        label: 'Stappenplan · Sport',
      },
      { href: '/voor-professionals/tips/gesprekstips/', title: 'Tip gesprekstips', label: 'Tip' },
    ])
  })
})

describe('assessmentProps', () => {
  const content = {
    settings: {
      organisationName: 'Voorbeeld',
      adviceLine: { phone: '0900 0101', hours: 'Werkdagen', exampleData: true },
      quickExitUrl: 'https://www.google.nl/',
      navigation: { helpers: [], professionals: [] },
    },
    tips: [tip('grenzen', 'grenzen'), tip('stress-tip', 'stress')],
    stepPlans: [],
  } as unknown as SiteContent

  it('keeps the props small: no intro or summary, links resolved, the advice line ready to show', () => {
    const props = assessmentProps(scan(), content)
    expect(Object.keys(props.assessment).sort()).toEqual(['bands', 'kind', 'platform', 'questions', 'slug', 'themes', 'title'])
    expect(props.adviceLine).toEqual({ phone: '0900\u00a00101', telHref: 'tel:09000101', hours: 'Werkdagen' })
    expect(props.overviewHref).toBe('/voor-de-helpers/tips/')
    expect(JSON.stringify(props)).not.toContain('"ref"')
  })

  it('points professionals to the step plans overview', () => {
    expect(assessmentProps(scan({ platform: 'professionals' }), content).overviewHref).toBe('/voor-professionals/stappenplannen/')
  })

  it('resolves the links in attention points and advice to the pages they point to; an external link stays as entered', () => {
    const { assessment } = assessmentProps(scan(), content)
    const links = [...assessment.themes.map((t) => t.attentionPoint), ...assessment.bands.map((b) => b.advice)]
      .flat()
      .flatMap((b) => (b.type === 'list' ? b.items.flat() : b.children))
      .flatMap((n) => (n.type === 'link' ? [{ href: n.href, external: n.external }] : []))
    expect(links).toEqual([
      { href: '/voor-de-helpers/tips/grenzen/', external: false },
      { href: '/voor-de-helpers/tips/stress-tip/', external: false },
      { href: '/voor-de-helpers/tips/grenzen/', external: false },
      { href: 'https://www.example.nl/', external: true },
    ])
  })

  it('stops the build at a link to a tip that is not published, naming it in Dutch', () => {
    const broken = scan({ bands: [{ id: 'laag', min: 0, title: 'Goed', advice: md`Lees [weg](tips:bestaat-niet).` }] })
    expect(() => assessmentProps(broken, content)).toThrow(BrokenReferenceError)
    expect(() => assessmentProps(broken, content)).toThrow('Een link werkt niet. Er is geen gepubliceerde tip "bestaat-niet".')
  })
})
