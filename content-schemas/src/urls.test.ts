import { describe, expect, it } from 'vitest'
import { siteContentExample } from './site-content.examples.ts'
import { type SiteContent, SiteContentSchema } from './site-content.ts'
import { BrokenReferenceError, slugRedirects, urlForRef } from './urls.ts'

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
})
