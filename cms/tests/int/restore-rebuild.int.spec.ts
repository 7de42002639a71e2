import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type BuildHook, rebuildSettled, startBuildHook } from './buildHook.ts'
import { contentData, createUsers, jwtHeaders } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

// An editor's version restore asks for no rebuild (Site-build logged an "unpublish" by the editor
// before); a publisher's restore of a published version asks for one, as a publish.
const DEBOUNCE_MS = 400
let hook: BuildHook
let cms: TestCms
const auth: Record<'editor' | 'publisher', string> = { editor: '', publisher: '' }

beforeAll(async () => {
  hook = await startBuildHook()
  // Before startTestCms: the config validates the environment when it is imported.
  process.env.SITE_BUILD_HOOK_URL = hook.url
  process.env.SITE_BUILD_DEBOUNCE_MS = String(DEBOUNCE_MS)
  cms = await startTestCms('restore-rebuild')
  await createUsers(cms.payload)
  Object.assign(auth, await jwtHeaders(cms.payload, ['editor', 'publisher']))
})
afterAll(async () => {
  await cms?.close()
  await hook?.close()
})

const settled = () => rebuildSettled(DEBOUNCE_MS)

const restore = (role: 'editor' | 'publisher', versionId: string | number) =>
  handleEndpoints({
    config: cms.payload.config,
    request: new Request(`http://localhost:3000/api/tips/versions/${versionId}?draft=false`, {
      method: 'POST',
      headers: { Authorization: auth[role] },
    }),
  })

it("an editor's restore asks for no rebuild; a publisher's restore of a published version asks for one publish", async () => {
  const { payload } = cms
  const as = { collection: 'tips' as const, overrideAccess: true }
  const tip = await payload.create({
    ...as,
    draft: true,
    data: { ...contentData('tips', 'rb', {}), title: 'Eerste concept', _status: 'draft' } as never,
  })
  await payload.update({ ...as, id: tip.id, data: { title: 'Live', _status: 'published' } as never })
  await payload.update({ ...as, id: tip.id, data: { title: 'Live, herzien', _status: 'published' } as never })
  const { docs } = await payload.findVersions({ ...as, where: { parent: { equals: tip.id } }, sort: 'createdAt', depth: 0 })
  const [firstDraft, firstPublished] = docs
  if (!firstDraft || !firstPublished) throw new Error('expected versions')
  await settled()
  hook.hits.length = 0

  expect((await restore('editor', firstDraft.id)).status).toBe(200)
  expect((await restore('editor', firstPublished.id)).status).toBe(200)
  await settled()
  expect(hook.hits).toEqual([])

  expect((await restore('publisher', firstPublished.id)).status).toBe(200)
  await settled()
  expect(hook.hits.map((h) => h.body)).toEqual([
    expect.objectContaining({ collection: 'tips', slug: 'test-tips-rb', action: 'publish', user: 'publisher@test.example' }),
  ])
  const live = await payload.findByID({ ...as, id: tip.id, draft: false })
  expect(live).toMatchObject({ _status: 'published', title: 'Live' })
})
