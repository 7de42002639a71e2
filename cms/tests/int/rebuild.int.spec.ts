import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { type BuildHook, rebuildSettled, startBuildHook } from './buildHook.ts'
import { contentData, createUsers, SETTINGS, type TestRole, type TestUser } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

// Publishing → a debounced POST to SITE_BUILD_HOOK_URL (here a tiny local server) → build-status.
const DEBOUNCE_MS = 400
const API_KEY = 'test-site-builder-key-0123456789'

let hook: BuildHook
let cms: TestCms
let users: Record<TestRole, TestUser>
let n = 0

beforeAll(async () => {
  hook = await startBuildHook()
  // Before startTestCms: the config validates the environment when it is imported.
  process.env.SITE_BUILD_HOOK_URL = hook.url
  process.env.SITE_BUILD_DEBOUNCE_MS = String(DEBOUNCE_MS)
  cms = await startTestCms('rebuild')
  users = await createUsers(cms.payload)
})
afterAll(async () => {
  await cms?.close()
  await hook?.close()
})
beforeEach(async () => {
  await settled()
  hook.hits.length = 0
  hook.answer(200)
})

const settled = () => rebuildSettled(DEBOUNCE_MS)

const as = (role: TestRole) => ({ user: users[role], overrideAccess: false })

async function publishTip(extra: Record<string, unknown> = {}) {
  return cms.payload.create({
    collection: 'tips',
    data: { ...contentData('tips', `r${++n}`, {}), _status: 'published', ...extra } as never,
    ...as('publisher'),
  })
}

async function draftTip() {
  return cms.payload.create({
    collection: 'tips',
    draft: true,
    data: { ...contentData('tips', `d${++n}`, {}), _status: 'draft' } as never,
    ...as('publisher'),
  })
}

const buildStatus = () => cms.payload.findGlobal({ slug: 'build-status', overrideAccess: true })

describe('publishing triggers one debounced rebuild', () => {
  it('three quick publishes → exactly one POST, after the debounce', async () => {
    const started = Date.now()
    await publishTip()
    await publishTip()
    const last = await publishTip()
    expect(hook.hits).toHaveLength(0)
    await settled()
    expect(hook.hits).toHaveLength(1)
    expect(Date.now() - started).toBeGreaterThanOrEqual(DEBOUNCE_MS)
    expect(hook.hits[0]?.body).toMatchObject({
      collection: 'tips',
      slug: last.slug,
      action: 'publish',
      user: 'publisher@test.example',
      changes: 3,
    })
    expect(hook.hits[0]?.url).toContain('trigger_title=')
  })

  it('the build-status global records the request and what caused it', async () => {
    const tip = await publishTip()
    await settled()
    const status = await buildStatus()
    expect(status.lastTriggerResult).toBe('ok')
    expect(status.lastTriggerHttpStatus).toBe(200)
    // Recent, not exact: a busy machine may be slow between the trigger and this read.
    expect(Date.now() - Date.parse(String(status.lastTriggeredAt))).toBeLessThan(120_000)
    expect(status.triggeredBy).toMatchObject({
      collection: 'tips',
      slug: tip.slug,
      action: 'publish',
      user: 'publisher@test.example',
      changes: 1,
    })
  })

  it('a build hook that fails is recorded as failed with its HTTP status', async () => {
    hook.answer(500)
    await publishTip()
    await settled()
    const status = await buildStatus()
    expect(status.lastTriggerResult).toBe('failed')
    expect(status.lastTriggerHttpStatus).toBe(500)
    expect(String(status.lastTriggerError)).toContain('500')
  })

  it('publishing the site settings triggers too', async () => {
    await cms.payload.updateGlobal({ slug: 'site-settings', data: SETTINGS as never, ...as('publisher') })
    await settled()
    expect(hook.hits.map((h) => h.body)).toEqual([expect.objectContaining({ collection: 'site-settings', action: 'publish' })])
  })
})

describe('draft saves do not trigger', () => {
  it('a new draft → no POST', async () => {
    await draftTip()
    await settled()
    expect(hook.hits).toHaveLength(0)
  })

  it('a draft saved over a published document (publisher and editor) → no POST', async () => {
    const tip = await publishTip()
    await settled()
    hook.hits.length = 0
    await cms.payload.update({ collection: 'tips', id: tip.id, draft: true, data: { title: 'Nieuwe concepttitel' }, ...as('publisher') })
    await cms.payload.update({ collection: 'tips', id: tip.id, data: { title: 'Nog een concepttitel' }, ...as('editor') })
    await settled()
    expect(hook.hits).toHaveLength(0)
  })

  it('a draft of the site settings → no POST', async () => {
    await cms.payload.updateGlobal({
      slug: 'site-settings',
      draft: true,
      data: { ...SETTINGS, organisationName: 'Concept', _status: 'draft' } as never,
      ...as('publisher'),
    })
    await settled()
    expect(hook.hits).toHaveLength(0)
  })
})

