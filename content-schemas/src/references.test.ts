import { describe, expect, it } from 'vitest'
import { ContractError } from './errors.ts'
import { assertReferences, checkReferences } from './references.ts'
import type { RichText } from './rich-text.ts'
import { richTextFieldsOf } from './rich-text-fields.ts'
import { siteContentExample } from './site-content.examples.ts'
import { type SiteContent, SiteContentSchema } from './site-content.ts'

/** A fresh, valid bundle (parsing also proves the example still matches the contract). */
const valid = (): SiteContent => SiteContentSchema.parse(siteContentExample)

/** The reference problems after breaking one thing in a fresh bundle. */
function broken(change: (content: SiteContent) => void): string[] {
  const content = valid()
  change(content)
  return checkReferences(content)
}

/** The line for a field naming a document that is not in the bundle: `Er is geen gepubliceerde tip "xyz". …`. */
const missing = (noun: string, slug: string, article = 'de') =>
  `Er is geen ${article === 'de' ? 'gepubliceerde' : 'gepubliceerd'} ${noun} "${slug}". Publiceer eerst ${article} ${noun}, of haal de verwijzing weg.`
/** The line for a rich-text link to a tip that is not in the bundle. */
const brokenLink = (slug: string) =>
  `Een link werkt niet. Er is geen gepubliceerde tip "${slug}". Publiceer eerst de tip, of haal de link weg.`

const linkTo = (slug: string): RichText => [
  { type: 'paragraph', children: [{ type: 'link', ref: { collection: 'tips', slug }, children: [{ type: 'text', text: 'kapot' }] }] },
]

