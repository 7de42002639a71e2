import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { dutchDateTime } from '../../src/audit/record.ts'
import { ScheduleCell } from '../../src/components/Schedules/Cell.tsx'
import { plannedChanges } from '../../src/schedules/upcoming.ts'
import { type BuildHook, rebuildSettled, startBuildHook } from './buildHook.ts'
import { contentData, createUsers, type TestRole, type TestUser } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

// "Publicatie plannen" in the admin queues Payload's schedulePublish job; the CMS runs due jobs every
// minute (autoRun). Here the clock is moved instead of waiting, and the queue is run as autoRun does.
const DEBOUNCE_MS = 300
let hook: BuildHook
let cms: TestCms
let users: Record<TestRole, TestUser>
let n = 0

beforeAll(async () => {
  hook = await startBuildHook()
  process.env.SITE_BUILD_HOOK_URL = hook.url
  process.env.SITE_BUILD_DEBOUNCE_MS = String(DEBOUNCE_MS)
  process.env.NEWSLETTER_AUTORUN = 'false'
  // The test runs the queue itself (runDue), as a timer outside the CMS would.
  process.env.JOBS_RUN_EXTERNALLY = 'true'
  cms = await startTestCms('schedule-publish')
  users = await createUsers(cms.payload)
})
afterAll(async () => {
  await cms?.close()
  await hook?.close()
})
afterEach(() => {
  vi.useRealTimers()
})

const settled = () => rebuildSettled(DEBOUNCE_MS)

/** What the admin's schedule drawer does (schedulePublishHandler): queue the job with the planner as user. */
async function plan(id: number | string, type: 'publish' | 'unpublish', at: Date, by: TestRole) {
  return cms.payload.jobs.queue({
    task: 'schedulePublish',
    input: { type, doc: { relationTo: 'tips', value: String(id) }, user: { relationTo: 'users', value: users[by].id } } as never,
    waitUntil: at,
  })
}

/** What autoRun does every minute for the schedule queue. */
const runDue = () => cms.payload.jobs.run({ queue: 'default' })
const liveStatus = async (id: number | string) =>
  ((await cms.payload.findByID({ collection: 'tips', id, overrideAccess: true, depth: 0 })) as { _status?: string })._status
const moveClockTo = (at: Date) => vi.useFakeTimers({ toFake: ['Date'], now: at })

async function draftTip() {
  return cms.payload.create({
    collection: 'tips',
    draft: true,
    data: { ...contentData('tips', `plan${++n}`, {}), _status: 'draft' } as never,
    overrideAccess: true,
  })
}

