import { slugRedirects } from '@hp/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentData, createUsers, SETTINGS, type TestUser } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

let cms: TestCms
let publisher: TestUser
beforeAll(async () => {
  cms = await startTestCms('slugs')
  publisher = (await createUsers(cms.payload)).publisher
  await cms.payload.updateGlobal({ slug: 'site-settings', data: SETTINGS as never, overrideAccess: true })
})
afterAll(async () => cms?.close())

const exportNow = async () => {
  const { buildSiteContent } = await import('../../src/export/index.ts')
  return buildSiteContent(cms.payload, { trustedCli: true }, 'http://localhost:3000')
}

describe('a changed slug leaves a redirect behind', () => {
  it('records the old slug when a published tip goes live under a new one, also via a draft', async () => {
    const { payload } = cms
    const as = { collection: 'tips' as const, overrideAccess: false, user: publisher }
    const tip = await payload.create({ ...as, data: { ...contentData('tips', 'x', {}), slug: 'luisteren', _status: 'published' } as never })
    await payload.update({ ...as, id: tip.id, data: { slug: 'goed-luisteren', _status: 'published' } as never })
    // A slug changed in a draft and published later still counts.
    await payload.update({ ...as, id: tip.id, draft: true, data: { slug: 'echt-luisteren' } as never })
    await payload.update({ ...as, id: tip.id, data: { _status: 'published' } as never })

    const content = await exportNow()
    expect(content.tips.map((t) => t.slug)).toEqual(['echt-luisteren'])
    expect(content.slugChanges).toEqual([
      { collection: 'tips', from: 'luisteren', to: 'echt-luisteren' },
      { collection: 'tips', from: 'goed-luisteren', to: 'echt-luisteren' },
    ])
    expect(slugRedirects(content)).toEqual([
      { from: '/voor-de-helpers/tips/goed-luisteren/', to: '/voor-de-helpers/tips/echt-luisteren/' },
      { from: '/voor-de-helpers/tips/luisteren/', to: '/voor-de-helpers/tips/echt-luisteren/' },
    ])
  })

  it('a draft that was never published leaves no redirect', async () => {
    const { payload } = cms
    const draft = await payload.create({
      collection: 'tips',
      draft: true,
      data: { ...contentData('tips', 'y', {}), slug: 'concept', _status: 'draft' } as never,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'tips',
      id: draft.id,
      data: { slug: 'definitief', _status: 'published' } as never,
      overrideAccess: true,
    })
    const content = await exportNow()
    expect(content.slugChanges.filter((c) => c.from === 'concept')).toEqual([])
  })
})
