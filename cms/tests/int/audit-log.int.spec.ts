import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { type AuthApi, startAuthApi, WHO, type Who } from './authApi.ts'
import { contentData, jwtHeaders, SETTINGS } from './fixtures.ts'

// The audit log over real HTTP: who may read it (admins), that nobody can write, change or delete
// it through the API, and what the CMS writes into it for publishing, unpublishing, deleting,
// restoring, scheduling and sending (and that a draft save is not logged).

let api: AuthApi
let as: Record<'editor' | 'publisher' | 'admin', string>
let n = 0

interface Entry {
  id: number
  action: string
  summary: string
  collectionSlug?: string
  docId?: string
  docTitle?: string
  userEmail?: string
  at?: string
}

beforeAll(async () => {
  process.env.NEWSLETTER_AUTORUN = 'false'
  process.env.JOBS_RUN_EXTERNALLY = 'true'
  delete process.env.SITE_BUILD_HOOK_URL
  api = await startAuthApi('audit-log')
  as = await jwtHeaders(api.payload, ['editor', 'publisher', 'admin'] as const)
  await api.payload.updateGlobal({ slug: 'site-settings', data: SETTINGS as never, overrideAccess: true })
}, 120_000)
afterAll(async () => {
  await api?.close()
})
afterEach(() => {
  vi.useRealTimers()
})

const headerOf = (who: Who): string | undefined =>
  who === 'anonymous' ? undefined : who === 'site-builder' ? 'users API-Key test-site-builder-key-0123456789' : as[who]

/** The log as an admin reads it, oldest first, for one document. */
async function entriesFor(collection: string, docId: string | number): Promise<Entry[]> {
  const res = await api.call(
    'GET',
    `/api/audit-log?where[collectionSlug][equals]=${collection}&where[docId][equals]=${docId}&sort=createdAt&limit=100`,
    { as: as.admin },
  )
  expect(res.status).toBe(200)
  return (res.body as { docs: Entry[] }).docs
}

async function tipAs(who: 'editor' | 'publisher', status: 'draft' | 'published') {
  const res = await api.call('POST', `/api/tips${status === 'draft' ? '?draft=true' : ''}`, {
    as: as[who],
    body: { ...contentData('tips', `audit${++n}`, {}), _status: status },
  })
  expect(res.status, res.text).toBe(201)
  return (res.body as { doc: { id: number; title: string; slug: string } }).doc
}