describe('scheduled publishing runs', () => {
  it('a document list has the "Gepland" column by default', () => {
    expect(cms.payload.collections.tips?.config.admin.defaultColumns).toContain('scheduled')
    const drafts = cms.payload.collections.tips?.config.versions?.drafts as { schedulePublish?: unknown } | undefined
    expect(drafts?.schedulePublish).toEqual({ timeFormat: 'HH:mm', timeIntervals: 15 })
  })

  it('a plan whose time passed without a run shows as late, so a stopped runner does not hide it', async () => {
    const tip = await draftTip()
    await plan(tip.id, 'publish', new Date(Date.now() + 60_000), 'publisher')
    const [late] = (await plannedChanges(cms.payload, { collection: 'tips', id: tip.id }, new Date(Date.now() + 120_000))) ?? []
    expect(late).toMatchObject({ late: true, type: 'publish' })
    const cell = renderToStaticMarkup(await ScheduleCell({ payload: cms.payload, rowData: { id: tip.id }, collectionSlug: 'tips' }))
    expect(cell).not.toContain('te laat')
    // Taken off again (the drawer's remove), so the runs below do not publish it.
    await cms.payload.delete({ collection: 'payload-jobs', id: late?.jobId as number, overrideAccess: true })
    expect(await plannedChanges(cms.payload, { collection: 'tips', id: tip.id })).toEqual([])
  })

  it('the CMS runs the schedule queue every minute', () => {
    const autoRun = cms.payload.config.jobs.autoRun as { queue?: string; cron: string }[]
    expect(autoRun).toContainEqual(expect.objectContaining({ queue: 'default', cron: '* * * * *' }))
  })

  it("a publisher's planned publish goes live at its time, not before, rebuilds the site once and is used once", async () => {
    const tip = await draftTip()
    await settled()
    hook.hits.length = 0
    const at = new Date(Date.now() + 60 * 60_000)
    await plan(tip.id, 'publish', at, 'publisher')

    await runDue()
    expect(await liveStatus(tip.id)).toBe('draft')
    // The plan shows in the "Gepland" overview and in the list's "Gepland" column, in Amsterdam time.
    const planned = (await plannedChanges(cms.payload)).filter((p) => p.docId === String(tip.id))
    expect(planned).toEqual([
      expect.objectContaining({
        type: 'publish',
        collection: 'tips',
        title: tip.title,
        waitUntil: at.toISOString(),
        late: false,
        plannerId: users.publisher.id,
      }),
    ])
    const cell = renderToStaticMarkup(await ScheduleCell({ payload: cms.payload, rowData: { id: tip.id }, collectionSlug: 'tips' }))
    expect(cell).toContain(`Publiceren ${dutchDateTime(at)}`)

    moveClockTo(new Date(at.getTime() + 60_000))
    await runDue()
    vi.useRealTimers()
    expect(await liveStatus(tip.id)).toBe('published')
    expect((await plannedChanges(cms.payload)).filter((p) => p.docId === String(tip.id))).toEqual([])
    await settled()
    expect(hook.hits.map((h) => h.body)).toEqual([
      expect.objectContaining({ action: 'publish', slug: tip.slug, user: 'publisher@test.example' }),
    ])

    const jobs = await cms.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      overrideAccess: true,
    })
    const job = jobs.docs.find((j) => (j as { input?: { doc?: { value?: string } } }).input?.doc?.value === String(tip.id)) as
      | { completedAt?: string; hasError?: boolean }
      | undefined
    expect(job?.completedAt).toBeTruthy()
    expect(job?.hasError).toBeFalsy()

    const versions = await cms.payload.countVersions({ collection: 'tips', where: { parent: { equals: tip.id } }, overrideAccess: true })
    moveClockTo(new Date(at.getTime() + 5 * 60_000))
    await runDue()
    vi.useRealTimers()
    await settled()
    expect(hook.hits).toHaveLength(1)
    expect(await cms.payload.countVersions({ collection: 'tips', where: { parent: { equals: tip.id } }, overrideAccess: true })).toEqual(
      versions,
    )
  })

  it('a planned unpublish takes the page offline at its time', async () => {
    const tip = await cms.payload.create({
      collection: 'tips',
      data: { ...contentData('tips', `plan${++n}`, {}), _status: 'published' } as never,
      overrideAccess: true,
    })
    await settled()
    hook.hits.length = 0
    const at = new Date(Date.now() + 2 * 60 * 60_000)
    await plan(tip.id, 'unpublish', at, 'publisher')
    moveClockTo(new Date(at.getTime() + 60_000))
    await runDue()
    vi.useRealTimers()
    expect(await liveStatus(tip.id)).toBe('draft')
    await settled()
    expect(hook.hits.map((h) => h.body)).toEqual([expect.objectContaining({ action: 'unpublish', slug: tip.slug })])
  })

  it("an editor's planned publish publishes nothing (it runs with the editor's rights)", async () => {
    const tip = await draftTip()
    await settled()
    hook.hits.length = 0
    const at = new Date(Date.now() + 3 * 60 * 60_000)
    await plan(tip.id, 'publish', at, 'editor')
    moveClockTo(new Date(at.getTime() + 60_000))
    await runDue()
    vi.useRealTimers()
    expect(await liveStatus(tip.id)).toBe('draft')
    await settled()
    expect(hook.hits).toEqual([])
  })
})
