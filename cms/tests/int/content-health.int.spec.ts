import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { md } from '@hp/content-schemas'
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ContentHealthReport, HealthSection } from '../../src/content-health/report.ts'
import { CONTENT_HEALTH_QUEUE, LINK_CHECK_TASK, setLinkCheckOptions } from '../../src/content-health/task.ts'
import { richTextToLexical } from '../../src/fields/richText/fromContract.ts'
import { contentData, createUsers, jwtHeaders, SETTINGS } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'
import { SEED_IMAGE } from './paths.ts'

// The Inhoudscontrole overview (content-health/report.ts) and the link-check job, on a small
// published set whose links to "other sites" all point at a local server the test runs.

let cms: TestCms
let sites: Server
let base: string
let auth: Record<'admin' | 'publisher' | 'editor', string>
const asked: string[] = []

const LONG =
  'Als u merkt dat iemand in uw omgeving na een inbraak slecht slaapt en steeds weer over de avond zelf begint te praten, luister dan rustig.'
const rt = (text: string) =>
  richTextToLexical(md(text), () => {
    throw new Error('no internal links here')
  })

beforeAll(async () => {
  sites = createServer((req, res) => {
    asked.push(`${req.method} ${req.url}`)
    res.writeHead(req.url === '/werkt' || req.url === '/exit' ? 200 : 404).end()
  })
  sites.listen(0, '127.0.0.1')
  await once(sites, 'listening')
  base = `http://127.0.0.1:${(sites.address() as AddressInfo).port}`
  setLinkCheckOptions({ perHostDelayMs: 5, timeoutMs: 30_000 })

  cms = await startTestCms('content-health')
  const { payload } = cms
  await createUsers(payload)
  auth = await jwtHeaders(payload, ['admin', 'publisher', 'editor'] as const)
  await payload.updateGlobal({ slug: 'site-settings', data: { ...SETTINGS, quickExitUrl: `${base}/exit` } as never, overrideAccess: true })
  await payload.create({
    collection: 'tips',
    data: {
      ...contentData('tips', 'links', {}),
      body: rt(`Lees [deze pagina](${base}/werkt) en [die pagina](${base}/weg). ${LONG}`),
      _status: 'published',
    } as never,
    overrideAccess: true,
  })
  await payload.create({ collection: 'media', data: { alt: 'IMG_2041.jpg' } as never, filePath: SEED_IMAGE, overrideAccess: true })
}, 300_000)
afterAll(async () => {
  sites?.close()
  await cms?.close()
})

