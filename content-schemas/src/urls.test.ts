import { describe, expect, it } from 'vitest'
import { BrokenReferenceError, slugRedirects, urlForRef } from './links.ts'
import { siteContentExample } from './site-content.examples.ts'
import { type SiteContent, SiteContentSchema } from './site-content.ts'
import { treeFormRedirects } from './tree-form.ts'

const example = (): SiteContent => SiteContentSchema.parse(siteContentExample)

describe('site URLs', () => {
  it('resolves every kind of reference to its page', () => {
    const c = example()
    const checklist = c.checklists[0]
    const tip = c.tips[0]
    if (!checklist || !tip) throw new Error('fixture')
    expect(urlForRef({ collection: 'checklists', slug: checklist.slug }, c)).toBe(`/voor-de-helpers/checklists/${checklist.slug}/`)
    expect(urlForRef({ collection: 'tips', slug: tip.slug }, c)).toMatch(new RegExp(`/tips/${tip.slug}/$`))
  })

  it('throws a clear error for a document that is not published', () => {
    expect(() => urlForRef({ collection: 'tips', slug: 'bestaat-niet' }, example())).toThrow(BrokenReferenceError)
    expect(() => urlForRef({ collection: 'tips', slug: 'bestaat-niet' }, example())).toThrow(
      'Een link werkt niet. Er is geen gepubliceerde tip "bestaat-niet". Publiceer eerst de tip, of haal de link weg.',
    )
  })
})

describe('redirects for changed slugs', () => {
  it('points an old step plan URL to the current one, following chains', () => {
    const c = example()
    const plan = c.stepPlans[0]
    if (!plan) throw new Error('fixture')
    c.slugChanges = [
      { collection: 'step-plans', from: 'oud', to: 'tussen' },
      { collection: 'step-plans', from: 'tussen', to: plan.slug },
    ]
    expect(slugRedirects(c)).toEqual([
      { from: '/voor-professionals/stappenplannen/oud/', to: `/voor-professionals/stappenplannen/${plan.slug}/` },
      { from: '/voor-professionals/stappenplannen/tussen/', to: `/voor-professionals/stappenplannen/${plan.slug}/` },
    ])
  })

  it('skips changes whose document is no longer published', () => {
    const c = example()
    c.slugChanges = [{ collection: 'tips', from: 'oud', to: 'weg' }]
    expect(slugRedirects(c)).toEqual([])
  })

  it('sends every old step of a renamed referral tree to the same step under the new slug (splat)', () => {
    const c = example()
    const tree = c.referralTrees[0]
    if (!tree) throw new Error('fixture')
    c.slugChanges = [{ collection: 'referral-trees', from: 'oude-wegwijzer', to: tree.slug }]
    const base = '/voor-de-helpers/doorverwijstool/'
    expect(slugRedirects(c)).toEqual([
      { from: `${base}oude-wegwijzer/`, to: `${base}${tree.slug}/` },
      { from: `${base}oude-wegwijzer/*`, to: `${base}${tree.slug}/:splat` },
    ])
    // The exact rule and the splat come before the live tree's form rules in _redirects;
    // the splat never covers a live page of the tree: it starts below the old slug only.
    const live = treeFormRedirects(c).map((r) => r.from)
    for (const r of slugRedirects(c)) for (const from of live) expect(from.startsWith(r.from.replace(/\*$/, ''))).toBe(false)
  })

  it('points the splat of every slug in a chain of tree renames straight to the current tree', () => {
    const c = example()
    const tree = c.referralTrees[0]
    if (!tree) throw new Error('fixture')
    c.slugChanges = [
      { collection: 'referral-trees', from: 'eerste', to: 'tweede' },
      { collection: 'referral-trees', from: 'tweede', to: tree.slug },
    ]
    const splats = slugRedirects(c).filter((r) => r.from.endsWith('*'))
    expect(splats.map((r) => r.to)).toEqual([
      `/voor-de-helpers/doorverwijstool/${tree.slug}/:splat`,
      `/voor-de-helpers/doorverwijstool/${tree.slug}/:splat`,
    ])
  })

  it('leaves an old tree slug alone when a live tree uses it again (no splat over its steps)', () => {
    const c = example()
    const tree = c.referralTrees[0]
    if (!tree) throw new Error('fixture')
    c.referralTrees.push({ ...tree, slug: 'hergebruikt' })
    c.slugChanges = [{ collection: 'referral-trees', from: 'hergebruikt', to: tree.slug }]
    expect(slugRedirects(c)).toEqual([])
  })

  it("gives documents without sub-pages no splat: a step plan's phases are anchors on its one page", () => {
    const c = example()
    const plan = c.stepPlans[0]
    const tip = c.tips[0]
    if (!plan || !tip) throw new Error('fixture')
    c.slugChanges = [
      { collection: 'step-plans', from: 'oud-plan', to: plan.slug },
      { collection: 'tips', from: 'oude-tip', to: tip.slug },
    ]
    expect(slugRedirects(c).filter((r) => r.from.includes('*'))).toEqual([])
  })

  it('renames the last path segment only, even when the slug equals a folder name', () => {
    const c = example()
    const tree = c.referralTrees[0]
    if (!tree) throw new Error('fixture')
    tree.slug = 'doorverwijstool'
    c.slugChanges = [{ collection: 'referral-trees', from: 'oud', to: 'doorverwijstool' }]
    expect(slugRedirects(c)[0]).toEqual({
      from: '/voor-de-helpers/doorverwijstool/oud/',
      to: '/voor-de-helpers/doorverwijstool/doorverwijstool/',
    })
  })
})
