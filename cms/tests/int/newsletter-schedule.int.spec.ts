import { type SmtpSink, startSink } from '@hp/testing/smtp-sink'
import { handleEndpoints } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { dutchDateTime } from '../../src/audit/record.ts'
import { ScheduleCell } from '../../src/components/Schedules/Cell.tsx'
import { parseDutchDateTime } from '../../src/newsletter/schedule.ts'
import { plannedChanges } from '../../src/schedules/upcoming.ts'
import { contentData, createUsers, jwtHeaders, SETTINGS } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

/*
 * "Versturen plannen" on a newsletter issue: a job on the schedule queue at an Amsterdam time,
 * shown in "Gepland" and the audit log; at its time the subscribers get the issue exactly once
 * (real SMTP server on loopback); it can be cancelled; it is refused where no runner runs.
 * The clock is moved instead of waiting; the queues are run as the worker runs them.
 */

let cms: TestCms
let sink: SmtpSink
let auth: Record<'editor' | 'publisher', string>
const saved = { ...process.env }
const READERS = ['lezer1@test.example', 'lezer2@test.example', 'lezer3@test.example']
let issueNumber = 400

beforeAll(async () => {
  sink = await startSink()
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_SECURE: 'false',
    NEWSLETTER_RATE_PER_SECOND: '100000',
    NEWSLETTER_AUTORUN: 'false',
    // A worker runs the queues (`npm run worker`): here the test is that worker.
    JOBS_AUTORUN: 'false',
  })
  cms = await startTestCms('newsletter-schedule')
  await createUsers(cms.payload)
  auth = await jwtHeaders(cms.payload, ['editor', 'publisher'] as const)
  await cms.payload.updateGlobal({ slug: 'site-settings', data: SETTINGS as never, overrideAccess: true })
  for (const email of READERS)
    await cms.payload.create({ collection: 'subscribers', data: { email, status: 'confirmed' } as never, overrideAccess: true })
})
afterAll(async () => {
  await cms?.close()
  await sink?.close()
  process.env = saved
})
afterEach(() => {
  vi.useRealTimers()
})

const call = (path: string, role: 'editor' | 'publisher' | null, init: RequestInit = {}) =>
  handleEndpoints({
    config: cms.payload.config,
    request: new Request(new URL(path, 'http://localhost:3000'), {
      ...init,
      headers: { 'Content-Type': 'application/json', ...(role ? { Authorization: auth[role] } : {}) },
    }),
  })
const plan = (id: string | number, at: string, role: 'editor' | 'publisher' = 'publisher') =>
  call(`/api/newsletter/issues/${id}/schedule`, role, { method: 'POST', body: JSON.stringify({ at }) })
const messageOf = async (res: Response) => {
  const body = (await res.json()) as { message?: string; error?: string }
  return body.message ?? body.error ?? ''
}

async function issue(status: 'published' | 'draft' = 'published') {
  const n = ++issueNumber
  return cms.payload.create({
    collection: 'newsletter-issues',
    draft: status === 'draft',
    data: { ...contentData('newsletter-issues', String(n), {}), title: `Nieuwsbrief ${n}`, _status: status } as never,
    overrideAccess: true,
  })
}
/** An Amsterdam time `minutes` from now, as an editor types it (whole minutes). */
const typed = (minutes: number) => dutchDateTime(new Date(Date.now() + minutes * 60_000))
const moveClockTo = (at: Date) => vi.useFakeTimers({ toFake: ['Date'], now: at })
/** What the worker does every few seconds: the schedule queue, then the newsletter queue. */
async function runQueues() {
  await cms.payload.jobs.run({ queue: 'default' })
  await cms.payload.jobs.run({ queue: 'newsletter' })
}
const mailsFor = (title: string) => sink.messages.filter((m) => m.subject.includes(title))
const auditOf = async (id: string | number) =>
  (
    await cms.payload.find({
      collection: 'audit-log' as never,
      where: { docId: { equals: String(id) } },
      sort: 'createdAt',
      overrideAccess: true,
    })
  ).docs.map((d) => d as unknown as { action: string; summary: string } as { action: string; summary: string })

