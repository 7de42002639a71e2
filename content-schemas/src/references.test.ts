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
      ['Checklist "fraude": slug: must equal the offence slug "xyz"', 'Checklist "fraude": offence: unknown offence "xyz"'],
    ],
    ['checklist related tip', (c) => c.checklists[0]?.relatedTips.push('xyz'), ['Checklist "fraude": relatedTips[1]: unknown tip "xyz"']],
    [
      'checklist related video',
      (c) => c.checklists[0]?.relatedVideos.splice(0, 1, 'xyz'),
      ['Checklist "fraude": relatedVideos[0]: unknown video "xyz"'],
    ],
    ['tip offence', (c) => c.tips[0]?.offences.push('xyz'), ['Tip "luisteren-zonder-oordeel": offences[1]: unknown offence "xyz"']],
    [
      'video offence',
      (c) => c.videos[0]?.offences.splice(0, 1, 'xyz'),
      ['Video "ervaring-na-inbraak": offences[0]: unknown offence "xyz"'],
    ],
    [
      'step plan offence',
      (c) => c.stepPlans[0]?.offences.push('xyz'),
      ['Step plan "opvang-na-fraude-bij-ouderen": offences[1]: unknown offence "xyz"'],
    ],
    [
      'step plan organisation',
      (c) => c.stepPlans[0]?.organisations.push('xyz'),
      ['Step plan "opvang-na-fraude-bij-ouderen": organisations[1]: unknown organisation "xyz"'],
    ],
    [
      'outcome organisation',
      (c) => {
        const node = c.referralTrees[0]?.nodes.find((n) => n.id === 'huisarts')
        if (node?.type === 'outcome') node.organisations.push('xyz')
      },
      ['Referral tree "helpers": nodes[7].organisations[2]: unknown organisation "xyz"'],
    ],
    [
      'newsletter item',
      (c) => {
        const item = c.newsletterIssues[0]?.items[0]
        if (item) item.ref = { collection: 'tips', slug: 'xyz' }
      },
      ['Newsletter issue "1": items[0].ref: unknown tip "xyz"'],
    ],
    [
      'rich-text link',
      (c) => c.tips.pop(),
      [
        'Checklist "fraude": relatedTips[0]: unknown tip "luisteren-zonder-oordeel"',
        'Checklist "fraude": sections[0].items[1].body: links to unknown tip "luisteren-zonder-oordeel"',
        'Referral tree "helpers": nodes[8].body: links to unknown tip "luisteren-zonder-oordeel"',
      ],
    ],
    [
      'second checklist for an offence',
      (c) => c.checklists.push({ ...(c.checklists[0] as SiteContent['checklists'][number]), slug: 'fraude-2' }),
      [
        'Checklist "fraude-2": slug: must equal the offence slug "fraude"',
        'Checklist "fraude-2": offence: offence "fraude" already has a checklist (checklists[0]); an offence has at most one checklist',
      ],
    ],
    [
      'duplicate slug',
      (c) => c.tips.push({ ...(c.tips[0] as SiteContent['tips'][number]) }),
      ['Tip "luisteren-zonder-oordeel": slug: "luisteren-zonder-oordeel" is also used by tips[0]; every tip needs its own slug'],
    ],
    [
      'duplicate page slug on one platform',
      (c) => {
        if (c.pages[1]) c.pages[1].platform = 'helpers'
      },
      ['Page "home": slug: "home" is also used by pages[0] on platform "helpers"; every page needs its own slug'],
    ],
    [
      'referral tree graph',
      (c) => {
        const node = c.referralTrees[0]?.nodes[0]
        if (node?.type === 'question' && node.options[1]) node.options[1].next = 'weg'
      },
      [
        'Referral tree "helpers": node "is-er-gevaar": answer "Nee" goes to "weg", which is not a node in this tree; choose an existing question or outcome',
        ...['wanneer-gebeurd', 'aangifte-gedaan', 'last-van-gevolgen', 'aangifte-doen', 'slachtofferhulp', 'huisarts', 'zelf-steunen'].map(
          (id) =>
            `Referral tree "helpers": node "${id}": cannot be reached from the start question "is-er-gevaar"; link to it from an answer or remove it`,
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
    expect(checkReferences(content)).toEqual(fields.map((f) => `${f.label}: ${f.path}: links to unknown tip "xyz"`))
    expect(fields.length).toBeGreaterThan(20)
  })

  it('lists problems in a fixed order: duplicates, checklists per offence, fields, trees, newsletters, rich text', () => {
    const lines = broken((c) => {
      c.tips.push({ ...(c.tips[0] as SiteContent['tips'][number]), offences: ['xyz'] })
      c.newsletterIssues[0]?.items.splice(0, 1, { title: 'x', summary: 'y', ref: { collection: 'pages', slug: 'xyz' } })
    })
    expect(lines).toEqual([
      'Tip "luisteren-zonder-oordeel": slug: "luisteren-zonder-oordeel" is also used by tips[0]; every tip needs its own slug',
      'Tip "luisteren-zonder-oordeel": offences[0]: unknown offence "xyz"',
      'Newsletter issue "1": items[0].ref: unknown page "xyz"',
    ])
  })
})

describe('assertReferences', () => {
  it('throws a ContractError holding every line', () => {
    const content = valid()
    content.checklists[0]?.relatedTips.push('xyz')
    expect(() => assertReferences(content)).toThrow(ContractError)
    expect(() => assertReferences(content)).toThrow(
      'Content does not match the contract (1 problem):\n  - Checklist "fraude": relatedTips[1]: unknown tip "xyz"',
    )
  })
})
