import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { slugRedirects } from '@hp/content-schemas'
import { formatNames, handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_COLLECTIONS, contentData, createUsers, SETTINGS } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

/*
 * Roles hold on every path of a version restore ("Versies" → "Herstel deze versie"): REST (the
 * admin's restore button posts to it, see the last test), GraphQL and the Local API, for every
 * content collection. An editor's restore only ever makes a draft; a publisher's restore keeps
 * every old slug, so no URL that redirected starts answering 404.
 */

let cms: TestCms
let offenceId: string | number
const auth: Record<'editor' | 'publisher', string> = { editor: '', publisher: '' }
const API_KEY = 'test-site-builder-key-0123456789'
let counter = 0

beforeAll(async () => {
  cms = await startTestCms('restore')
  const users = await createUsers(cms.payload)
  expect(users.editor.role).toBe('editor')
  for (const role of ['editor', 'publisher'] as const) {
    const { token } = await cms.payload.login({
      collection: 'users',
      data: { email: `${role}@test.example`, password: 'test-password-123' },
    })
    auth[role] = `JWT ${token}`
  }
  const offence = await cms.payload.create({
    collection: 'offences',
    data: { ...contentData('offences', 'basis', {}), _status: 'published' } as never,
    overrideAccess: true,
  })
  offenceId = offence.id
  await cms.payload.updateGlobal({ slug: 'site-settings', data: SETTINGS as never, overrideAccess: true })
})
afterAll(async () => cms?.close())

type Path = 'REST' | 'GraphQL' | 'Local API'
const PATHS: Path[] = ['REST', 'GraphQL', 'Local API']

const titleKey = (collection: string) => (collection === 'offences' || collection === 'organisations' ? 'name' : 'title')

interface History {
  id: string | number
  /** Slugs in the order they were live: a, b, c (c is live now). */
  slugs: [string, string, string]
  /** v1: the first draft; v2: published under a; v3: published under b. */
  versions: { firstDraft: string | number; publishedA: string | number; publishedB: string | number }
}

/** Offences whose slugs a renamed checklist takes (a checklist's slug is its offence's slug). */
const checklistOffences = new Map<string, string | number>()

/** Slug (and, for newsletters, the number it comes from; for checklists, the offence it follows) for the i-th name of a document. */
function named(collection: string, base: string, i: number): Record<string, unknown> {
  if (collection === 'newsletter-issues') {
    const number = 7000 + Number(base.replace(/\D/g, '')) * 10 + i
    return { number, slug: String(number) }
  }
  const slug = `${base}-${'abc'[i]}`
  if (collection === 'checklists') return { slug, offence: checklistOffences.get(slug) }
  return { slug }
}

/** For a checklist: a published offence under each name it will have. */
async function offencesFor(collection: string, base: string): Promise<void> {
  if (collection !== 'checklists') return
  for (const i of [0, 1, 2]) {
    const slug = `${base}-${'abc'[i]}`
    const offence = await cms.payload.create({
      collection: 'offences',
      data: { ...contentData('offences', `${base}${i}`, {}), slug, _status: 'published' } as never,
      overrideAccess: true,
    })
    checklistOffences.set(slug, offence.id)
  }
}

/** A document with a history: a first draft, then published under slugs a, b and (now) c. */
async function documentWithHistory(collection: string): Promise<History> {
  const { payload } = cms
  const base = `r${++counter}`
  await offencesFor(collection, base)
  const as = { collection: collection as 'tips', overrideAccess: true } as const
  const data = contentData(collection, base, { offence: offenceId })
  const title = titleKey(collection)
  const doc = await payload.create({
    ...as,
    draft: true,
    data: { ...data, ...named(collection, base, 0), [title]: 'Eerste concept', _status: 'draft' } as never,
  })
  await payload.update({ ...as, id: doc.id, data: { [title]: 'Live onder a', _status: 'published' } as never })
  await payload.update({
    ...as,
    id: doc.id,
    data: { ...named(collection, base, 1), [title]: 'Live onder b', _status: 'published' } as never,
  })
  await payload.update({
    ...as,
    id: doc.id,
    data: { ...named(collection, base, 2), [title]: 'Live onder c', _status: 'published' } as never,
  })
  const { docs } = await payload.findVersions({ ...as, where: { parent: { equals: doc.id } }, sort: 'createdAt', limit: 10, depth: 0 })
  const [v1, v2, v3] = docs
  if (!v1 || !v2 || !v3) throw new Error(`${collection}: expected at least three versions, got ${docs.length}`)
  expect((v1.version as { _status?: string })._status).toBe('draft')
  expect((v2.version as { _status?: string })._status).toBe('published')
  const slugs = [0, 1, 2].map((i) => named(collection, base, i).slug as string) as History['slugs']
  return { id: doc.id, slugs, versions: { firstDraft: v1.id, publishedA: v2.id, publishedB: v3.id } }
}

