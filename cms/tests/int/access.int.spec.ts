import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_COLLECTIONS, contentData, createUsers, type TestRole, type TestUser } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'
import { SEED_IMAGE } from './paths.ts'

type Op = 'read' | 'create' | 'update' | 'delete'
type Who = TestRole | 'anonymous'
const WHO: Who[] = ['anonymous', 'editor', 'publisher', 'admin', 'site-builder']
const OPS: Op[] = ['read', 'create', 'update', 'delete']

// The expected matrix (see "Roles and access" in the README): what each role may do per collection.
const content: Record<Who, Op[]> = {
  anonymous: [],
  editor: ['read', 'create', 'update'],
  publisher: ['read', 'create', 'update', 'delete'],
  admin: ['read', 'create', 'update', 'delete'],
  'site-builder': ['read'],
}
const adminOnly: Record<Who, Op[]> = { anonymous: [], editor: [], publisher: [], admin: OPS, 'site-builder': [] }
const EXPECTED: Record<string, Record<Who, Op[]>> = {
  ...Object.fromEntries(CONTENT_COLLECTIONS.map((c) => [c, content])),
  media: content,
  subscribers: adminOnly,
  deliveries: adminOnly,
}

let cms: TestCms
let users: Record<TestRole, TestUser>
const published = new Map<string, string | number>()
const drafts = new Map<string, string | number>()
let counter = 0

beforeAll(async () => {
  cms = await startTestCms('access')
  const { payload } = cms
  users = await createUsers(payload)
  const offence = await payload.create({
    collection: 'offences',
    data: { ...contentData('offences', 'base', {}), _status: 'published' } as never,
    overrideAccess: true,
  })
  for (const c of CONTENT_COLLECTIONS) {
    const base = { collection: c as 'tips', overrideAccess: true }
    const pub = await payload.create({
      ...base,
      data: { ...contentData(c, `p${++counter}`, { offence: offence.id }), _status: 'published' } as never,
    })
    const draft = await payload.create({
      ...base,
      draft: true,
      data: { ...contentData(c, `d${++counter}`, { offence: offence.id }), _status: 'draft' } as never,
    })
    published.set(c, pub.id)
    drafts.set(c, draft.id)
  }
  const sub = await payload.create({
    collection: 'subscribers',
    data: { email: 'lezer@example.org', status: 'confirmed' },
    overrideAccess: true,
  })
  const issue = published.get('newsletter-issues')
  await payload.create({ collection: 'deliveries', data: { key: `1:${sub.id}`, issue, subscriber: sub.id } as never, overrideAccess: true })
  published.set('subscribers', sub.id)
  const media = await payload.create({ collection: 'media', data: { alt: 'Testafbeelding' }, filePath: SEED_IMAGE, overrideAccess: true })
  published.set('media', media.id)
})

afterAll(async () => cms?.close())

async function throwaway(collection: string): Promise<string | number> {
  const { payload } = cms
  const n = `t${++counter}`
  const data =
    collection === 'subscribers'
      ? { email: `${n}@example.org` }
      : collection === 'deliveries'
        ? { key: n, issue: published.get('newsletter-issues'), subscriber: published.get('subscribers') }
        : { ...contentData(collection, n, {}), _status: 'draft' }
  const doc = await payload.create({ collection: collection as 'tips', data: data as never, overrideAccess: true, draft: true })
  return doc.id
}

/** Runs one operation as `who` through the Local API with access enforced; returns whether it was allowed. */
async function attempt(who: Who, collection: string, op: Op): Promise<boolean> {
  const { payload } = cms
  const user = who === 'anonymous' ? undefined : users[who]
  const as = { collection: collection as 'tips', overrideAccess: false, user } as const
  try {
    if (op === 'read') {
      const res = await payload.find({ ...as, depth: 0 })
      return res.docs.length > 0
    }
    if (op === 'create') {
      if (collection === 'media') return false // covered by the upload test below
      const data =
        collection === 'subscribers'
          ? { email: `x${++counter}@example.org` }
          : collection === 'deliveries'
            ? { key: `k${++counter}`, issue: published.get('newsletter-issues'), subscriber: published.get('subscribers') }
            : { ...contentData(collection, `c${++counter}`, {}), _status: 'draft' }
      await payload.create({ ...as, data: data as never, draft: true })
      return true
    }
    const first = await payload.find({ collection: collection as 'tips', depth: 0, limit: 1, overrideAccess: true })
    const id = first.docs[0]?.id
    if (id === undefined) throw new Error(`nothing to ${op} in ${collection}`)
    if (op === 'update') {
      await payload.update({
        ...as,
        id,
        data: {} as never,
        draft: collection !== 'subscribers' && collection !== 'deliveries' && collection !== 'media',
      })
      return true
    }
    // Delete a throwaway copy so the shared documents stay for the other checks.
    const copy = await throwaway(collection)
    await payload.delete({ ...as, id: copy })
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401) return false
    throw error
  }
}

