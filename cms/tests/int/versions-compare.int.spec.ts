import { md } from '@hp/content-schemas'
import { handleEndpoints } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VersionChanges } from '../../src/components/VersionChanges/index.tsx'
import { richTextToLexical } from '../../src/fields/richText/fromContract.ts'
import { compareVersions } from '../../src/versions/compare.ts'
import { diffText } from '../../src/versions/describe.ts'
import { contentData, createUsers, jwtHeaders, type TestRole, type TestUser } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

/*
 * Versies → a version: "Wijzigingen in woorden" says what changed in Dutch sentences, not JSON;
 * and a version restore by an editor only ever makes a draft (enforced by the server's hooks,
 * whatever the request asks), while a publisher may restore as a draft too.
 */

let cms: TestCms
let users: Record<TestRole, TestUser>
let auth: Record<'editor' | 'publisher', string>
const rt = (text: string) =>
  richTextToLexical(md(text), () => {
    throw new Error('no internal links here')
  })

beforeAll(async () => {
  cms = await startTestCms('versions-compare')
  users = await createUsers(cms.payload)
  auth = await jwtHeaders(cms.payload, ['editor', 'publisher'] as const)
})
afterAll(async () => cms?.close())

const versionsOf = async (collection: string, id: string | number) =>
  (
    await cms.payload.findVersions({
      collection: collection as 'tips',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      depth: 0,
      overrideAccess: true,
      limit: 50,
    })
  ).docs