async function api(method: string, url: string, authorization?: string) {
  const res = await handleEndpoints({
    config: cms.payload.config,
    request: new Request(`http://localhost:3000${url}`, { method, headers: authorization ? { Authorization: authorization } : {} }),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

const section = (report: ContentHealthReport, key: HealthSection['key']) => {
  const found = report.sections.find((s) => s.key === key)
  if (!found) throw new Error(`no section ${key}`)
  return found
}

async function report(): Promise<ContentHealthReport> {
  const res = await api('GET', '/api/content-health', auth.editor)
  expect(res.status).toBe(200)
  return res.body as unknown as ContentHealthReport
}

describe('content health', () => {
  it('shows the overview to staff only', async () => {
    expect((await api('GET', '/api/content-health')).status).toBe(403)
    expect((await api('POST', '/api/content-health/check-links')).status).toBe(403)
    for (const role of ['admin', 'publisher', 'editor'] as const)
      expect((await api('GET', '/api/content-health', auth[role])).status).toBe(200)
  })

  it('names a sentence above B1 and a weak alt text, with a link to the document', async () => {
    const r = await report()
    expect(r.documents).toBe(1)
    const long = section(r, 'readability').rows
    expect(long).toHaveLength(1)
    expect(long[0]).toMatchObject({ document: 'Tip "test-tips-links"', field: 'body' })
    expect(long[0]?.message).toMatch(/^Zin van 26 woorden: "Als u merkt dat iemand/)
    expect(long[0]?.link).toMatch(/^\/admin\/collections\/tips\/\d+$/)
    const alt = section(r, 'alt-text').rows
    expect(alt).toEqual([expect.objectContaining({ field: 'alt', message: expect.stringMatching(/bestandsnaam/) })])
    expect(alt[0]?.link).toMatch(/^\/admin\/collections\/media\/\d+$/)
  })

  it('lists no link as broken before the link check ran, and says so', async () => {
    const links = section(await report(), 'links')
    expect(links.rows).toEqual([])
    expect(links.about).toMatch(/^3 verschillende links .* 0 gecontroleerd\. Nog niet gecontroleerd\./)
    expect(asked).toEqual([])
  })

  it('the link-check job finds the broken link and names where it is', async () => {
    await cms.payload.jobs.queue({ task: LINK_CHECK_TASK as never, input: {} as never, queue: CONTENT_HEALTH_QUEUE })
    await cms.payload.jobs.run({ queue: CONTENT_HEALTH_QUEUE })
    const links = section(await report(), 'links')
    expect(links.rows).toEqual([
      expect.objectContaining({
        document: 'Tip "test-tips-links"',
        field: 'body[0]',
        message: `${base}/weg: De pagina bestaat niet (meer) (404).`,
      }),
    ])
    expect(links.about).toMatch(/3 gecontroleerd\. Laatst gecontroleerd op \d{2}-\d{2}-\d{4}/)
    // HEAD for each; GET once more only for the page that answered 404.
    expect(asked.sort()).toEqual(['GET /weg', 'HEAD /exit', 'HEAD /weg', 'HEAD /werkt'])
  })

  it('forgets links that are no longer published', async () => {
    const tip = await cms.payload.find({ collection: 'tips', where: { slug: { equals: 'test-tips-links' } }, overrideAccess: true })
    const id = tip.docs[0]?.id as number
    await cms.payload.update({
      collection: 'tips',
      id,
      data: { body: rt('Alleen tekst.'), _status: 'published' } as never,
      overrideAccess: true,
    })
    await cms.payload.jobs.queue({ task: LINK_CHECK_TASK as never, input: {} as never, queue: CONTENT_HEALTH_QUEUE })
    await cms.payload.jobs.run({ queue: CONTENT_HEALTH_QUEUE })
    const checks = await cms.payload.find({ collection: 'link-checks' as 'users', overrideAccess: true, pagination: false })
    expect(checks.docs.map((d) => (d as unknown as { url: string }).url)).toEqual([`${base}/exit`])
    expect(section(await report(), 'links').rows).toEqual([])
  })

  it('lists a document whose review date has passed, with a link to it', async () => {
    expect(section(await report(), 'reviews').rows).toEqual([])
    const tip = await cms.payload.find({ collection: 'tips', where: { slug: { equals: 'test-tips-links' } }, overrideAccess: true })
    const id = tip.docs[0]?.id as number
    await cms.payload.db.updateOne({ collection: 'tips', id, data: { reviewBefore: '2026-01-05T09:00:00.000Z' } })
    const rows = section(await report(), 'reviews').rows
    expect(rows).toEqual([
      expect.objectContaining({ document: 'Tip "Test tips links"', field: 'reviewBefore', link: `/admin/collections/tips/${id}` }),
    ])
    expect(rows[0]?.message).toBe('Had gecontroleerd moeten zijn vóór 05-01-2026.')
  })

  it('lets staff read the link checks but nobody write them', async () => {
    expect((await api('GET', '/api/link-checks', auth.editor)).status).toBe(200)
    expect((await api('GET', '/api/link-checks')).status).toBe(403)
    const checks = await cms.payload.find({ collection: 'link-checks' as 'users', overrideAccess: true })
    const id = checks.docs[0]?.id
    for (const role of ['admin', 'publisher', 'editor'] as const) {
      expect((await api('DELETE', `/api/link-checks/${id}`, auth[role])).status).toBe(403)
      expect((await api('POST', '/api/link-checks', auth[role])).status).toBe(403)
    }
  })

  it('a staff member can start the link check from the overview', async () => {
    const before = asked.length
    const res = await api('POST', '/api/content-health/check-links', auth.editor)
    expect(res.status).toBe(202)
    // The check runs after the answer; wait for its job to finish (the database closes after this test).
    const deadline = Date.now() + 120_000
    const open = async () =>
      (
        await cms.payload.find({
          collection: 'payload-jobs',
          where: { queue: { equals: CONTENT_HEALTH_QUEUE }, completedAt: { exists: false } },
          overrideAccess: true,
        })
      ).totalDocs
    while ((await open()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
    expect(await open()).toBe(0)
    expect(asked.slice(before)).toEqual(['HEAD /exit'])
  })

  it('lists a published page that no link reaches, from the last build, with a link to its document', async () => {
    const before = section(await report(), 'reach')
    expect(before.rows).toEqual([])
    expect(before.about).toContain('Nog niet gecontroleerd. Dat gebeurt bij elke geslaagde build van de site.')
    const tip = await cms.payload.find({ collection: 'tips', where: { slug: { equals: 'test-tips-links' } }, overrideAccess: true })
    const id = tip.docs[0]?.id as number
    // What the site builder sends after a build whose reach check found three pages (see scripts/src/site/reach.ts).
    const unreached = [
      { path: '/voor-de-helpers/tips/test-tips-links/', collection: 'tips', slug: 'test-tips-links', document: 'Tip "test-tips-links"' },
      { path: '/voor-de-helpers/tips/pagina/9/' },
      // Unpublished since that build: its page goes with the next one, so it is not listed.
      { path: '/voor-de-helpers/tips/ingetrokken/', collection: 'tips', slug: 'ingetrokken', document: 'Tip "ingetrokken"' },
    ]
    const reported = await handleEndpoints({
      config: cms.payload.config,
      request: new Request('http://localhost:3000/api/build-status', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'users API-Key test-site-builder-key-0123456789' },
        body: JSON.stringify({ state: 'succeeded', reach: { pages: 120, total: 3, unreached } }),
      }),
    })
    expect(reported.status).toBe(200)
    const reach = section(await report(), 'reach')
    expect(reach.title).toBe("Pagina's die geen link bereikt")
    expect(reach.about).toMatch(/Gecontroleerd bij de laatste geslaagde build, op \d{2}-\d{2}-\d{4} om \d{2}:\d{2}: 120 pagina's\./)
    expect(reach.rows).toEqual([
      {
        document: 'Tip "test-tips-links"',
        field: '',
        message:
          'Geen link op de site leidt naar /voor-de-helpers/tips/test-tips-links/. Bezoekers vinden de pagina alleen via zoeken. Zet een link ernaartoe in een pagina over hetzelfde onderwerp.',
        link: `/admin/collections/tips/${id}`,
      },
      expect.objectContaining({
        document: 'Pagina /voor-de-helpers/tips/pagina/9/',
        link: 'http://localhost:4321/voor-de-helpers/tips/pagina/9/',
      }),
    ])
    // The next build starts: the last check stays until that build reports its own.
    const building = await handleEndpoints({
      config: cms.payload.config,
      request: new Request('http://localhost:3000/api/build-status', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'users API-Key test-site-builder-key-0123456789' },
        body: JSON.stringify({ state: 'building' }),
      }),
    })
    expect(building.status).toBe(200)
    const during = section(await report(), 'reach')
    expect(during.rows).toHaveLength(2)
    expect(during.about).toContain('Er komt een nieuwe build aan; daarna kan deze lijst veranderen.')
  })
})
