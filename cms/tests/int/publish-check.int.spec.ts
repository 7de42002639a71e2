import { readFileSync } from 'node:fs'
import path from 'node:path'
import { handleEndpoints, type UploadField } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentData, seedDemo } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'
import { SEED_IMAGE } from './paths.ts'

// The whole-bundle publish check (cms/src/hooks/publishCheck.ts) on the demo content, over the real
// REST handlers (what the admin calls) as the demo publisher and editor.
let cms: TestCms
const SEED_VIDEO = path.resolve(path.dirname(SEED_IMAGE), 'concept.mp4')
let auth: Record<'publisher' | 'editor', { Authorization: string }>

beforeAll(async () => {
  cms = await startTestCms('publish-check')
  auth = await seedDemo(cms.payload, ['publisher', 'editor'])
}, 300_000)
afterAll(async () => cms?.close())

interface Answer {
  status: number
  message: string
  fields: { path: string; message: string }[]
  body: Record<string, unknown>
}

async function rest(method: string, url: string, role: 'publisher' | 'editor', body?: unknown): Promise<Answer> {
  const res = await handleEndpoints({
    config: cms.payload.config,
    request: new Request(`http://localhost:3000${url}`, {
      method,
      headers: { ...auth[role], 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  })
  const json = (await res.json()) as Record<string, unknown> & {
    errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
  }
  return { status: res.status, message: json.errors?.[0]?.message ?? '', fields: json.errors?.[0]?.data?.errors ?? [], body: json }
}

const exportNow = async () => {
  const { buildSiteContent } = await import('../../src/export/index.ts')
  return buildSiteContent(cms.payload, { trustedCli: true }, 'http://localhost:3000')
}
const idOf = async (collection: string, slug: string) => {
  const found = await cms.payload.find({
    collection: collection as 'tips',
    where: { slug: { equals: slug } },
    depth: 0,
    overrideAccess: true,
  })
  const id = found.docs[0]?.id
  if (id === undefined) throw new Error(`no ${collection} "${slug}"`)
  return id
}
const mediaId = async (filename: string) => {
  const found = await cms.payload.find({ collection: 'media', where: { filename: { equals: filename } }, depth: 0, overrideAccess: true })
  const id = found.docs[0]?.id
  if (id === undefined) throw new Error(`no medium "${filename}"`)
  return id
}
const live = (collection: string, id: string | number) =>
  cms.payload.findByID({
    collection: collection as 'tips',
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
  }) as Promise<unknown> as Promise<Record<string, unknown>>

describe('the demo content passes the check', () => {
  it('every published demo document can be published again as it is', async () => {
    const { BUNDLE_COLLECTIONS } = await import('../../src/export/index.ts')
    const refused: string[] = []
    let published = 0
    for (const collection of BUNDLE_COLLECTIONS) {
      const { docs } = await cms.payload.find({
        collection: collection as 'tips',
        where: { _status: { equals: 'published' } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      for (const doc of docs) {
        published++
        await cms.payload
          .update({ collection: collection as 'tips', id: doc.id, data: { _status: 'published' } as never, overrideAccess: true })
          .catch((error: Error) => refused.push(`${collection}/${String((doc as { slug?: unknown }).slug)}: ${error.message}`))
      }
    }
    expect(refused).toEqual([])
    expect(published).toBeGreaterThan(80)
  }, 180_000)
})

describe('a video or another file where the site shows a picture', () => {
  it('a video as a tip image: the editor may save it as a draft, the publish is refused on the image field in Dutch', async () => {
    const tip = await idOf('tips', 'luisteren-zonder-oordeel')
    const video = await mediaId('concept.mp4')
    const draft = await rest('PATCH', `/api/tips/${tip}?draft=true`, 'editor', { image: video })
    expect(draft.status).toBe(200)

    const publish = await rest('PATCH', `/api/tips/${tip}`, 'publisher', { image: video, _status: 'published' })
    expect(publish.status).toBe(400)
    expect(publish.fields).toContainEqual({ path: 'image', message: expect.stringContaining('Afbeelding: Kies een afbeelding') })
    expect(publish.message).toContain('Kies een afbeelding (JPG, PNG, WebP of AVIF)')
    expect(publish.message).not.toMatch(/following field/i)
    // The site keeps the live tip with its photo, and the bundle stays valid for the next build.
    const content = await exportNow()
    expect(content.tips.find((t) => t.slug === 'luisteren-zonder-oordeel')?.image?.mimeType).toBe('image/jpeg')
  })

  it('GraphQL answers with the same Dutch message', async () => {
    const tip = await idOf('tips', 'goed-voor-uzelf-zorgen')
    const video = await mediaId('concept.mp4')
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const res = await GRAPHQL_POST(cms.payload.config)(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { ...auth.publisher, 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: `mutation { updateTip(id: ${tip}, data: { image: ${video}, _status: published }) { id } }` }),
      }),
    )
    const json = (await res.json()) as { errors?: { message: string }[]; data?: unknown }
    expect(JSON.stringify(json)).toContain('Afbeelding: Kies een afbeelding (JPG, PNG, WebP of AVIF)')
    expect((await live('tips', tip)).image).not.toBe(video)
  })

  it('an image as a video file is refused as well', async () => {
    const video = await idOf('videos', 'gesprek-met-een-leerling')
    const image = await mediaId('team-overleg.jpg')
    const answer = await rest('PATCH', `/api/videos/${video}`, 'publisher', { source: { type: 'file', file: image }, _status: 'published' })
    expect(answer.status).toBe(400)
    expect(answer.message).toContain('Kies een videobestand (MP4 of WebM)')
  })

  it('a PDF cannot enter the media library at all', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
    await expect(
      cms.payload.create({
        collection: 'media',
        data: { alt: 'Een folder' },
        file: { data: pdf, mimetype: 'application/pdf', name: 'folder.pdf', size: pdf.length },
        overrideAccess: true,
      }),
    ).rejects.toThrow()
    const found = await cms.payload.find({ collection: 'media', where: { mimeType: { equals: 'application/pdf' } }, overrideAccess: true })
    expect(found.totalDocs).toBe(0)
  })

  it('the media picker of an image field offers only images, of a video file field only videos', async () => {
    const field = (collection: string, name: string) => {
      const find = (fields: unknown[]): UploadField | undefined => {
        for (const f of fields as Record<string, unknown>[]) {
          if (f.name === name && f.type === 'upload') return f as unknown as UploadField
          const nested = [...((f.fields as unknown[]) ?? []), ...((f.blocks as { fields: unknown[] }[]) ?? []).flatMap((b) => b.fields)]
          const hit = nested.length > 0 ? find(nested) : undefined
          if (hit) return hit
        }
        return undefined
      }
      const config = cms.payload.collections[collection as 'tips']?.config
      if (!config) throw new Error(`no collection ${collection}`)
      const hit = find(config.fields)
      if (!hit) throw new Error(`no upload field ${collection}.${name}`)
      return hit
    }
    const offered = async (f: UploadField) => {
      const where = f.filterOptions
      if (!where || typeof where === 'function') throw new Error('expected a fixed filter')
      const found = await cms.payload.find({
        collection: 'media',
        where: where as never,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      return found.docs.map((d) => String((d as { mimeType?: unknown }).mimeType))
    }
    for (const [collection, name] of [
      ['tips', 'image'],
      ['videos', 'poster'],
      ['pages', 'image'],
    ] as const) {
      const types = await offered(field(collection, name))
      expect(types.length, `${collection}.${name}`).toBeGreaterThanOrEqual(6)
      expect(
        types.every((t) => t.startsWith('image/')),
        `${collection}.${name}`,
      ).toBe(true)
    }
    const videos = await offered(field('videos', 'file'))
    expect(videos.length).toBeGreaterThanOrEqual(7)
    expect(videos.every((t) => t.startsWith('video/'))).toBe(true)
  })
})

describe('what depends on a document is named before it leaves the site', () => {
  let tip: string | number
  let issue: string | number

  beforeAll(async () => {
    const created = await cms.payload.create({
      collection: 'tips',
      data: { ...contentData('tips', 'enig', {}), title: 'Enige tip in de nieuwsbrief', _status: 'published' } as never,
      overrideAccess: true,
    })
    tip = created.id
    const nl = await cms.payload.create({
      collection: 'newsletter-issues',
      data: {
        ...contentData('newsletter-issues', '42', {}),
        items: [{ title: 'Lees de tip', summary: 'Kort.', ref: { relationTo: 'tips', value: tip } }],
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    issue = nl.id
  })

  it('unpublishing the only item of a newsletter issue is refused, naming the issue; the tip stays live', async () => {
    const answer = await rest('PATCH', `/api/tips/${tip}`, 'publisher', { _status: 'draft' })
    expect(answer.status).toBe(400)
    expect(answer.message).toContain('Deze tip wordt gebruikt in: Nieuwsbrief "42"')
    expect(answer.message).toContain('Nieuwsbrief "42": items: Voeg minstens één onderwerp toe.')
    expect(answer.fields.map((f) => f.path)).toEqual(['_status'])
    expect((await live('tips', tip))._status).toBe('published')
  })

  it('deleting it is refused the same way; the tip is still there', async () => {
    const answer = await rest('DELETE', `/api/tips/${tip}`, 'publisher')
    expect(answer.status).toBe(400)
    expect(answer.message).toContain('Deze tip wordt gebruikt in: Nieuwsbrief "42"')
    expect((await live('tips', tip))._status).toBe('published')
  })

  it('the Local API refuses it too (scheduled publishing, scripts)', async () => {
    await expect(
      cms.payload.update({ collection: 'tips', id: tip, data: { _status: 'draft' } as never, overrideAccess: true }),
    ).rejects.toThrow(/Nieuwsbrief "42"/)
  })

  it('a draft save over the live tip is not checked: it changes nothing on the site', async () => {
    const answer = await rest('PATCH', `/api/tips/${tip}?draft=true`, 'editor', { title: 'Nieuwe titel in concept' })
    expect(answer.status).toBe(200)
  })

  it('once the issue has a second item, the unpublish is accepted and the export stays valid', async () => {
    const fix = await rest('PATCH', `/api/newsletter-issues/${issue}`, 'publisher', {
      items: [
        { title: 'Lees de tip', summary: 'Kort.', ref: { relationTo: 'tips', value: tip } },
        { title: 'Meer lezen', summary: 'Kort.', url: 'https://example.org/' },
      ],
      _status: 'published',
    })
    expect(fix.status).toBe(200)
    const answer = await rest('PATCH', `/api/tips/${tip}`, 'publisher', { _status: 'draft' })
    expect(answer.status).toBe(200)
    const content = await exportNow()
    expect(content.tips.map((t) => t.slug)).not.toContain('test-tips-enig')
    expect(content.newsletterIssues.find((n) => n.slug === '42')?.items).toHaveLength(1)
  })

  it('a slug change that breaks another document is refused, naming it', async () => {
    const offence = await idOf('offences', 'fraude')
    const answer = await rest('PATCH', `/api/offences/${offence}`, 'publisher', { slug: 'oplichting', _status: 'published' })
    expect(answer.status).toBe(400)
    expect(answer.message).toContain('Dit delict wordt gebruikt in: Checklist "fraude"')
    expect(answer.fields.map((f) => f.path)).toEqual(['slug'])
    expect((await live('offences', offence)).slug).toBe('fraude')
  })

  it('a slug change that breaks nothing is accepted, and the old address redirects', async () => {
    const id = await idOf('tips', 'een-kind-helpen')
    const answer = await rest('PATCH', `/api/tips/${id}`, 'publisher', { slug: 'een-kind-steunen', _status: 'published' })
    expect(answer.status).toBe(200)
    const content = await exportNow()
    expect(content.slugChanges).toContainEqual({ collection: 'tips', from: 'een-kind-helpen', to: 'een-kind-steunen' })
  })
})

describe('media that published pages show', () => {
  it('deleting an image a published tip shows is refused, naming the tip', async () => {
    const image = await mediaId('wandelen-samen.jpg')
    const answer = await rest('DELETE', `/api/media/${image}`, 'publisher')
    expect(answer.status).toBe(400)
    expect(answer.message).toContain('Deze afbeelding wordt gebruikt in: Tip "goed-voor-uzelf-zorgen"')
    expect((await cms.payload.findByID({ collection: 'media', id: image, overrideAccess: true })).filename).toBe('wandelen-samen.jpg')
  })

  it('an image nothing published shows can be deleted', async () => {
    const spare = await cms.payload.create({ collection: 'media', data: { alt: 'Reserve' }, filePath: SEED_IMAGE, overrideAccess: true })
    const answer = await rest('DELETE', `/api/media/${spare.id}`, 'publisher')
    expect(answer.status).toBe(200)
  })

  it('replacing that image by a video file is refused, naming the tip; the image stays', async () => {
    const image = await mediaId('telefoon-in-hand.jpg')
    const publisher = (
      await cms.payload.find({ collection: 'users', where: { email: { equals: 'publisher@example.org' } }, overrideAccess: true })
    ).docs[0]
    await expect(
      cms.payload.update({
        collection: 'media',
        id: image,
        data: {},
        file: { data: readFileSync(SEED_VIDEO), mimetype: 'video/mp4', name: 'vervanging.mp4', size: readFileSync(SEED_VIDEO).length },
        overrideAccess: false,
        user: publisher,
      }),
    ).rejects.toThrow(/Deze afbeelding wordt gebruikt in: Tip "de-juiste-hulp-vinden"/)
    expect((await cms.payload.findByID({ collection: 'media', id: image, overrideAccess: true })).mimeType).toBe('image/jpeg')
    const content = await exportNow()
    expect(content.tips.find((t) => t.slug === 'de-juiste-hulp-vinden')?.image?.mimeType).toBe('image/jpeg')
  })
})

describe('a refused publish reaches the editor in Dutch on every path, naming the question and its row', () => {
  const brokenTree = () => {
    const tree = contentData('referral-trees', 'leeg', {})
    const nodes = tree.nodes as Record<string, unknown>[]
    nodes[0] = {
      ...nodes[0],
      options: [
        { label: 'Ja', next: 'vraag-twee' },
        { label: 'Nee', next: 'praat' },
      ],
    }
    nodes.push({ blockType: 'question', key: 'vraag-twee', question: 'Is er nu gevaar?', options: [] })
    return { ...tree, _status: 'published' }
  }

  it('REST (what the admin calls): 400, the Dutch message as the toast text, the field path of the question', async () => {
    const answer = await rest('POST', '/api/referral-trees', 'publisher', brokenTree())
    expect(answer.status).toBe(400)
    expect(answer.message).not.toMatch(/following field|invalid/i)
    expect(answer.message).toContain('Vraag "vraag-twee" (Is er nu gevaar?, rij 04)')
    expect(answer.fields.map((f) => f.path)).toContain('nodes.3.options')
    for (const f of answer.fields) expect(f.message).not.toMatch(/nodes\[|nodes\.\d/)
  })

  it('the Local API throws the same message', async () => {
    await expect(cms.payload.create({ collection: 'referral-trees', data: brokenTree() as never, overrideAccess: true })).rejects.toThrow(
      /Vraag "vraag-twee" \(Is er nu gevaar\?, rij 04\)/,
    )
  })
})