describe('Wijzigingen in woorden', () => {
  it('names a changed title, an added step and a changed paragraph of a step, with the changed words', async () => {
    const { payload } = cms
    const data = contentData('step-plans', 'woorden', {}) as { phases: { phase: string; steps: Record<string, unknown>[] }[] }
    const plan = await payload.create({
      collection: 'step-plans',
      draft: true,
      data: {
        ...data,
        _status: 'draft',
        phases: [{ phase: 'acuut', steps: [{ key: 'bel', title: 'Bel', body: rt('Bel iemand.\n\nVraag hoe het gaat.') }] }],
      } as never,
      overrideAccess: true,
    })
    const stored = (await payload.findByID({
      collection: 'step-plans',
      id: plan.id,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })) as unknown as {
      phases: { id: string; phase: string; steps: { id: string; key: string; title: string; body: unknown }[] }[]
    }
    const [phase] = stored.phases
    const [step] = phase?.steps ?? []
    await payload.update({
      collection: 'step-plans',
      id: plan.id,
      draft: true,
      data: {
        title: 'Wat te doen na een inbraak',
        phases: [
          {
            ...phase,
            steps: [
              { ...step, body: rt('Bel iemand.\n\nVraag rustig hoe het met hem gaat.') },
              { key: 'steun', title: 'Zoek steun', body: rt('Praat erover.') },
            ],
          },
        ],
      } as never,
      overrideAccess: true,
    })
    const [first, second] = await versionsOf('step-plans', plan.id)
    const result = await compareVersions(payload, 'step-plans', String(second?.id), { overrideAccess: true })
    const texts = result?.changes.map((c) => c.text)
    expect(texts).toEqual([
      "Titel gewijzigd: 'Test step-plans woorden' → 'Wat te doen na een inbraak'",
      'Fase 1: Stap 1: Tekst van alinea 2 (uitleg) gewijzigd',
      "Fase 1: Stap 2 toegevoegd: 'Zoek steun'",
    ])
    const paragraph = result?.changes[1]?.diff ?? []
    expect(diffText(paragraph)).toBe('Vraag {+rustig +}hoe het {+met hem +}gaat.')
    expect(result?.from?.id).toBe(first?.id)

    // The same in the admin's version view, as an editor (staff may read versions): sentences, no JSON.
    const editorReq = { user: users.editor } as never
    const html = renderToStaticMarkup(
      await VersionChanges({
        payload,
        req: editorReq,
        collectionSlug: 'step-plans',
        params: { segments: ['collections', 'step-plans', String(plan.id), 'versions', String(second?.id)] },
        searchParams: {},
      }),
    )
    expect(html).toContain('Wijzigingen in woorden (3)')
    expect(html).toContain('Titel gewijzigd: &#x27;Test step-plans woorden&#x27; → &#x27;Wat te doen na een inbraak&#x27;')
    expect(html).toContain('<ins')
    expect(html).not.toMatch(/"root"|\{"|children/)

    // Compared the other way round ("Vergelijken met" a newer version): the step is removed again.
    const back = await compareVersions(payload, 'step-plans', String(first?.id), { fromId: String(second?.id), overrideAccess: true })
    expect(back?.changes.map((c) => c.text)).toContain("Fase 1: Stap 2 verwijderd: 'Zoek steun'")
  })

  it('says when a field was filled, emptied, reordered, or a select changed, and reads only for staff', async () => {
    const { payload } = cms
    const tip = await payload.create({
      collection: 'tips',
      draft: true,
      data: {
        ...contentData('tips', 'velden', {}),
        _status: 'draft',
        body: rt('Eerste alinea.\n\nTweede alinea.\n\nDerde alinea.'),
      } as never,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'tips',
      id: tip.id,
      draft: true,
      data: { theme: 'praten', summary: '', body: rt('Eerste alinea.\n\nDerde alinea.\n\nEen nieuwe vierde alinea.') } as never,
      overrideAccess: true,
    })
    const [, second] = await versionsOf('tips', tip.id)
    const result = await compareVersions(payload, 'tips', String(second?.id), { overrideAccess: true })
    const texts = result?.changes.map((c) => c.text) ?? []
    expect(texts).toContain("Samenvatting leeggemaakt (was 'Samenvatting.')")
    expect(texts.find((t) => t.startsWith('Thema gewijzigd'))).toMatch(/^Thema gewijzigd: '[^']+' → '[^']+'$/)
    expect(texts).toContain("Alinea 2 (tekst) verwijderd: 'Tweede alinea.'")
    expect(texts).toContain("Alinea 3 (tekst) toegevoegd: 'Een nieuwe vierde alinea.'")
    // Nobody outside the staff reads versions.
    expect(await compareVersions(payload, 'tips', String(second?.id), { req: { user: null } as never })).toBeNull()
  })
})

describe('restoring a version', () => {
  async function publishedTwice() {
    const { payload } = cms
    const tip = await payload.create({
      collection: 'tips',
      data: { ...contentData('tips', `herstel${Date.now()}`, {}), title: 'Eerste live titel', _status: 'published' } as never,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'tips',
      id: tip.id,
      data: { title: 'Tweede live titel', _status: 'published' } as never,
      overrideAccess: true,
    })
    const versions = await versionsOf('tips', tip.id)
    return { id: tip.id, firstPublished: String(versions[0]?.id) }
  }
  const restore = (role: 'editor' | 'publisher', versionId: string, draft: boolean) =>
    handleEndpoints({
      config: cms.payload.config,
      request: new Request(`http://localhost:3000/api/tips/versions/${versionId}?draft=${draft}`, {
        method: 'POST',
        headers: { Authorization: auth[role], 'Accept-Language': 'nl' },
      }),
    })
  const live = (id: number | string) =>
    cms.payload.findByID({ collection: 'tips', id, draft: false, depth: 0, overrideAccess: true }) as unknown as Promise<{
      title: string
      _status: string
    }>
  const newest = (id: number | string) =>
    cms.payload.findByID({ collection: 'tips', id, draft: true, depth: 0, overrideAccess: true }) as unknown as Promise<{
      title: string
      _status: string
    }>

  it("an editor's restore of a published version becomes a draft, even when the request asks to publish", async () => {
    const tip = await publishedTwice()
    const res = await restore('editor', tip.firstPublished, false)
    expect(res.status, await res.clone().text()).toBe(200)
    expect(await live(tip.id)).toMatchObject({ title: 'Tweede live titel', _status: 'published' })
    expect(await newest(tip.id)).toMatchObject({ title: 'Eerste live titel', _status: 'draft' })
    const { docs } = await cms.payload.find({
      collection: 'audit-log' as never,
      where: { and: [{ docId: { equals: String(tip.id) } }, { action: { equals: 'restored' } }] },
      overrideAccess: true,
    })
    expect((docs[0] as unknown as { summary: string }).summary).toContain('als concept')
  })

  it('a publisher may restore as a draft (the live page stays) or restore and publish', async () => {
    const tip = await publishedTwice()
    expect((await restore('publisher', tip.firstPublished, true)).status).toBe(200)
    expect(await live(tip.id)).toMatchObject({ title: 'Tweede live titel', _status: 'published' })
    expect(await newest(tip.id)).toMatchObject({ title: 'Eerste live titel', _status: 'draft' })
    expect((await restore('publisher', tip.firstPublished, false)).status).toBe(200)
    expect(await live(tip.id)).toMatchObject({ title: 'Eerste live titel', _status: 'published' })
  })
})