describe('checkReferences', () => {
  it('finds nothing wrong with the example bundle', () => {
    expect(checkReferences(valid())).toEqual([])
    expect(() => assertReferences(valid())).not.toThrow()
  })

  it.each<[string, (c: SiteContent) => void, string[]]>([
    [
      'checklist offence',
      (c) => {
        if (c.checklists[0]) c.checklists[0].offence = 'xyz'
      },
      [
        'Checklist "fraude": slug: Gebruik dezelfde slug als het delict: "xyz".',
        `Checklist "fraude": offence: ${missing('delict', 'xyz', 'het')}`,
      ],
    ],
    [
      'checklist related tip',
      (c) => c.checklists[0]?.relatedTips.push('xyz'),
      [`Checklist "fraude": relatedTips[1]: ${missing('tip', 'xyz')}`],
    ],
    [
      'checklist related video',
      (c) => c.checklists[0]?.relatedVideos.splice(0, 1, 'xyz'),
      [`Checklist "fraude": relatedVideos[0]: ${missing('video', 'xyz')}`],
    ],
    [
      'tip offence',
      (c) => c.tips[0]?.offences.push('xyz'),
      [`Tip "luisteren-zonder-oordeel": offences[1]: ${missing('delict', 'xyz', 'het')}`],
    ],
    [
      'video offence',
      (c) => c.videos[0]?.offences.splice(0, 1, 'xyz'),
      [`Video "ervaring-na-inbraak": offences[0]: ${missing('delict', 'xyz', 'het')}`],
    ],
    [
      'step plan offence',
      (c) => c.stepPlans[0]?.offences.push('xyz'),
      [`Stappenplan "opvang-na-fraude-bij-ouderen": offences[1]: ${missing('delict', 'xyz', 'het')}`],
    ],
    [
      'step plan organisation',
      (c) => c.stepPlans[0]?.organisations.push('xyz'),
      [`Stappenplan "opvang-na-fraude-bij-ouderen": organisations[1]: ${missing('organisatie', 'xyz')}`],
    ],
    [
      'outcome organisation',
      (c) => {
        const node = c.referralTrees[0]?.nodes.find((n) => n.id === 'huisarts')
        if (node?.type === 'outcome') node.organisations.push('xyz')
      },
      [`Doorverwijstool "helpers": nodes[7].organisations[2]: ${missing('organisatie', 'xyz')}`],
    ],
    [
      'newsletter item',
      (c) => {
        const item = c.newsletterIssues[0]?.items[0]
        if (item) item.ref = { collection: 'tips', slug: 'xyz' }
      },
      [`Nieuwsbrief "1": items[0].ref: ${missing('tip', 'xyz')}`],
    ],
    [
      'rich-text link',
      (c) => c.tips.pop(),
      [
        `Checklist "fraude": relatedTips[0]: ${missing('tip', 'luisteren-zonder-oordeel')}`,
        `Checklist "fraude": sections[0].items[1].body: ${brokenLink('luisteren-zonder-oordeel')}`,
        `Doorverwijstool "helpers": nodes[8].body: ${brokenLink('luisteren-zonder-oordeel')}`,
      ],
    ],
    [
      'second checklist for an offence',
      (c) => c.checklists.push({ ...(c.checklists[0] as SiteContent['checklists'][number]), slug: 'fraude-2' }),
      [
        'Checklist "fraude-2": slug: Gebruik dezelfde slug als het delict: "fraude".',
        'Checklist "fraude-2": offence: Delict "fraude" heeft al een checklist (checklists[0]). Een delict heeft maar één checklist.',
      ],
    ],
    [
      'duplicate slug',
      (c) => c.tips.push({ ...(c.tips[0] as SiteContent['tips'][number]) }),
      [
        'Tip "luisteren-zonder-oordeel": slug: Nog een tip heeft de slug "luisteren-zonder-oordeel" (tips[0]). Geef elke tip een eigen slug.',
      ],
    ],
    [
      'duplicate page slug on one platform',
      (c) => {
        if (c.pages[1]) c.pages[1].platform = 'helpers'
      },
      ['Pagina "home": slug: Nog een pagina op platform "helpers" heeft de slug "home" (pages[0]). Geef elke pagina een eigen slug.'],
    ],
    [
      'referral tree graph',
      (c) => {
        const node = c.referralTrees[0]?.nodes[0]
        if (node?.type === 'question' && node.options[1]) node.options[1].next = 'weg'
      },
      [
        'Doorverwijstool "helpers": Vraag "is-er-gevaar": antwoord "Nee" gaat naar "weg", maar die bestaat niet. Kies een bestaande vraag of uitkomst.',
        ...['wanneer-gebeurd', 'aangifte-gedaan', 'last-van-gevolgen'].map(
          (id) =>
            `Doorverwijstool "helpers": Vraag "${id}": deze vraag is niet te bereiken vanaf de eerste vraag "is-er-gevaar". Laat een antwoord hierheen gaan, of haal de vraag weg.`,
        ),
        ...['aangifte-doen', 'slachtofferhulp', 'huisarts', 'zelf-steunen'].map(
          (id) =>
            `Doorverwijstool "helpers": Uitkomst "${id}": deze uitkomst is niet te bereiken vanaf de eerste vraag "is-er-gevaar". Laat een antwoord hierheen gaan, of haal de uitkomst weg.`,
        ),
      ],
    ],
  ])('reports a broken %s', (_, change, lines) => {
    expect(broken(change)).toEqual(lines)
  })

  it('reports a broken link in every rich-text field, naming the field', () => {
    const content = valid()
    const fields = richTextFieldsOf(content)
    for (const field of fields) field.value.push(...linkTo('xyz'))
    expect(checkReferences(content)).toEqual(fields.map((f) => `${f.label}: ${f.path}: ${brokenLink('xyz')}`))
    expect(fields.length).toBeGreaterThan(20)
  })

  it('lists problems in a fixed order: duplicates, checklists per offence, fields, trees, newsletters, rich text', () => {
    const lines = broken((c) => {
      c.tips.push({ ...(c.tips[0] as SiteContent['tips'][number]), offences: ['xyz'] })
      c.newsletterIssues[0]?.items.splice(0, 1, { title: 'x', summary: 'y', ref: { collection: 'pages', slug: 'xyz' } })
    })
    expect(lines).toEqual([
      'Tip "luisteren-zonder-oordeel": slug: Nog een tip heeft de slug "luisteren-zonder-oordeel" (tips[0]). Geef elke tip een eigen slug.',
      `Tip "luisteren-zonder-oordeel": offences[0]: ${missing('delict', 'xyz', 'het')}`,
      `Nieuwsbrief "1": items[0].ref: ${missing('pagina', 'xyz')}`,
    ])
  })
})

describe('assertReferences', () => {
  it('throws a ContractError holding every line', () => {
    const content = valid()
    content.checklists[0]?.relatedTips.push('xyz')
    expect(() => assertReferences(content)).toThrow(ContractError)
    expect(() => assertReferences(content)).toThrow(
      `Er is 1 probleem met de inhoud:\n  - Checklist "fraude": relatedTips[1]: ${missing('tip', 'xyz')}`,
    )
  })
})
