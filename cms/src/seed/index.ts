import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload, Where } from 'payload'
import { seedData, seedSettings } from '../boundary.ts'
import { isCollectionSlug } from '../collections/slugs.ts'
import { CMS_CONTENT_TYPES } from '../content-types.ts'
import { readEnv } from '../env.ts'
import { buildSiteContent } from '../export/index.ts'
import { siteSettings } from './data/settings.ts'
import { MEDIA_ALT } from './media-alt.ts'
import { type AnySeedStep, seedOrder } from './step.ts'
import { seedMapper } from './toPayload.ts'
import { type SeedUser, seedUsers } from './users.ts'

// Reused by the CMS bench (scripts/src/bench/cms.ts) to load generated content like the seed does.
export { type SeedIds, seedMapper } from './toPayload.ts'

const MEDIA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'media')

export interface SeedOptions {
  /** One password for the demo users (generated on first start, kept in cms/.env). */
  password: string
  /** The site-builder's API key (generated on first start, kept in cms/.env). */
  siteBuilderApiKey: string
  log?: (line: string) => void
}

export interface SeedSummary {
  created: number
  updated: number
  drafts: number
  users: SeedUser[]
}

// Seed and import switch side effects (such as the rebuild trigger) off through req.context. A new
// object per call: Payload and its plugins write into req.context (the S3 storage plugin leaves its
// "skip the upload" flag there), and a shared object would carry that into the next upload.
const seedContext = () => ({ seed: true })

/** Idempotent demo content: documents are matched by slug and brought to the seed's state. */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? (() => {})
  const ids = new Map<string, string | number>()
  const summary: SeedSummary = { created: 0, updated: 0, drafts: 0, users: [] }
  const key = (c: string, s: string) => `${c}:${s}`

  summary.users = await seedUsers(payload, options)
  log(`users: ${summary.users.length}`)

  const media = new Map<string, string | number>()
  for (const file of (await readdir(MEDIA_DIR)).filter((f) => !f.startsWith('.')).sort()) {
    const existing = await payload.find({
      collection: 'media',
      where: { filename: { equals: file } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const alt = MEDIA_ALT[file] ?? file
    const doc = existing.docs[0]
      ? await payload.update({ collection: 'media', id: existing.docs[0].id, data: { alt }, overrideAccess: true, context: seedContext() })
      : await payload.create({
          collection: 'media',
          data: { alt },
          filePath: path.join(MEDIA_DIR, file),
          overrideAccess: true,
          context: seedContext(),
        })
    media.set(file, doc.id)
  }
  log(`media: ${media.size} files`)

  const map = seedMapper({
    id: (c, s) => {
      const id = ids.get(key(c, s))
      if (id === undefined) throw new Error(`Seed: link to ${c}:${s}, which is not seeded (yet); check the slug or the seed order.`)
      return id
    },
    media: (file) => {
      const id = media.get(file)
      if (id === undefined) throw new Error(`Seed: media file "${file}" is missing from cms/src/seed/media/.`)
      return id
    },
  })

  const upsert = async (collection: string, data: Record<string, unknown>, draft = false) => {
    const slug = String(data.slug)
    const where: Where =
      collection === 'pages' ? { and: [{ slug: { equals: slug } }, { platform: { equals: data.platform } }] } : { slug: { equals: slug } }
    if (!isCollectionSlug(payload, collection)) throw new Error(`Seed: "${collection}" is geen collectie van het CMS.`)
    const found = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, overrideAccess: true })
    const body = seedData(collection, { ...data, _status: draft ? 'draft' : 'published' })
    const common = { collection, data: body, overrideAccess: true, draft, context: seedContext(), depth: 0 }
    const doc = found.docs[0] ? await payload.update({ ...common, id: found.docs[0].id }) : await payload.create(common)
    if (draft) summary.drafts++
    else if (found.docs[0]) summary.updated++
    else summary.created++
    if (!draft) ids.set(key(collection, slug), doc.id)
  }
  const run = async (collection: string, step: AnySeedStep) => {
    for (const d of step.published) await upsert(collection, step.toData(d, map) as Record<string, unknown>)
    for (const d of step.drafts) {
      // A link to a draft (which has no published id) goes to that draft, for this document only.
      const before = new Map<string, string | number | undefined>()
      for (const ref of step.draftLinks?.(d) ?? []) {
        const found = await payload.find({
          collection: ref.collection,
          where: { slug: { equals: ref.slug } },
          limit: 1,
          depth: 0,
          draft: true,
          overrideAccess: true,
        })
        const id = found.docs[0]?.id
        if (id === undefined) throw new Error(`Seed: draft ${collection} needs draft ${ref.collection} "${ref.slug}".`)
        before.set(key(ref.collection, ref.slug), ids.get(key(ref.collection, ref.slug)))
        ids.set(key(ref.collection, ref.slug), id)
      }
      await upsert(collection, step.toData(d, map) as Record<string, unknown>, true)
      for (const [k, id] of before) id === undefined ? ids.delete(k) : ids.set(k, id)
    }
    log(`${collection}: ${step.published.length} published, ${step.drafts.length} draft`)
  }

  // One step per content type, from its seed data file (reached through the CMS registry), run in
  // an order where a type comes after the types its documents link to.
  const steps = new Map(
    await Promise.all(Object.entries(CMS_CONTENT_TYPES).map(async ([slug, t]) => [slug, (await t.seed()).seed] as const)),
  )
  for (const slug of seedOrder(steps)) await run(slug, steps.get(slug) as AnySeedStep)
  await payload.updateGlobal({
    slug: 'site-settings',
    data: seedSettings({ ...siteSettings, _status: 'published' }),
    overrideAccess: true,
    context: seedContext(),
  })
  log('site settings: published')
  // The seed publishes in dependency order with the per-write publish check off (hooks/publishCheck.ts):
  // the whole bundle is checked once here, with the same check, so the demo content is always publishable.
  await buildSiteContent(payload, { trustedCli: true }, readEnv().SERVER_URL)
  return summary
}