describe('taking content off the site triggers', () => {
  it('unpublishing → POST', async () => {
    const tip = await publishTip()
    await settled()
    hook.hits.length = 0
    await cms.payload.update({ collection: 'tips', id: tip.id, data: { _status: 'draft' }, ...as('publisher') })
    await settled()
    expect(hook.hits.map((h) => h.body)).toEqual([expect.objectContaining({ slug: tip.slug, action: 'unpublish' })])
  })

  it('unpublishing a document that has a newer draft → POST', async () => {
    const tip = await publishTip()
    await cms.payload.update({ collection: 'tips', id: tip.id, draft: true, data: { title: 'Concept' }, ...as('publisher') })
    await settled()
    hook.hits.length = 0
    await cms.payload.update({ collection: 'tips', id: tip.id, data: { _status: 'draft' }, ...as('publisher') })
    await settled()
    expect(hook.hits.map((h) => h.body.action)).toEqual(['unpublish'])
  })

  it('deleting a published document → POST; deleting a draft-only one → none', async () => {
    const tip = await publishTip()
    const draft = await draftTip()
    await settled()
    hook.hits.length = 0
    await cms.payload.delete({ collection: 'tips', id: draft.id, ...as('publisher') })
    await settled()
    expect(hook.hits).toHaveLength(0)
    await cms.payload.delete({ collection: 'tips', id: tip.id, ...as('publisher') })
    await settled()
    expect(hook.hits.map((h) => h.body)).toEqual([expect.objectContaining({ slug: tip.slug, action: 'delete' })])
  })
})

describe('side effects switched off', () => {
  it('seed and import context → no POST', async () => {
    for (const context of [{ seed: true }, { import: true }]) {
      await cms.payload.create({
        collection: 'tips',
        data: { ...contentData('tips', `s${++n}`, {}), _status: 'published' } as never,
        overrideAccess: true,
        context,
      })
    }
    await settled()
    expect(hook.hits).toHaveLength(0)
  })

  it('without SITE_BUILD_HOOK_URL → no POST, said once in the log', async () => {
    const info = vi.spyOn(cms.payload.logger, 'info')
    const url = process.env.SITE_BUILD_HOOK_URL
    delete process.env.SITE_BUILD_HOOK_URL
    let told: unknown[][] = []
    try {
      await publishTip()
      await publishTip()
      await settled()
      told = info.mock.calls.filter((c) => String(c[0]).includes('SITE_BUILD_HOOK_URL is not set'))
    } finally {
      process.env.SITE_BUILD_HOOK_URL = url
      info.mockRestore()
    }
    expect(hook.hits).toHaveLength(0)
    expect(told).toHaveLength(1)
  })
})

describe('POST /api/build-status', () => {
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    handleEndpoints({
      config: cms.payload.config,
      request: new Request('http://localhost:3000/api/build-status', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    })
  const siteBuilder = { Authorization: `users API-Key ${API_KEY}` }
  const jwt = async (role: TestRole) => {
    const { token } = await cms.payload.login({
      collection: 'users',
      data: { email: `${role}@test.example`, password: 'test-password-123' },
    })
    return { Authorization: `JWT ${token}` }
  }

  it('refuses anonymous callers (401) and staff, admins included (403)', async () => {
    expect((await post({ state: 'succeeded' })).status).toBe(401)
    expect((await post({ state: 'succeeded' }, await jwt('editor'))).status).toBe(403)
    expect((await post({ state: 'succeeded' }, await jwt('admin'))).status).toBe(403)
    expect((await buildStatus()).lastBuildState ?? null).toBeNull()
  })

  it('refuses a report that is not a known state (400)', async () => {
    const res = await post({ state: 'done' }, siteBuilder)
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('state')
  })

  it('accepts the site-builder key and records the state, times and the first lines of the error', async () => {
    expect((await post({ state: 'building' }, siteBuilder)).status).toBe(200)
    const building = await buildStatus()
    expect(building.lastBuildState).toBe('building')
    expect(building.lastBuildStartedAt).toBeTruthy()

    const error = [
      'Checklist "fraude": sections[2].items[0].title: Vul dit veld in.',
      ...Array.from({ length: 40 }, (_, i) => `regel ${i}`),
    ]
    expect((await post({ state: 'failed', message: error.join('\n') }, siteBuilder)).status).toBe(200)
    const failed = await buildStatus()
    expect(failed.lastBuildState).toBe('failed')
    expect(failed.lastBuildFinishedAt).toBeTruthy()
    const message = String(failed.lastBuildMessage)
    expect(message.startsWith('Checklist "fraude": sections[2].items[0].title: Vul dit veld in.')).toBe(true)
    expect(message).not.toContain('regel 39')
    expect(message.split('\n').length).toBeLessThanOrEqual(21)

    expect((await post({ state: 'succeeded' }, siteBuilder)).status).toBe(200)
    expect(await buildStatus()).toMatchObject({ lastBuildState: 'succeeded', lastBuildMessage: '' })
  })
})

describe('the build-status global', () => {
  const get = (headers: Record<string, string>) =>
    handleEndpoints({ config: cms.payload.config, request: new Request('http://localhost:3000/api/globals/build-status', { headers }) })

  it('staff read it; anonymous visitors and the site builder do not', async () => {
    const { token } = await cms.payload.login({
      collection: 'users',
      data: { email: 'editor@test.example', password: 'test-password-123' },
    })
    expect((await get({ Authorization: `JWT ${token}` })).status).toBe(200)
    expect((await get({})).status).toBe(403)
    expect((await get({ Authorization: `users API-Key ${API_KEY}` })).status).toBe(403)
  })

  it('no user can write it, admins included', async () => {
    await expect(
      cms.payload.updateGlobal({ slug: 'build-status' as 'site-settings', data: { lastBuildState: 'succeeded' } as never, ...as('admin') }),
    ).rejects.toThrow()
  })
})
