import { checkReferences, type SiteContent, SiteContentSchema, TipSchema } from '@hp/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { siteSettings } from '../../src/seed/data/settings.ts'
import { tips as seedTips } from '../../src/seed/data/tips.ts'
import { DRAFT_MARKER } from '../../src/seed/data/types.ts'
import { CONTENT_COLLECTIONS } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

let cms: TestCms
let first: SiteContent

const exportNow = async () => {
  const { buildSiteContent } = await import('../../src/export/index.ts')
  return buildSiteContent(cms.payload, { trustedCli: true }, 'http://localhost:3000')
}
const runSeed = async () => {
  const { seed } = await import('../../src/seed/index.ts')
  return seed(cms.payload, { password: 'test-password-123', siteBuilderApiKey: 'test-site-builder-key-0123456789' })
}
const withoutTime = ({ generatedAt: _, ...rest }: SiteContent) => rest

beforeAll(async () => {
  cms = await startTestCms('seed')
  await runSeed()
  first = await exportNow()
}, 300_000)
afterAll(async () => cms?.close())

describe('seed + export', () => {
  it('the export validates against the contract and has no broken references', () => {
    expect(() => SiteContentSchema.parse(first)).not.toThrow()
    expect(checkReferences(first)).toEqual([])
  })

  it("the site-wide search synonyms reach the export as the editors' rows", () => {
    expect(first.settings.searchSynonyms.length).toBeGreaterThanOrEqual(30)
    expect(first.settings.searchSynonyms).toEqual(siteSettings.searchSynonyms)
    expect(first.settings.searchSynonyms).toContainEqual({ word: 'beroofd', alternatives: ['beroving', 'overval', 'straatroof'] })
  })

  it('the export contains no draft marker', () => {
    expect(JSON.stringify(first)).not.toContain(DRAFT_MARKER)
  })

  it('every content type has a draft-only document with the marker in the CMS', async () => {
    for (const collection of CONTENT_COLLECTIONS) {
      const drafts = await cms.payload.find({
        collection: collection as 'tips',
        where: { _status: { equals: 'draft' } },
        draft: true,
        depth: 0,
        overrideAccess: true,
      })
      expect(JSON.stringify(drafts.docs), collection).toContain(DRAFT_MARKER)
    }
  })

  it('holds the demo content the issue asks for', () => {
    expect(first.offences.map((o) => o.slug).sort()).toEqual(
      [
        'algemeen',
        'fraude',
        'geweld',
        'nabestaande-na-zelfdoding',
        'online-seksuele-intimidatie',
        'overval-of-beroving',
        'seksueel-misbruik',
        'stalking',
        'verkeersongeval',
        'woninginbraak',
      ].sort(),
    )
    expect(first.checklists).toHaveLength(10)
    for (const c of first.checklists) {
      expect(c.sections.length, c.slug).toBeGreaterThanOrEqual(3)
      expect(c.sections.flatMap((s) => s.items).length, c.slug).toBeGreaterThanOrEqual(8)
    }
    expect(first.tips.length).toBeGreaterThanOrEqual(20)
    expect(first.videos.length).toBeGreaterThanOrEqual(6)
    expect(first.videos.every((v) => v.transcript.length > 0 && v.captions.startsWith('WEBVTT'))).toBe(true)
    expect(first.stepPlans.length).toBeGreaterThanOrEqual(4)
    expect(first.stepPlans.map((p) => p.slug)).toContain('nazorg-bij-suicide-op-school')
    expect(first.signals.length).toBeGreaterThan(0)
    expect(first.organisations.length).toBeGreaterThanOrEqual(10)
    expect(first.organisations.every((o) => o.exampleData)).toBe(true)
    expect(first.referralTrees.map((t) => t.platform).sort()).toEqual(['helpers', 'professionals'])
    for (const tree of first.referralTrees) {
      expect(tree.nodes.filter((n) => n.type === 'question').length, tree.slug).toBeGreaterThanOrEqual(6)
      expect(tree.nodes.filter((n) => n.type === 'outcome').length, tree.slug).toBeGreaterThanOrEqual(6)
    }
    expect(first.assessments.map((a) => a.slug).sort()).toEqual(
      ['quickscan-grensoverschrijdend-gedrag', 'test-oordeelloos-luisteren', 'zelfscan-tijdsbesteding'].sort(),
    )
    expect(first.newsletterIssues).toHaveLength(3)
    const pages = first.pages.map((p) => `${p.platform}/${p.slug}`)
    for (const p of [
      'algemeen/home',
      'helpers/home',
      'professionals/home',
      'algemeen/advieslijn',
      'algemeen/privacyverklaring',
      'algemeen/toegankelijkheidsverklaring',
    ]) {
      expect(pages).toContain(p)
    }
  })

  it('what the seed wrote comes back unchanged through the export (rich text, links, order)', () => {
    for (const seeded of seedTips) {
      const { image: _image, ...expected } = TipSchema.parse({ ...seeded, image: undefined })
      const { image, ...exported } = first.tips.find((t) => t.slug === seeded.slug) ?? {}
      expect(exported, seeded.slug).toEqual(expected)
      if (image) expect(image.alt.length).toBeGreaterThan(0)
    }
  })

  it('a second seed run leaves the same content', async () => {
    const summary = await runSeed()
    expect(summary.created).toBe(0)
    expect(withoutTime(await exportNow())).toEqual(withoutTime(first))
  })

  it('a newer draft of a published document never reaches the export', async () => {
    const tip = await cms.payload.find({
      collection: 'tips',
      where: { slug: { equals: first.tips[0]?.slug } },
      depth: 0,
      overrideAccess: true,
    })
    const id = tip.docs[0]?.id as string | number
    await cms.payload.update({
      collection: 'tips',
      id,
      draft: true,
      data: { title: `${DRAFT_MARKER} nieuwe titel` } as never,
      overrideAccess: true,
    })
    const after = await exportNow()
    expect(JSON.stringify(after)).not.toContain(DRAFT_MARKER)
    expect(after.tips[0]?.title).toBe(first.tips[0]?.title)
  })
})
