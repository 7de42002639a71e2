import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentData, seedDemo } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

// GET /api/<collection>/<id>/dependants: what the admin names before an unpublish or delete, computed
// with the publish check's own logic (cms/src/hooks/publishCheck.ts, `dependantsOf`), over the real REST handlers.
let cms: TestCms
let auth: Record<'publisher' | 'editor', { Authorization: string }>
let tip: string | number
let issue: string | number
let linked: string | number
let linkedSlug: string

beforeAll(async () => {
  cms = await startTestCms('dependants')
  auth = await seedDemo(cms.payload, ['publisher', 'editor'])
  tip = (
    await cms.payload.create({
      collection: 'tips',
      data: { ...contentData('tips', 'enig', {}), title: 'Enige tip in de nieuwsbrief', _status: 'published' } as never,
      overrideAccess: true,
    })
  ).id
  // A checklist that links to it: its page changes when the tip goes offline, but it does not break.
  const checklist = (await cms.payload.find({ collection: 'checklists', where: { _status: { equals: 'published' } }, depth: 0, limit: 1 }))
    .docs[0] as { id: number; slug: string; relatedTips?: (number | string)[] } | undefined
  if (!checklist) throw new Error('the seed has no published checklist')
  linked = checklist.id
  linkedSlug = checklist.slug
  await cms.payload.update({
    collection: 'checklists',
    id: checklist.id,
    data: { relatedTips: [...(checklist.relatedTips ?? []), tip] } as never,
    overrideAccess: true,
    context: { seed: true },
  })
  issue = (
    await cms.payload.create({
      collection: 'newsletter-issues',
      data: {
        ...contentData('newsletter-issues', '42', {}),
        items: [{ title: 'Lees de tip', summary: 'Kort.', ref: { relationTo: 'tips', value: tip } }],
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
  ).id
}, 300_000)
afterAll(async () => cms?.close())

async function rest(method: string, url: string, role?: 'publisher' | 'editor', body?: unknown) {
  const res = await handleEndpoints({
    config: cms.payload.config,
    request: new Request(`http://localhost:3000${url}`, {
      method,
      headers: { ...(role ? auth[role] : {}), 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

type Dep = { collection: string; id: string; label: string }
type Report = { published: boolean; usedIn: Dep[]; blocking: Dep[]; alsoUnpublish?: Dep[] }

describe('what depends on a published tip', () => {
  it('names the issue that would break and the checklist whose page changes; the issue goes offline first', async () => {
    const answer = await rest('GET', `/api/tips/${tip}/dependants`, 'editor')
    expect(answer.status).toBe(200)
    const report = answer.body as unknown as Report
    expect(report.published).toBe(true)
    expect(report.usedIn.map((d) => d.label).sort()).toEqual([`Checklist "${linkedSlug}"`, 'Nieuwsbrief "42"'])
    expect(report.blocking).toEqual([{ collection: 'newsletter-issues', id: String(issue), label: 'Nieuwsbrief "42"' }])
    expect(report.alsoUnpublish).toEqual([{ collection: 'newsletter-issues', id: String(issue), label: 'Nieuwsbrief "42"' }])
  })

  it('the same refusal the publish check gives: the unpublish alone is refused, in the order given it is accepted', async () => {
    expect((await rest('PATCH', `/api/tips/${tip}`, 'publisher', { _status: 'draft' })).status).toBe(400)
    const report = (await rest('GET', `/api/tips/${tip}/dependants`, 'publisher')).body as unknown as Report
    for (const d of report.alsoUnpublish ?? [])
      expect((await rest('PATCH', `/api/${d.collection}/${d.id}`, 'publisher', { _status: 'draft' })).status).toBe(200)
    expect((await rest('PATCH', `/api/tips/${tip}`, 'publisher', { _status: 'draft' })).status).toBe(200)
    const { buildSiteContent } = await import('../../src/export/index.ts')
    const content = await buildSiteContent(cms.payload, { trustedCli: true }, 'http://localhost:3000')
    expect(content.tips.map((t) => t.slug)).not.toContain('test-tips-enig')
    expect(content.newsletterIssues.map((n) => n.slug)).not.toContain('42')
    // The checklist that only linked to it stays live, without the link.
    expect(content.checklists.find((c) => c.slug === linkedSlug)?.relatedTips).not.toContain('test-tips-enig')
  })

  it('a draft has nothing depending on it', async () => {
    const report = (await rest('GET', `/api/tips/${tip}/dependants`, 'editor')).body as unknown as Report
    expect(report).toEqual({ published: false, usedIn: [], blocking: [] })
  })

  it('only staff may ask', async () => {
    expect((await rest('GET', `/api/checklists/${linked}/dependants`)).status).toBe(403)
  })
})

describe('a referral tree whose graph breaks (found by the bundle check as well as the tree check)', () => {
  it('each problem is placed on the key of the node it names, never on no field', async () => {
    const tree = (await cms.payload.find({ collection: 'referral-trees', where: { _status: { equals: 'published' } }, depth: 0, limit: 1 }))
      .docs[0] as unknown as { id: number; start: string; nodes: { blockType: string; key: string; options?: { next: string }[] }[] }
    const nodes = structuredClone(tree.nodes)
    const option = nodes.find((n) => n.blockType === 'question' && n.key !== tree.start)?.options?.[0]
    if (!option) throw new Error('the seed tree has no second question')
    option.next = tree.start // back to the start: what it led to may now be out of reach
    const answer = await rest('PATCH', `/api/referral-trees/${tree.id}`, 'publisher', { nodes, _status: 'published' })
    expect(answer.status).toBe(400)
    const fields = (answer.body as { errors: { data: { errors: { path: string; message: string }[] } }[] }).errors[0]?.data.errors ?? []
    expect(fields.length).toBeGreaterThan(0)
    for (const f of fields) {
      expect(f.path).toMatch(/^nodes\.\d+\.key$/)
      expect(f.message).toMatch(/^(Vraag|Uitkomst) "[a-z0-9-]+"/)
    }
  })
})