describe('access matrix (Local API, overrideAccess: false)', () => {
  for (const collection of Object.keys(EXPECTED)) {
    for (const who of WHO) {
      for (const op of OPS) {
        if (collection === 'media' && (op === 'create' || op === 'delete')) continue
        const allowed = (EXPECTED[collection] as Record<Who, Op[]>)[who].includes(op)
        it(`${who} ${allowed ? 'may' : 'may not'} ${op} ${collection}`, async () => {
          expect(await attempt(who, collection, op)).toBe(allowed)
        })
      }
    }
  }
})

describe('publishing rights', () => {
  it('an editor may save a draft but not publish', async () => {
    const { payload } = cms
    const data = { ...contentData('tips', `e${++counter}`, {}), _status: 'published' }
    await expect(
      payload.create({ collection: 'tips', data: data as never, overrideAccess: false, user: users.editor }),
    ).rejects.toMatchObject({ status: 403 })
    const draft = await payload.create({
      collection: 'tips',
      data: { ...data, _status: 'draft' } as never,
      draft: true,
      overrideAccess: false,
      user: users.editor,
    })
    await expect(
      payload.update({
        collection: 'tips',
        id: draft.id,
        data: { _status: 'published' } as never,
        overrideAccess: false,
        user: users.editor,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const published = await payload.update({
      collection: 'tips',
      id: draft.id,
      data: { _status: 'published' } as never,
      overrideAccess: false,
      user: users.publisher,
    })
    expect(published._status).toBe('published')
  })

  it('an editor cannot unpublish, and their draft edits never change the published document', async () => {
    const { payload } = cms
    const id = published.get('pages') as string | number
    const before = await payload.findByID({ collection: 'pages', id, overrideAccess: true })
    await payload.update({
      collection: 'pages',
      id,
      data: { _status: 'draft', title: 'Redacteur was hier' } as never,
      overrideAccess: false,
      user: users.editor,
    })
    const after = await payload.findByID({ collection: 'pages', id, overrideAccess: true })
    expect(after._status).toBe('published')
    expect(after.title).toBe(before.title)
    const latest = await payload.findByID({ collection: 'pages', id, draft: true, overrideAccess: true })
    expect(latest.title).toBe('Redacteur was hier')
  })

  it('the site-builder key sees published documents only', async () => {
    const { payload } = cms
    for (const c of CONTENT_COLLECTIONS) {
      const res = await payload.find({
        collection: c as 'tips',
        overrideAccess: false,
        user: users['site-builder'],
        pagination: false,
        depth: 0,
      })
      const ids = res.docs.map((d) => d.id)
      expect(ids, c).toContain(published.get(c))
      expect(ids, c).not.toContain(drafts.get(c))
      expect(
        res.docs.every((d) => (d as { _status?: string })._status === 'published'),
        c,
      ).toBe(true)
    }
  })

  it('the site-builder key cannot read versions or drafts', async () => {
    const { payload } = cms
    await expect(payload.findVersions({ collection: 'tips', overrideAccess: false, user: users['site-builder'] })).rejects.toMatchObject({
      status: 403,
    })
    const res = await payload.find({
      collection: 'tips',
      draft: true,
      overrideAccess: false,
      user: users['site-builder'],
      pagination: false,
    })
    expect(res.docs.map((d) => d.id)).not.toContain(drafts.get('tips'))
  })
})

describe('users', () => {
  it('a non-admin reads only their own account and cannot change their role', async () => {
    const { payload } = cms
    const res = await payload.find({ collection: 'users', overrideAccess: false, user: users.editor })
    expect(res.docs.map((d) => d.email)).toEqual(['editor@test.example'])
    const updated = await payload.update({
      collection: 'users',
      id: users.editor.id,
      data: { role: 'admin' } as never,
      overrideAccess: false,
      user: users.editor,
    })
    expect(updated.role).toBe('editor')
  })

  it('only admins create and delete users', async () => {
    const { payload } = cms
    const data = { email: 'nieuw@test.example', password: 'test-password-123', role: 'editor' } as never
    await expect(payload.create({ collection: 'users', data, overrideAccess: false, user: users.publisher })).rejects.toMatchObject({
      status: 403,
    })
    const created = await payload.create({ collection: 'users', data, overrideAccess: false, user: users.admin })
    await expect(
      payload.delete({ collection: 'users', id: created.id, overrideAccess: false, user: users.publisher }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.delete({ collection: 'users', id: created.id, overrideAccess: false, user: users.admin })
  })
})
