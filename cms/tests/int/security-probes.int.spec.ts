import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { contentData, createUsers } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

// What an anonymous visitor can get out of the CMS API: nothing. Every collection and global of the
// running config (Payload's own included) is probed over REST and GraphQL, with the tricks that
// have leaked data in other CMSs (drafts, versions, deep population, introspection, mutations).

let cms: TestCms
const DRAFT = 'CONCEPT-GEHEIM-7391'
const PUBLISHED = 'GEPUBLICEERD-ALLEEN-VIA-SITE-4410'
const SUBSCRIBER = 'abonnee-geheim@test.example'

beforeAll(async () => {
  cms = await startTestCms('security-probes')
  await createUsers(cms.payload)
  await cms.payload.create({
    collection: 'tips',
    data: { ...contentData('tips', 'pub', {}), title: PUBLISHED, _status: 'published' } as never,
    overrideAccess: true,
  })
  await cms.payload.create({
    collection: 'tips',
    draft: true,
    data: { ...contentData('tips', 'draft', {}), title: DRAFT, _status: 'draft' } as never,
    overrideAccess: true,
  })
  await cms.payload.create({
    collection: 'subscribers',
    data: { email: SUBSCRIBER, status: 'confirmed', sectors: [] } as never,
    overrideAccess: true,
    context: { seed: true },
  })
})
afterAll(async () => cms?.close())

const rest = (path: string, init: RequestInit = {}) =>
  handleEndpoints({ config: cms.payload.config, request: new Request(`http://localhost:3000${path}`, init) })
const graphql = async (query: string): Promise<{ status: number; text: string }> => {
  const res = await GRAPHQL_POST(cms.payload.config)(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )
  return { status: res.status, text: await res.text() }
}
const SECRETS = [DRAFT, PUBLISHED, SUBSCRIBER, 'admin@test.example', 'editor@test.example', 'hash', 'salt', 'apiKey']
const expectNoSecrets = (text: string, where: string) => {
  for (const secret of SECRETS) expect(text, `${where} leaks ${secret}`).not.toContain(secret)
}