/** The GraphQL type name Payload derives from the slug (`step-plans` → `StepPlan`), as in `restoreVersionStepPlan`. */
const graphQLName = (collection: string): string => formatNames(collection).singular

/** Restores a version as `role` the way each path does it; resolves to the HTTP-ish outcome. */
async function restore(
  via: Path,
  role: 'editor' | 'publisher',
  collection: string,
  versionId: string | number,
  asDraft = false,
): Promise<void> {
  const { payload } = cms
  if (via === 'REST') {
    // The admin's request: POST <api>/<collection>/versions/<id>?draft=false, or ?draft=true for "as draft" (see the last test).
    const res = await handleEndpoints({
      config: payload.config,
      request: new Request(`http://localhost:3000/api/${collection}/versions/${versionId}?draft=${asDraft}`, {
        method: 'POST',
        headers: { Authorization: auth[role], 'Accept-Language': 'nl' },
      }),
    })
    expect(res.status, await res.clone().text()).toBe(200)
    return
  }
  if (via === 'GraphQL') {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const id = typeof versionId === 'number' ? String(versionId) : JSON.stringify(versionId)
    const res = await GRAPHQL_POST(payload.config)(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: auth[role] },
        body: JSON.stringify({ query: `mutation { restoreVersion${graphQLName(collection)}(id: ${id}) { id } }` }),
      }),
    )
    const body = (await res.json()) as { errors?: unknown[] }
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined()
    return
  }
  const user = (await payload.find({ collection: 'users', where: { role: { equals: role } }, overrideAccess: true, limit: 1 })).docs[0]
  await payload.restoreVersion({ collection: collection as 'tips', id: versionId as never, overrideAccess: false, user })
}

/** What the site build reads: the published document, over REST with the site builder's key. */
async function liveAsTheBuildSeesIt(collection: string, id: string | number) {
  const res = await handleEndpoints({
    config: cms.payload.config,
    request: new Request(`http://localhost:3000/api/${collection}/${id}?depth=0`, {
      headers: { Authorization: `users API-Key ${API_KEY}` },
    }),
  })
  if (res.status !== 200) return { status: res.status }
  const doc = (await res.json()) as Record<string, unknown>
  return { status: 200, _status: doc._status, title: doc[titleKey(collection)], slug: doc.slug, previousSlugs: doc.previousSlugs }
}

/** The whole published document as stored. */
const liveDocument = (collection: string, id: string | number) =>
  cms.payload.findByID({ collection: collection as 'tips', id, draft: false, depth: 0, overrideAccess: true })

/** What the editor sees when opening the document in the admin: the newest version. */
async function newestVersion(collection: string, id: string | number) {
  const doc = (await cms.payload.findByID({
    collection: collection as 'tips',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })) as unknown as Record<string, unknown>
  return { _status: doc._status, title: doc[titleKey(collection)], slug: doc.slug, previousSlugs: doc.previousSlugs }
}

// First, while the bundle holds only this tip and the offence (the documents below would not make a valid site together).
describe('the site after restores', () => {
  it("an editor's restore leaves the live page and its redirects in the export; a publisher's restore redirects every old URL", async () => {
    const { buildSiteContent } = await import('../../src/export/index.ts')
    const exportNow = () => buildSiteContent(cms.payload, { trustedCli: true }, 'http://localhost:3000')
    const tip = await documentWithHistory('tips')
    const [a, b, c] = tip.slugs
    const url = (slug: string) => `/voor-de-helpers/tips/${slug}/`
    await restore('REST', 'editor', 'tips', tip.versions.firstDraft)
    let content = await exportNow()
    expect(content.tips.find((t) => t.slug === c)?.title).toBe('Live onder c')
    expect(slugRedirects(content).filter((r) => r.to === url(c))).toEqual(
      expect.arrayContaining([
        { from: url(a), to: url(c) },
        { from: url(b), to: url(c) },
      ]),
    )
    // "Herstel als concept" (?draft=true), the admin's other restore choice, leaves the live tip too.
    await restore('REST', 'editor', 'tips', tip.versions.publishedB, true)
    content = await exportNow()
    expect(content.tips.find((t) => t.slug === c)?.title).toBe('Live onder c')
    await restore('REST', 'publisher', 'tips', tip.versions.publishedA)
    content = await exportNow()
    expect(content.tips.find((t) => t.slug === a)?.title).toBe('Live onder a')
    expect(slugRedirects(content).filter((r) => r.to === url(a))).toEqual(
      expect.arrayContaining([
        { from: url(b), to: url(a) },
        { from: url(c), to: url(a) },
      ]),
    )
  })
})