describe('Dutch times', () => {
  it('reads dd-mm-jjjj uu:mm as Amsterdam time, winter and summer, and refuses what does not exist', () => {
    expect(parseDutchDateTime('24-12-2026 09:00').toISOString()).toBe('2026-12-24T08:00:00.000Z')
    expect(parseDutchDateTime('1-7-2026 9.30').toISOString()).toBe('2026-07-01T07:30:00.000Z')
    expect(() => parseDutchDateTime('2026-12-24T09:00')).toThrow('schrijf het als dd-mm-jjjj uu:mm')
    expect(() => parseDutchDateTime('31-02-2026 10:00')).toThrow('bestaat niet')
    // 29 March 2026: the clocks go from 02:00 to 03:00.
    expect(() => parseDutchDateTime('29-03-2026 02:30')).toThrow('bestaat niet')
  })
})

describe('Versturen plannen', () => {
  it('sends at the planned time, once, to every subscriber; shows in Gepland and the audit log', async () => {
    const doc = await issue()
    const at = typed(120)
    const res = await plan(doc.id, at)
    expect(res.status).toBe(201)
    expect(await messageOf(res)).toBe(`Verzending gepland op ${at} (Nederlandse tijd).`)
    const due = parseDutchDateTime(at)

    const status = (await (await call(`/api/newsletter/issues/${doc.id}/schedule`, 'editor')).json()) as {
      available: boolean
      planned: { atText: string } | null
    }
    expect(status).toMatchObject({ available: true, planned: { atText: at } })
    const planned = (await plannedChanges(cms.payload)).filter((p) => p.docId === String(doc.id))
    expect(planned).toEqual([expect.objectContaining({ type: 'send', collection: 'newsletter-issues', title: doc.title, late: false })])
    const cell = renderToStaticMarkup(
      await ScheduleCell({ payload: cms.payload, rowData: { id: doc.id }, collectionSlug: 'newsletter-issues' }),
    )
    expect(cell).toContain(`Versturen ${at}`)
    expect((await auditOf(doc.id)).map((a) => a.summary)).toContain(`Gepland: Nieuwsbrief "${doc.title}" op ${at} (versturen)`)

    // Before its time nothing goes out.
    await runQueues()
    expect(mailsFor(doc.title as string)).toEqual([])

    moveClockTo(new Date(due.getTime() + 30_000))
    await runQueues()
    vi.useRealTimers()
    const sent = mailsFor(doc.title as string)
    expect(sent.map((m) => m.to).sort()).toEqual(READERS)

    // Later runs (and a worker that runs the queues again) send nothing more; the plan is used up.
    moveClockTo(new Date(due.getTime() + 10 * 60_000))
    await runQueues()
    await runQueues()
    vi.useRealTimers()
    expect(mailsFor(doc.title as string)).toHaveLength(READERS.length)
    expect((await plannedChanges(cms.payload)).filter((p) => p.docId === String(doc.id))).toEqual([])
    const audit = await auditOf(doc.id)
    expect(audit.filter((a) => a.action === 'sent').map((a) => a.summary)).toEqual([
      `Nieuwsbrief verstuurd: Nieuwsbrief "${doc.title}" (gepland)`,
    ])
  })

  it('can be cancelled: nothing is sent at the time, and the log says who cancelled', async () => {
    const doc = await issue()
    const at = typed(180)
    expect((await plan(doc.id, at)).status).toBe(201)
    const cancel = await call(`/api/newsletter/issues/${doc.id}/schedule`, 'publisher', { method: 'DELETE' })
    expect(cancel.status).toBe(200)
    expect(await messageOf(cancel)).toBe(`De verzending van ${at} is geannuleerd.`)
    expect((await plannedChanges(cms.payload)).filter((p) => p.docId === String(doc.id))).toEqual([])
    moveClockTo(new Date(parseDutchDateTime(at).getTime() + 60_000))
    await runQueues()
    vi.useRealTimers()
    expect(mailsFor(doc.title as string)).toEqual([])
    expect((await auditOf(doc.id)).map((a) => a.summary)).toContain(`Planning geannuleerd: Nieuwsbrief "${doc.title}" op ${at} (versturen)`)
    expect((await call(`/api/newsletter/issues/${doc.id}/schedule`, 'publisher', { method: 'DELETE' })).status).toBe(404)
  })

  it('an issue taken offline before its time is not sent, and the panel says why', async () => {
    const doc = await issue()
    const at = typed(240)
    expect((await plan(doc.id, at)).status).toBe(201)
    await cms.payload.update({ collection: 'newsletter-issues', id: doc.id, data: { _status: 'draft' } as never, overrideAccess: true })
    // The job tries three times (retries: 2), a minute apart as the worker's runs are, then gives up.
    for (let minute = 1; minute <= 4; minute++) {
      moveClockTo(new Date(parseDutchDateTime(at).getTime() + minute * 60_000))
      await runQueues()
    }
    vi.useRealTimers()
    expect(mailsFor(doc.title as string)).toEqual([])
    expect((await plannedChanges(cms.payload)).filter((p) => p.docId === String(doc.id))).toEqual([])
    const status = (await (await call(`/api/newsletter/issues/${doc.id}/schedule`, 'editor')).json()) as {
      planned: unknown
      failed: { atText: string; reason: string } | null
    }
    expect(status.planned).toBeNull()
    expect(status.failed).toEqual({ atText: at, reason: expect.stringContaining('Publiceer hem eerst') })
  })

  it('refuses, in Dutch, what it cannot carry out', async () => {
    const doc = await issue()
    expect((await plan(doc.id, typed(60), 'editor')).status).toBe(403)
    expect((await call(`/api/newsletter/issues/${doc.id}/schedule`, null)).status).toBe(401)
    const wrong = await plan(doc.id, 'morgen om negen uur')
    expect(wrong.status).toBe(400)
    expect(await messageOf(wrong)).toContain('dd-mm-jjjj uu:mm')
    const past = await plan(doc.id, typed(-60))
    expect(past.status).toBe(400)
    expect(await messageOf(past)).toContain('is al voorbij')
    const draft = await issue('draft')
    const unpublished = await plan(draft.id, typed(60))
    expect(unpublished.status).toBe(409)
    expect(await messageOf(unpublished)).toContain('nog niet gepubliceerd')
    expect((await plan(doc.id, typed(60))).status).toBe(201)
    const twice = await plan(doc.id, typed(90))
    expect(twice.status).toBe(409)
    expect(await messageOf(twice)).toContain('Er is al een verzending gepland')
    await call(`/api/newsletter/issues/${doc.id}/schedule`, 'publisher', { method: 'DELETE' })
  })

  it('is not offered, and refused, while nothing runs the jobs queue', async () => {
    const doc = await issue()
    Object.assign(process.env, { JOBS_AUTORUN: 'true', NEWSLETTER_AUTORUN: 'false', JOBS_RUN_EXTERNALLY: 'false' })
    try {
      const status = (await (await call(`/api/newsletter/issues/${doc.id}/schedule`, 'publisher')).json()) as { available: boolean }
      expect(status.available).toBe(false)
      const refused = await plan(doc.id, typed(60))
      expect(refused.status).toBe(409)
      expect(await messageOf(refused)).toContain('er draait niets dat geplande taken uitvoert')
    } finally {
      process.env.JOBS_AUTORUN = 'false'
    }
    expect((await plannedChanges(cms.payload)).filter((p) => p.docId === String(doc.id))).toEqual([])
  })
})