describe('anonymous REST probes', () => {
  it('every collection, with drafts, versions, deep population and filters, gives no data', async () => {
    const probes = ['', '?draft=true', '/versions', '?depth=10', '?limit=0&where[_status][equals]=draft', '?locale=*&fallback-locale=none']
    let count = 0
    for (const { slug } of cms.payload.config.collections) {
      for (const probe of probes) {
        const res = await rest(`/api/${slug}${probe}`)
        const text = await res.text()
        expectNoSecrets(text, `GET /api/${slug}${probe}`)
        // Refused, or (Payload's preferences: a lookup by key) an empty answer.
        if (res.status === 200) expect(JSON.parse(text), `GET /api/${slug}${probe}`).toMatchObject({ value: null })
        else expect([401, 403, 404, 501], `GET /api/${slug}${probe} → ${res.status}`).toContain(res.status)
        count++
      }
    }
    expect(count).toBeGreaterThanOrEqual(17 * probes.length)
  })

  it('every global and its versions are refused', async () => {
    for (const { slug } of cms.payload.config.globals) {
      for (const probe of ['', '/versions', '?draft=true']) {
        const res = await rest(`/api/globals/${slug}${probe}`)
        expect(res.status, `GET /api/globals/${slug}${probe}`).toBe(403)
        expectNoSecrets(await res.text(), slug)
      }
    }
  })

  it('the published bundle for the site is refused without the site-builder key (and with a wrong one)', async () => {
    expect((await rest('/api/site-content')).status).toBe(401)
    const wrong = await rest('/api/site-content', { headers: { Authorization: 'users API-Key not-the-key-0000000000000000' } })
    expect(wrong.status).toBe(401)
    expectNoSecrets(await wrong.text(), 'site-content')
  })

  it('anonymous writes to every collection are refused and change nothing', async () => {
    const tips = await cms.payload.count({ collection: 'tips', overrideAccess: true })
    for (const { slug } of cms.payload.config.collections) {
      const post = await rest(`/api/${slug}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"title":"x"}' })
      expect([401, 403, 404, 501], `POST /api/${slug} → ${post.status}`).toContain(post.status)
      const del = await rest(`/api/${slug}?where[id][exists]=true`, { method: 'DELETE' })
      expect([401, 403, 404, 501], `DELETE /api/${slug} → ${del.status}`).toContain(del.status)
    }
    expect(await cms.payload.count({ collection: 'tips', overrideAccess: true })).toEqual(tips)
  })
})

describe('anonymous GraphQL probes', () => {
  it('introspection is refused in production', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    try {
      const res = await graphql('{ __schema { types { name } } }')
      expect(res.text).toContain('introspection is not allowed')
      expect(res.text).not.toContain('"types"')
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('every list query, with drafts, gives no documents', async () => {
    // The names come from the schema (introspection works outside production).
    const schema = JSON.parse((await graphql('{ __schema { queryType { fields { name args { name } } } } }')).text) as {
      data: { __schema: { queryType: { fields: { name: string; args: { name: string }[] }[] } } }
    }
    const lists = schema.data.__schema.queryType.fields.filter(
      (f) => f.args.some((a) => a.name === 'where') && f.args.some((a) => a.name === 'limit'),
    )
    expect(lists.length).toBeGreaterThanOrEqual(15)
    for (const list of lists) {
      const draft = list.args.some((a) => a.name === 'draft') ? '(draft: true, limit: 0)' : '(limit: 0)'
      const res = await graphql(`{ ${list.name}${draft} { totalDocs } }`)
      expectNoSecrets(res.text, list.name)
      const body = JSON.parse(res.text) as { data?: Record<string, { totalDocs: number } | null> }
      expect(body.data?.[list.name] ?? null, `${list.name} answered ${res.text.slice(0, 200)}`).toBeNull()
    }
  })

  it('every update and delete mutation is refused and changes nothing', async () => {
    const schema = JSON.parse((await graphql('{ __schema { mutationType { fields { name args { name type { kind } } } } } }')).text) as {
      data: { __schema: { mutationType: { fields: { name: string; args: { name: string; type: { kind: string } }[] }[] } } }
    }
    const tip = await cms.payload.find({ collection: 'tips', overrideAccess: true, limit: 1, depth: 0 })
    const id = JSON.stringify(tip.docs[0]?.id)
    const targets = schema.data.__schema.mutationType.fields.filter(
      (f) =>
        /^(update|delete)/.test(f.name) &&
        f.args.some((a) => a.name === 'id') &&
        !f.args.some((a) => a.name !== 'id' && a.name !== 'data' && a.type.kind === 'NON_NULL'),
    )
    expect(targets.length).toBeGreaterThanOrEqual(15)
    const refused: string[] = []
    for (const m of targets) {
      const args = m.args.some((a) => a.name === 'data') ? `id: ${id}, data: {}` : `id: ${id}`
      const res = await graphql(`mutation { ${m.name}(${args}) { id } }`)
      const body = JSON.parse(res.text) as { errors?: { message: string; path?: unknown }[]; data?: Record<string, unknown> }
      expect(body.data?.[m.name] ?? null, `${m.name}: ${res.text.slice(0, 200)}`).toBeNull()
      expect(body.errors?.length ?? 0, m.name).toBeGreaterThan(0)
      // An empty `data` fails the schema where the type has required fields (videos' source): that
      // answer proves nothing about access, so only answers from the resolver count below.
      if (body.errors?.[0]?.path === undefined) continue
      expect(body.errors[0]?.message, `${m.name}: ${res.text.slice(0, 200)}`).toMatch(/niet uitvoeren|not allowed/i)
      refused.push(m.name)
    }
    // Every delete, and nearly every update, reached access control and was refused there.
    for (const m of targets.filter((t) => t.name.startsWith('delete'))) expect(refused, m.name).toContain(m.name)
    expect(refused.filter((n) => n.startsWith('update')).length).toBeGreaterThanOrEqual(12)
    const after = await cms.payload.findByID({ collection: 'tips', id: tip.docs[0]?.id as never, overrideAccess: true, depth: 0 })
    expect(after.title).toBe(tip.docs[0]?.title)
  })
})