describe.each(CONTENT_COLLECTIONS)('%s: restoring a version', (collection) => {
  describe.each(PATHS)('via %s', (via) => {
    it("an editor's restore only makes a draft: the live document, its status and its old slugs stay", async () => {
      const doc = await documentWithHistory(collection)
      const [a, b, c] = doc.slugs
      const live = { status: 200, _status: 'published', title: 'Live onder c', slug: c, previousSlugs: [a, b] }
      expect(await liveAsTheBuildSeesIt(collection, doc.id)).toEqual(live)
      const wholeLive = await liveDocument(collection, doc.id)

      // An older draft version: the case that took a live page offline.
      await restore(via, 'editor', collection, doc.versions.firstDraft)
      expect(await liveAsTheBuildSeesIt(collection, doc.id)).toEqual(live)
      // Every field of the live document as it was (rows, blocks, relations, dates), not only these.
      expect(await liveDocument(collection, doc.id)).toEqual(wholeLive)
      const draft = await newestVersion(collection, doc.id)
      expect(draft).toMatchObject({ _status: 'draft', title: 'Eerste concept', slug: a })
      // The draft shows the full history too ("Oude slugs" is not emptied).
      expect(draft.previousSlugs).toEqual(expect.arrayContaining([b, c]))

      // An older published version: also only a draft, never published by an editor.
      await restore(via, 'editor', collection, doc.versions.publishedB)
      expect(await liveAsTheBuildSeesIt(collection, doc.id)).toEqual(live)
      expect(await liveDocument(collection, doc.id)).toEqual(wholeLive)
      expect(await newestVersion(collection, doc.id)).toMatchObject({ _status: 'draft', title: 'Live onder b', slug: b })
    })

    it("a publisher's restore of a draft version makes a draft; of a published one keeps every old slug, so no URL that redirected starts answering 404", async () => {
      const doc = await documentWithHistory(collection)
      const [a, b, c] = doc.slugs
      // An older draft: a restore never takes the page off the site, for publishers neither.
      await restore(via, 'publisher', collection, doc.versions.firstDraft)
      expect(await liveAsTheBuildSeesIt(collection, doc.id)).toEqual({
        status: 200,
        _status: 'published',
        title: 'Live onder c',
        slug: c,
        previousSlugs: [a, b],
      })
      expect(await newestVersion(collection, doc.id)).toMatchObject({ _status: 'draft', title: 'Eerste concept', slug: a })

      // Back to what was live under a: b and c (both live once) must redirect to a.
      await restore(via, 'publisher', collection, doc.versions.publishedA)
      const live = await liveAsTheBuildSeesIt(collection, doc.id)
      expect(live).toMatchObject({ status: 200, _status: 'published', title: 'Live onder a', slug: a })
      expect([...((live.previousSlugs as string[]) ?? [])].sort()).toEqual([b, c].sort())

      // And to b: now a and c redirect.
      await restore(via, 'publisher', collection, doc.versions.publishedB)
      const again = await liveAsTheBuildSeesIt(collection, doc.id)
      expect(again).toMatchObject({ status: 200, _status: 'published', title: 'Live onder b', slug: b })
      expect([...((again.previousSlugs as string[]) ?? [])].sort()).toEqual([a, c].sort())
    })
  })
})

describe("the admin's restore button", () => {
  it('posts to the REST route the tests above use: POST <api>/<collection>/versions/<id>?draft=false unless "as draft" is chosen', () => {
    // The installed admin's Restore view (Payload's own code, not a copy): read, not run.
    let dir = path.dirname(fileURLToPath(import.meta.url))
    let file = ''
    while (dir !== path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules/@payloadcms/next/dist/views/Version/Restore/index.js')
      if (existsSync(candidate)) {
        file = candidate
        break
      }
      dir = path.dirname(dir)
    }
    expect(file, 'the admin Restore view was not found in node_modules').not.toBe('')
    const source = readFileSync(file, 'utf8')
    expect(source).toContain('const [draft, setDraft] = useState(false)')
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the admin's source, matched as written
    expect(source).toContain('path: `/${collectionConfig.slug}/versions/${versionID}?draft=${draft}`')
    expect(source).toMatch(/requests\.post\(fetchURL, \{\s*headers: \{\s*'Accept-Language': i18n\.language\s*\}\s*\}\)/)
  })
})
