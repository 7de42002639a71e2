import { LIMITS } from '@hp/content-schemas'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richTextToLexical } from '../../src/fields/richText/fromContract.ts'
import { contentData, createUsers, jwtHeaders, SETTINGS } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

/*
 * Field limits hold for drafts too: a too-long title or body is refused on a draft save and on
 * publish, over REST (the admin's path), with a Dutch message on the field; nothing is stored.
 */

let cms: TestCms
const auth: Record<'editor' | 'publisher', string> = { editor: '', publisher: '' }
let counter = 0

beforeAll(async () => {
  cms = await startTestCms('limits')
  await createUsers(cms.payload)
  Object.assign(auth, await jwtHeaders(cms.payload, ['editor', 'publisher']))
  await cms.payload.updateGlobal({ slug: 'site-settings', data: SETTINGS as never, overrideAccess: true })
})
afterAll(async () => cms?.close())

const FIVE_MB = 5_000_000
const body = (text: string) =>
  richTextToLexical([{ type: 'paragraph', children: [{ type: 'text', text }] }], () => {
    throw new Error('no links')
  })

interface FieldError {
  path: string
  message: string
}

async function send(role: 'editor' | 'publisher', method: string, path: string, data: unknown) {
  const res = await handleEndpoints({
    config: cms.payload.config,
    request: new Request(`http://localhost:3000/api${path}`, {
      method,
      headers: { Authorization: auth[role], 'Content-Type': 'application/json', 'Accept-Language': 'nl' },
      body: JSON.stringify(data),
    }),
  })
  const json = (await res.json()) as { errors?: { data?: { errors?: FieldError[] } }[]; doc?: { id: string | number } }
  return { status: res.status, fieldErrors: json.errors?.flatMap((e) => e.data?.errors ?? []) ?? [], doc: json.doc }
}

const tip = (extra: Record<string, unknown> = {}) => ({ ...contentData('tips', `l${++counter}`, {}), ...extra })

const TITLE_MESSAGE = `Het veld "Titel" is te lang: maximaal ${LIMITS.title} tekens (nu 5.000.000). Maak de tekst korter.`
const BODY_MESSAGE = `Het veld "Tekst" is te lang: maximaal 20.000 tekens (nu 5.000.000). Maak de tekst korter.`

const storedTitles = async () =>
  (await cms.payload.find({ collection: 'tips', draft: true, limit: 0, depth: 0, overrideAccess: true })).docs.map((d) => d.title.length)

describe('a 5 MB title', () => {
  it("is refused on an editor's new draft, with the Dutch message on the title; nothing is saved", async () => {
    const res = await send('editor', 'POST', '/tips?draft=true', tip({ title: 't'.repeat(FIVE_MB), _status: 'draft' }))
    expect(res.status).toBe(400)
    expect(res.fieldErrors).toEqual([{ path: 'title', message: TITLE_MESSAGE }])
    expect(Math.max(0, ...(await storedTitles()))).toBeLessThanOrEqual(LIMITS.title)
  })

  it('is refused on a draft save over an existing document; the draft keeps its title', async () => {
    const created = await send('editor', 'POST', '/tips?draft=true', tip({ title: 'Kort en goed', _status: 'draft' }))
    expect(created.status).toBe(201)
    const id = created.doc?.id
    const res = await send('editor', 'PATCH', `/tips/${id}?draft=true`, { title: 't'.repeat(FIVE_MB), _status: 'draft' })
    expect(res.status).toBe(400)
    expect(res.fieldErrors).toEqual([{ path: 'title', message: TITLE_MESSAGE }])
    const draft = await cms.payload.findByID({ collection: 'tips', id: id as number, draft: true, overrideAccess: true })
    expect(draft.title).toBe('Kort en goed')
  })

  it('is refused on publish', async () => {
    const res = await send('publisher', 'POST', '/tips', tip({ title: 't'.repeat(FIVE_MB), _status: 'published' }))
    expect(res.status).toBe(400)
    expect(res.fieldErrors).toContainEqual({ path: 'title', message: TITLE_MESSAGE })
  })
})

describe('a 5 MB rich-text body', () => {
  it('is refused on publish, with the Dutch message on the body', async () => {
    const res = await send('publisher', 'POST', '/tips', tip({ body: body('b'.repeat(FIVE_MB)), _status: 'published' }))
    expect(res.status).toBe(400)
    expect(res.fieldErrors).toContainEqual({ path: 'body', message: BODY_MESSAGE })
    const live = await cms.payload.find({ collection: 'tips', where: { _status: { equals: 'published' } }, limit: 0, overrideAccess: true })
    expect(live.docs).toEqual([])
  })

  it('is refused on a draft save', async () => {
    const res = await send('editor', 'POST', '/tips?draft=true', tip({ body: body('b'.repeat(FIVE_MB)), _status: 'draft' }))
    expect(res.status).toBe(400)
    expect(res.fieldErrors).toEqual([{ path: 'body', message: BODY_MESSAGE }])
  })

  it('a body at the limit is saved and published', async () => {
    const res = await send('publisher', 'POST', '/tips', tip({ body: body('b'.repeat(LIMITS.richTextChars)), _status: 'published' }))
    expect(res.status, JSON.stringify(res.fieldErrors)).toBe(201)
  })
})

describe('site settings (a global with drafts)', () => {
  it('a draft with a too-long phone line is refused', async () => {
    const res = await send('publisher', 'POST', '/globals/site-settings?draft=true', {
      ...SETTINGS,
      adviceLine: { ...SETTINGS.adviceLine, phone: '0'.repeat(LIMITS.line + 1) },
      _status: 'draft',
    })
    expect(res.status).toBe(400)
    expect(res.fieldErrors).toEqual([
      {
        path: 'adviceLine.phone',
        message: `Het veld "Telefoon" is te lang: maximaal ${LIMITS.line} tekens (nu ${LIMITS.line + 1}). Maak de tekst korter.`,
      },
    ])
  })
})
