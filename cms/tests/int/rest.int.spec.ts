import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_COLLECTIONS, contentData, createUsers, SETTINGS } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

// The real REST and GraphQL handlers, called in-process with fetch Requests (no server needed).
let cms: TestCms
const API_KEY = 'test-site-builder-key-0123456789'

beforeAll(async () => {
  cms = await startTestCms('rest')
  await createUsers(cms.payload)
  const offence = await cms.payload.create({
    collection: 'offences',
    data: { ...contentData('offences', 'o', {}), _status: 'published' } as never,
    overrideAccess: true,
  })
  await cms.payload.create({
    collection: 'tips',
    data: { ...contentData('tips', 'pub', {}), _status: 'published' } as never,
    overrideAccess: true,
  })
  await cms.payload.create({
    collection: 'tips',
    draft: true,
    data: { ...contentData('tips', 'draft', {}), title: 'CONCEPT-NIET-PUBLICEREN', _status: 'draft' } as never,
    overrideAccess: true,
  })
  expect(offence.id).toBeDefined()
  await cms.payload.updateGlobal({ slug: 'site-settings', data: SETTINGS as never, overrideAccess: true })
})
afterAll(async () => cms?.close())

const request = (path: string, init: RequestInit = {}) =>
  handleEndpoints({ config: cms.payload.config, request: new Request(`http://localhost:3000${path}`, init) })
const asSiteBuilder = { headers: { Authorization: `users API-Key ${API_KEY}` } }

describe('anonymous REST requests are refused', () => {
  const paths = [
    ...CONTENT_COLLECTIONS.map((c) => `/api/${c}`),
    '/api/tips?draft=true',
    '/api/tips/versions',
    '/api/tips?limit=0',
    '/api/tips?depth=10',
    '/api/tips?where[_status][equals]=draft',
    '/api/media',
    '/api/users',
    '/api/subscribers',
    '/api/deliveries',
    '/api/globals/site-settings',
    '/api/globals/site-settings/versions',
  ]
  for (const path of paths) {
    it(`GET ${path} → 403 without content`, async () => {
      const res = await request(path)
      expect(res.status).toBe(403)
      const text = await res.text()
      expect(text).not.toContain('Test tips')
      expect(text).not.toContain('CONCEPT-NIET-PUBLICEREN')
    })
  }

  it('GET /api/site-content → 401', async () => {
    expect((await request('/api/site-content')).status).toBe(401)
  })
})

describe('anonymous GraphQL requests get no data', () => {
  it('a list query answers with an error and no documents', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const res = await GRAPHQL_POST(cms.payload.config)(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ Tips(draft: true, limit: 0) { docs { title } } }' }),
      }),
    )
    const text = await res.text()
    expect(text).not.toContain('Test tips')
    expect(text).not.toContain('CONCEPT-NIET-PUBLICEREN')
    const body = JSON.parse(text) as { errors?: unknown[]; data?: { Tips?: unknown } }
    expect(body.errors?.length ?? 0).toBeGreaterThan(0)
    expect(body.data?.Tips ?? null).toBeNull()
  })
})

describe('the site-builder API key', () => {
  it('reads published documents but never drafts, even with ?draft=true', async () => {
    const res = await request('/api/tips?draft=true&limit=0', asSiteBuilder)
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text).toContain('Test tips pub')
    expect(text).not.toContain('CONCEPT-NIET-PUBLICEREN')
  })

  it('cannot write', async () => {
    const res = await request('/api/tips', {
      method: 'POST',
      headers: { ...asSiteBuilder.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(contentData('tips', 'sb', {})),
    })
    expect(res.status).toBe(403)
  })

  it('exports the published bundle from /api/site-content', async () => {
    const res = await request('/api/site-content', asSiteBuilder)
    const body = (await res.json()) as { tips?: { slug: string }[]; problems?: string[] }
    expect(res.status, JSON.stringify(body.problems)).toBe(200)
    expect(body.tips?.map((t) => t.slug)).toEqual(['test-tips-pub'])
  })
})
