import { mailToSink, type SmtpSink, startSink } from '@hp/testing/smtp-sink'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEFAULT_REVIEW_MONTHS, REVIEW_MONTHS, reviewMonths } from '../../src/collections/shared/review.ts'
import { buildSiteContent } from '../../src/export/index.ts'
import { dueItems } from '../../src/review/due.ts'
import { REMINDER_TASK } from '../../src/review/reminders.ts'
import { type AuthApi, startAuthApi } from './authApi.ts'
import { type BuildHook, rebuildSettled, startBuildHook } from './buildHook.ts'
import { CONTENT_COLLECTIONS, contentData, jwtHeaders, SETTINGS } from './fixtures.ts'

// Review dates end to end: the defaults on create, the overview's data, "Gecontroleerd" over HTTP
// (also on a page with a pending draft), the organisation's "last verified" on the site, and the
// weekly reminder through the real mail transport (an SMTP server on loopback), sent once a week.

const DEBOUNCE_MS = 300
const DAY = 24 * 60 * 60 * 1000
let api: AuthApi
let sink: SmtpSink
let hook: BuildHook
let as: Record<'editor' | 'publisher' | 'admin', string>
let ids: Record<'editor' | 'publisher' | 'admin', number>
let n = 0
const saved = { ...process.env }

beforeAll(async () => {
  sink = await startSink()
  mailToSink(sink)
  hook = await startBuildHook()
  process.env.SITE_BUILD_HOOK_URL = hook.url
  process.env.SITE_BUILD_DEBOUNCE_MS = String(DEBOUNCE_MS)
  api = await startAuthApi('review-dates')
  as = await jwtHeaders(api.payload, ['editor', 'publisher', 'admin'] as const)
  const users = await api.payload.find({ collection: 'users', pagination: false, overrideAccess: true })
  ids = Object.fromEntries(users.docs.map((u) => [String((u as { role?: string }).role), u.id])) as typeof ids
  await api.payload.updateGlobal({ slug: 'site-settings', data: SETTINGS as never, overrideAccess: true })
}, 120_000)
afterAll(async () => {
  await api?.close()
  await sink?.close()
  await hook?.close()
  process.env = saved
})
afterEach(() => {
  vi.useRealTimers()
})

type Doc = Record<string, unknown> & { id: number; slug?: string }
const monthsLater = (from: number, months: number) => {
  const d = new Date(from)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d.getTime()
}
const read = async (collection: string, id: number, draft = false) =>
  (await api.payload.findByID({ collection: collection as never, id, draft, depth: 0, overrideAccess: true })) as unknown as Doc

