import { validateSiteContent } from '@hp/content-schemas'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from './harness.ts'

/*
 * Property: for random sequences of editor actions on the demo content (publish, unpublish, delete,
 * a video as a tip image, another image, a slug change, deleting a medium), whatever the CMS
 * accepts, the published bundle passes the check the site build runs before Astro
 * (`validateSiteContent`: the contract and every reference) — read back as the build reads it,
 * as JSON. Building the site with Astro per run would take minutes; the build runs nothing on the
 * content before Astro beyond this check (scripts/src/build-site.ts → loadContent).
 *
 * The database is not reset between runs (a seed takes half a minute), so runs continue from each
 * other's state: shrinking is off, and a failure reports the action that broke the bundle.
 */
let cms: TestCms
let publisher: Record<string, unknown>

beforeAll(async () => {
  cms = await startTestCms('publish-property')
  const { seed } = await import('../../src/seed/index.ts')
  await seed(cms.payload, { password: 'test-password-123', siteBuilderApiKey: 'test-site-builder-key-0123456789' })
  const found = await cms.payload.find({ collection: 'users', where: { email: { equals: 'publisher@example.org' } }, overrideAccess: true })
  publisher = { ...(found.docs[0] as unknown as Record<string, unknown>), collection: 'users' }
}, 300_000)
afterAll(async () => cms?.close())

const COLLECTIONS = ['tips', 'offences', 'organisations', 'videos', 'step-plans', 'checklists', 'newsletter-issues', 'pages'] as const
type Collection = (typeof COLLECTIONS)[number]

type Action =
  | { kind: 'publish' | 'unpublish' | 'delete'; collection: Collection; pick: number }
  | { kind: 'slug'; collection: Collection; pick: number; slug: string }
  | { kind: 'tipImage'; pick: number; media: number; video: boolean }
  | { kind: 'deleteMedia'; media: number }

const pick = fc.nat({ max: 1000 })
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('publish' as const, 'unpublish' as const, 'delete' as const),
    collection: fc.constantFrom(...COLLECTIONS),
    pick,
  }),
  fc.record({
    kind: fc.constant('slug' as const),
    collection: fc.constantFrom(...COLLECTIONS),
    pick,
    slug: fc.constantFrom('nieuw-adres', 'fraude', 'algemeen', 'luisteren-zonder-oordeel'),
  }),
  fc.record({ kind: fc.constant('tipImage' as const), pick, media: pick, video: fc.boolean() }),
  fc.record({ kind: fc.constant('deleteMedia' as const), media: pick }),
)

const as = () => ({ overrideAccess: false, user: publisher as never, depth: 0 })

async function docsOf(payload: Payload, collection: Collection) {
  const found = await payload.find({ collection: collection as 'tips', draft: true, pagination: false, depth: 0, overrideAccess: true })
  return found.docs as unknown as { id: string | number; slug?: string }[]
}

async function mediaOf(payload: Payload, video: boolean) {
  const found = await payload.find({ collection: 'media', pagination: false, depth: 0, overrideAccess: true })
  return (found.docs as unknown as { id: string | number; mimeType: string }[]).filter((m) => m.mimeType.startsWith('video/') === video)
}

/** Runs one editor action as the publisher; true when the CMS accepted it. */
async function perform(payload: Payload, a: Action): Promise<boolean> {
  try {
    if (a.kind === 'deleteMedia') {
      const all = [...(await mediaOf(payload, false)), ...(await mediaOf(payload, true))]
      const target = all[a.media % Math.max(all.length, 1)]
      if (!target) return false
      await payload.delete({ collection: 'media', id: target.id, ...as() })
      return true
    }
    const collection = a.kind === 'tipImage' ? 'tips' : a.collection
    const docs = await docsOf(payload, collection)
    const doc = docs[a.pick % Math.max(docs.length, 1)]
    if (!doc) return false
    const update = (data: Record<string, unknown>) =>
      payload.update({ collection: collection as 'tips', id: doc.id, data: data as never, ...as() })
    switch (a.kind) {
      case 'publish':
        await update({ _status: 'published' })
        return true
      case 'unpublish':
        await update({ _status: 'draft' })
        return true
      case 'delete':
        await payload.delete({ collection: collection as 'tips', id: doc.id, ...as() })
        return true
      case 'slug':
        await update({ slug: a.slug, _status: 'published' })
        return true
      case 'tipImage': {
        const media = await mediaOf(payload, a.video)
        const medium = media[a.media % Math.max(media.length, 1)]
        if (!medium) return false
        await update({ image: medium.id, _status: 'published' })
        return true
      }
    }
  } catch {
    return false // refused (the check, access, a unique slug): the write left nothing behind
  }
}

describe('whatever the CMS accepts keeps the site buildable', () => {
  it('random editor action sequences on the demo content', async () => {
    const { buildSiteContent } = await import('../../src/export/index.ts')
    const tally = { accepted: 0, refused: 0 }
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 5 }), async (actions) => {
        for (const a of actions) {
          const accepted = await perform(cms.payload, a)
          tally[accepted ? 'accepted' : 'refused']++
          // As the build reads it: JSON from the CMS, then the build's check before Astro.
          const bundle = JSON.parse(JSON.stringify(await buildSiteContent(cms.payload, { trustedCli: true }, 'http://localhost:3000')))
          expect(() => validateSiteContent(bundle), JSON.stringify(a)).not.toThrow()
        }
      }),
      { numRuns: 15, endOnFailure: true },
    )
    // Both sides were exercised: the property did not pass by refusing (or accepting) everything.
    expect(tally.accepted).toBeGreaterThan(0)
    expect(tally.refused).toBeGreaterThan(0)
  }, 180_000)
})