describe('who may read and write the audit log', () => {
  it('only admins read it; nobody creates, changes or deletes an entry over the API, not even an admin', async () => {
    const tip = await tipAs('publisher', 'published')
    const [entry] = await entriesFor('tips', tip.id)
    expect(entry).toBeDefined()
    const matrix: Record<string, Record<Who, number>> = {}
    for (const who of WHO) {
      const h = headerOf(who)
      const row = {} as Record<Who, number>
      matrix[who] = row
      const read = await api.call('GET', '/api/audit-log', { as: h })
      const one = await api.call('GET', `/api/audit-log/${entry?.id}`, { as: h })
      const create = await api.call('POST', '/api/audit-log', { as: h, body: { action: 'published', summary: 'vals' } })
      const update = await api.call('PATCH', `/api/audit-log/${entry?.id}`, { as: h, body: { summary: 'veranderd' } })
      const remove = await api.call('DELETE', `/api/audit-log/${entry?.id}`, { as: h })
      const bulkRemove = await api.call('DELETE', `/api/audit-log?where[id][exists]=true`, { as: h })
      Object.assign(row, {
        read: read.status,
        one: one.status,
        create: create.status,
        update: update.status,
        remove: remove.status,
        bulk: bulkRemove.status,
      })
      if (who === 'admin') {
        expect((read.body as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
      } else {
        expect([401, 403]).toContain(read.status)
        expect([401, 403, 404]).toContain(one.status)
      }
      expect([401, 403], `${who} create`).toContain(create.status)
      expect([401, 403, 404], `${who} update`).toContain(update.status)
      expect([401, 403, 404], `${who} delete`).toContain(remove.status)
      // A bulk delete answers 200 with errors, or 403: either way nothing goes.
      if (bulkRemove.status === 200) expect((bulkRemove.body as { docs: unknown[] }).docs).toEqual([])
    }
    expect(matrix.admin).toMatchObject({ read: 200, one: 200 })
    const after = await entriesFor('tips', tip.id)
    expect(after).toEqual([entry])
    expect(after[0]?.summary).not.toBe('veranderd')
  })

  it('the log is hidden from the admin navigation for everyone but admins', () => {
    const hidden = api.payload.collections['audit-log']?.config.admin.hidden
    expect(typeof hidden).toBe('function')
    const check = hidden as (args: { user: unknown }) => boolean
    expect(check({ user: { role: 'admin' } })).toBe(false)
    for (const role of ['publisher', 'editor', 'site-builder']) expect(check({ user: { role } })).toBe(true)
  })
})

describe('what the log records', () => {
  it("an editor's draft saves are not logged; the publisher's publish, unpublish, restore and delete are, with who and what", async () => {
    const tip = await tipAs('editor', 'draft')
    const save = await api.call('PATCH', `/api/tips/${tip.id}?draft=true`, { as: as.editor, body: { summary: 'Nieuwe samenvatting.' } })
    expect(save.status, save.text).toBe(200)
    // An editor's non-draft save is made a draft too (keepEditorsToDrafts): still nothing published, nothing logged.
    const save2 = await api.call('PATCH', `/api/tips/${tip.id}`, { as: as.editor, body: { summary: 'Nog een samenvatting.' } })
    expect(save2.status, save2.text).toBe(200)
    expect(await entriesFor('tips', tip.id)).toEqual([])

    const publish = await api.call('PATCH', `/api/tips/${tip.id}`, { as: as.publisher, body: { _status: 'published' } })
    expect(publish.status, publish.text).toBe(200)
    // A draft over the live page: not logged.
    expect((await api.call('PATCH', `/api/tips/${tip.id}?draft=true`, { as: as.publisher, body: { summary: 'Concept.' } })).status).toBe(
      200,
    )
    const unpublish = await api.call('PATCH', `/api/tips/${tip.id}`, { as: as.publisher, body: { _status: 'draft' } })
    expect(unpublish.status, unpublish.text).toBe(200)
    const versions = await api.call(
      'GET',
      `/api/tips/versions?where[parent][equals]=${tip.id}&where[version._status][equals]=published&limit=1`,
      {
        as: as.publisher,
      },
    )
    const versionId = (versions.body as { docs: { id: number }[] }).docs[0]?.id
    expect(versionId).toBeDefined()
    const restore = await api.call('POST', `/api/tips/versions/${versionId}?draft=false`, { as: as.publisher })
    expect(restore.status, restore.text).toBe(200)
    const remove = await api.call('DELETE', `/api/tips/${tip.id}`, { as: as.admin })
    expect(remove.status, remove.text).toBe(200)

    const log = await entriesFor('tips', tip.id)
    expect(log.map((e) => [e.action, e.userEmail])).toEqual([
      ['published', 'publisher@test.example'],
      ['unpublished', 'publisher@test.example'],
      ['restored', 'publisher@test.example'],
      ['deleted', 'admin@test.example'],
    ])
    for (const e of log) expect(e).toMatchObject({ collectionSlug: 'tips', docTitle: tip.title })
    expect(log[0]?.summary).toBe(`Gepubliceerd: Tip "${tip.title}"`)
    expect(log[2]?.summary).toBe(`Versie hersteld: Tip "${tip.title}" (en gepubliceerd)`)
  })

  it("a planned publish is logged when it is planned, with the planner and the time; when it runs, the publish is logged as the planner's", async () => {
    const tip = await tipAs('editor', 'draft')
    const publisher = (await api.payload.find({ collection: 'users', where: { email: { equals: 'publisher@test.example' } } })).docs[0]
    const at = new Date('2030-03-04T09:30:00Z')
    // What the admin's schedule drawer does (schedulePublishHandler).
    await api.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'tips', value: String(tip.id) },
        user: { relationTo: 'users', value: publisher?.id },
      } as never,
      waitUntil: at,
    })
    // SQLite may give the new tip the id of the one deleted above: its entries are told apart by title.
    const ofThisTip = async () => (await entriesFor('tips', tip.id)).filter((e) => e.docTitle === tip.title)
    const [planned] = await ofThisTip()
    expect(planned).toMatchObject({ action: 'scheduled', userEmail: 'publisher@test.example', docTitle: tip.title, at: at.toISOString() })
    expect(planned?.summary).toBe(`Gepland: Tip "${tip.title}" op 04-03-2030 10:30 (publiceren)`)

    vi.useFakeTimers({ toFake: ['Date'], now: new Date(at.getTime() + 60_000) })
    await api.payload.jobs.run({ queue: 'default' })
    vi.useRealTimers()
    const log = await ofThisTip()
    expect(log.map((e) => [e.action, e.userEmail])).toEqual([
      ['scheduled', 'publisher@test.example'],
      ['published', 'publisher@test.example'],
    ])
  })

  it('sending a newsletter is logged with the sender', async () => {
    const issue = await api.payload.create({
      collection: 'newsletter-issues',
      data: { ...contentData('newsletter-issues', '71', {}), _status: 'published' } as never,
      overrideAccess: true,
    })
    const res = await api.call('POST', `/api/newsletter/issues/${issue.id}/send`, { as: as.publisher })
    expect(res.status, res.text).toBe(202)
    const log = (await entriesFor('newsletter-issues', issue.id)).filter((e) => e.action === 'sent')
    expect(log.map((e) => [e.action, e.userEmail])).toEqual([['sent', 'publisher@test.example']])
    expect(log[0]?.summary).toContain('Nieuwsbrief verstuurd: Nieuwsbrief')
  })
})