describe('review dates on every content type', () => {
  it('every content collection has an owner and "Controleren vóór"; the defaults are in one table', () => {
    for (const slug of CONTENT_COLLECTIONS) {
      const fields = api.payload.collections[slug]?.config.flattenedFields.map((f) => f.name) ?? []
      expect(fields, slug).toEqual(expect.arrayContaining(['owner', 'reviewBefore', 'lastReviewedAt', 'lastReviewedBy']))
      expect(REVIEW_MONTHS[slug], `${slug} has a default in REVIEW_MONTHS`).toBeGreaterThan(0)
    }
    expect(reviewMonths('organisations')).toBe(6)
    expect(reviewMonths('checklists')).toBe(12)
    expect(reviewMonths('a-type-added-later')).toBe(DEFAULT_REVIEW_MONTHS)
  })

  it("a new document gets its type's review date and the creating editor as owner", async () => {
    const before = Date.now()
    const res = await api.call('POST', '/api/organisations?draft=true', {
      as: as.editor,
      body: { ...contentData('organisations', `rev${++n}`, {}), _status: 'draft' },
    })
    expect(res.status, res.text).toBe(201)
    const org = await read('organisations', (res.body as { doc: Doc }).doc.id, true)
    expect(org.owner).toBe(ids.editor)
    const due = new Date(String(org.reviewBefore)).getTime()
    expect(due).toBeGreaterThanOrEqual(monthsLater(before, 6) - DAY)
    expect(due).toBeLessThanOrEqual(monthsLater(Date.now(), 6) + DAY)

    const offence = await api.payload.create({
      collection: 'offences',
      data: { ...contentData('offences', `rev${++n}`, {}), _status: 'published' } as never,
      user: { ...(await read('users', ids.publisher)), collection: 'users' } as never,
    })
    const checklist = await api.payload.create({
      collection: 'checklists',
      data: { ...contentData('checklists', `rev${++n}`, { offence: offence.id }), _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    const cDue = new Date(String((checklist as unknown as Doc).reviewBefore)).getTime()
    expect(cDue).toBeGreaterThanOrEqual(monthsLater(before, 12) - DAY)
    expect((checklist as unknown as Doc).owner ?? null).toBeNull()
  })
})

describe('"Gecontroleerd"', () => {
  it('an editor marks a live organisation with a pending draft as reviewed: who and when are recorded, the date moves, the draft stays a draft, the site shows "last verified"', async () => {
    const created = await api.payload.create({
      collection: 'organisations',
      data: {
        ...contentData('organisations', `rev${++n}`, {}),
        _status: 'published',
        reviewBefore: new Date(Date.now() - 3 * DAY).toISOString(),
      } as never,
      overrideAccess: true,
    })
    const id = created.id as number
    // The editor's pending change, not yet published.
    expect(
      (await api.call('PATCH', `/api/organisations/${id}?draft=true`, { as: as.editor, body: { hours: 'Nieuwe tijden' } })).status,
    ).toBe(200)
    const before = await buildSiteContent(api.payload, { trustedCli: true }, 'http://localhost:3000')
    expect(before.organisations.find((o) => o.slug === created.slug)).toMatchObject({ exampleData: true })
    expect(before.organisations.find((o) => o.slug === created.slug)?.lastVerified).toBeUndefined()
    await rebuildSettled(DEBOUNCE_MS)
    hook.hits.length = 0

    expect((await api.call('POST', `/api/organisations/${id}/reviewed`)).status).toBe(401)
    expect(
      (await api.call('POST', `/api/organisations/${id}/reviewed`, { as: 'users API-Key test-site-builder-key-0123456789' })).status,
    ).toBe(403)
    const res = await api.call('POST', `/api/organisations/${id}/reviewed`, { as: as.editor })
    expect(res.status, res.text).toBe(200)
    expect((res.body as { message: string }).message).toMatch(/^Gecontroleerd/)
    const review = (res.body as { review: Record<string, unknown> }).review
    expect(review).toMatchObject({ lastReviewedBy: ids.editor, exampleData: false })

    // A save from a form opened before the review (old review fields in it) cannot put them back.
    const stale = await api.call('PATCH', `/api/organisations/${id}?draft=true`, {
      as: as.editor,
      body: { hours: 'Nieuwe tijden', lastReviewedAt: '2020-01-01T12:00:00.000Z', lastReviewedBy: ids.admin },
    })
    expect(stale.status, stale.text).toBe(200)

    const live = await read('organisations', id)
    const draft = await read('organisations', id, true)
    expect(live._status).toBe('published')
    expect(live.hours).not.toBe('Nieuwe tijden')
    expect(draft._status).toBe('draft')
    expect(draft.hours).toBe('Nieuwe tijden')
    for (const doc of [live, draft]) {
      expect(doc.lastReviewedBy).toBe(ids.editor)
      expect(Date.now() - new Date(String(doc.lastReviewedAt)).getTime()).toBeLessThan(60_000)
      expect(new Date(String(doc.reviewBefore)).getTime()).toBeGreaterThan(monthsLater(Date.now(), 6) - 2 * DAY)
      expect(doc.exampleData).toBe(false)
    }

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())
    const after = await buildSiteContent(api.payload, { trustedCli: true }, 'http://localhost:3000')
    expect(after.organisations.find((o) => o.slug === created.slug)).toMatchObject({ lastVerified: today, exampleData: false })
    await rebuildSettled(DEBOUNCE_MS)
    expect(hook.hits.map((h) => h.body)).toEqual([
      expect.objectContaining({ action: 'publish', slug: created.slug, user: 'editor@test.example' }),
    ])

    const log = await api.call('GET', `/api/audit-log?where[docId][equals]=${id}&sort=createdAt`, { as: as.admin })
    const actions = (log.body as { docs: { action: string; userEmail?: string }[] }).docs.map((e) => [e.action, e.userEmail])
    expect(actions.at(-1)).toEqual(['reviewed', 'editor@test.example'])
    expect(actions.filter(([a]) => a === 'published')).toHaveLength(1)
  })

  it('answers 404 in Dutch for a document that does not exist', async () => {
    const res = await api.call('POST', '/api/tips/999999/reviewed', { as: as.publisher })
    expect(res.status).toBe(404)
    expect((res.body as { message: string }).message).toContain('bestaat niet')
  })
})

describe('overdue and soon-due overview and the weekly reminder', () => {
  let overdueTip: Doc
  let soonTip: Doc
  let laterTip: Doc
  let adminTip: Doc

  beforeAll(async () => {
    const tip = async (owner: number, dueInDays: number) =>
      (await api.payload.create({
        collection: 'tips',
        data: {
          ...contentData('tips', `rev${++n}`, {}),
          _status: 'published',
          owner,
          reviewBefore: new Date(Date.now() + dueInDays * DAY).toISOString(),
        } as never,
        overrideAccess: true,
      })) as unknown as Doc
    overdueTip = await tip(ids.publisher, -10)
    soonTip = await tip(ids.publisher, 12)
    laterTip = await tip(ids.publisher, 200)
    adminTip = await tip(ids.admin, -1)
    await rebuildSettled(DEBOUNCE_MS)
  })

  it('lists overdue and soon-due content, each linking to its document, and leaves out what is not due', async () => {
    const items = await dueItems(api.payload)
    const find = (d: Doc) => items.find((i) => i.collection === 'tips' && i.id === d.id)
    expect(find(overdueTip)).toMatchObject({ overdue: true, adminPath: `/admin/collections/tips/${overdueTip.id}`, typeLabel: 'Tip' })
    expect(find(soonTip)).toMatchObject({ overdue: false })
    expect(find(laterTip)).toBeUndefined()
  })

  it('mails each owner once a week: a second run in the same week sends nothing, a week later it mails again', async () => {
    const run = async () => {
      await api.payload.jobs.queue({ task: REMINDER_TASK as never, input: {} as never, queue: 'default' })
      await api.payload.jobs.run({ queue: 'default' })
    }
    const mailsTo = (email: string) => sink.messages.filter((m) => m.to === email)
    sink.messages.length = 0

    await run()
    const deadline = Date.now() + 60_000
    while (sink.messages.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
    expect(mailsTo('publisher@test.example')).toHaveLength(1)
    expect(mailsTo('admin@test.example')).toHaveLength(1)
    const mail = mailsTo('publisher@test.example')[0]
    expect(mail?.subject).toMatch(/^Controleren: \d+ items?, \d+ te laat$/)
    expect(mail?.text).toContain(`"${overdueTip.title}"`)
    expect(mail?.text).toContain(`"${soonTip.title}"`)
    expect(mail?.text).not.toContain(`"${laterTip.title}"`)
    expect(mail?.text).toContain(`http://localhost:3000/admin/collections/tips/${overdueTip.id}`)
    expect(mail?.html).toContain(`href="http://localhost:3000/admin/collections/tips/${soonTip.id}"`)
    expect(mailsTo('admin@test.example')[0]?.text).toContain(`"${adminTip.title}"`)
    expect(mailsTo('editor@test.example')).toHaveLength(0)

    // The same week again (a retry, the next morning's run): nothing.
    await run()
    await new Promise((r) => setTimeout(r, 1000))
    expect(sink.messages).toHaveLength(2)

    // A week later: one mail per owner again.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(Date.now() + 7 * DAY) })
    await run()
    vi.useRealTimers()
    const later = Date.now() + 60_000
    while (sink.messages.length < 4 && Date.now() < later) await new Promise((r) => setTimeout(r, 100))
    expect(mailsTo('publisher@test.example')).toHaveLength(2)
    expect(mailsTo('admin@test.example')).toHaveLength(2)
  })

  it('the reminder runs every morning on the jobs queue the CMS runs', () => {
    const task = api.payload.config.jobs.tasks?.find((t) => t.slug === REMINDER_TASK) as { schedule?: { cron: string; queue: string }[] }
    expect(task?.schedule).toEqual([{ cron: '0 0 8 * * *', queue: 'default' }])
    const autoRun = api.payload.config.jobs.autoRun as { queue?: string }[]
    expect(autoRun).toContainEqual(expect.objectContaining({ queue: 'default' }))
  })
})
