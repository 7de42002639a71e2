import {
  CONTENT_TYPE_SLUGS,
  CONTENT_TYPES,
  type CollectionKey,
  ContractError,
  collectionDocLabel,
  formatIssues,
  type LinkableCollection,
  SITE_CONTENT_VERSION,
  SITE_SETTINGS_LABEL,
  type SiteContent,
  SiteSettingsSchema,
  safeParseContract,
  validateSiteContent,
} from '@hp/content-schemas'
import type { Payload, PayloadRequest } from 'payload'
import type { z } from 'zod'
import { RichTextConversionError, richTextProblem } from '../fields/richText/toContract.ts'
import { type ExportContext, exportContext, type MediaDoc } from './context.ts'
import { toSiteSettings } from './site-settings.ts'
import type { StoredDoc, StoredGlobal } from './stored.ts'

/** Turns one stored document of a content type into its contract shape (before parsing). */
export type Converter = (doc: object, ctx: ExportContext) => unknown

/** A published document of any content type, as stored. */
export type ContentDoc = StoredDoc<LinkableCollection>

interface Part {
  key: CollectionKey
  collection: LinkableCollection
  schema: z.ZodType
}

/** The bundle's parts, one per content type of the registry, in bundle order. */
const PARTS: Part[] = CONTENT_TYPE_SLUGS.map((slug) => ({
  key: CONTENT_TYPES[slug].key,
  collection: slug,
  schema: CONTENT_TYPES[slug].schema,
}))

/**
 * Each content type's converter, from the Payload config: the CMS registry (content-types.ts) puts
 * it in the collection's server-only `custom.convert`. Read from the config, not imported, because
 * the collections' own hooks use this module (an import would make a file cycle).
 */
function convertersOf(payload: Payload): Map<LinkableCollection, Converter> {
  return new Map(
    PARTS.map((part) => {
      const convert = payload.collections[part.collection as 'tips']?.config.custom?.convert as Converter | undefined
      if (typeof convert !== 'function')
        throw new Error(
          `Collectie "${part.collection}" heeft geen omzetting naar het contract: voeg haar toe aan cms/src/content-types.ts.`,
        )
      return [part.collection, convert]
    }),
  )
}

/** Who asks: a request's user (endpoints: access is enforced), or the trusted CLI on this machine. */
export type ExportAccess = { req: PayloadRequest } | { trustedCli: true }

/** What the bundle is made of: the published documents per collection, every media record, the site settings. */
export interface PublishedSet {
  docs: Map<string, ContentDoc[]>
  /** Each content type's converter to the contract (from the CMS registry). */
  converters: Map<LinkableCollection, Converter>
  media: MediaDoc[]
  settings: StoredGlobal<'site-settings'>
}

/** One problem in an assembled bundle: the line the build prints, and the document it concerns if known. */
export interface BundleProblem {
  line: string
  /** Collection and id of the document, when the problem is in one document. */
  collection?: string
  id?: string
  /** Path inside the document's contract shape (per-document problems only). */
  path?: readonly PropertyKey[]
  message?: string
}

export interface Assembled {
  content?: SiteContent
  problems: BundleProblem[]
  /** Each published document's contract shape (before parsing), by `collection:id`: what the site shows of it. */
  shapes: Map<string, unknown>
  /** Each published document's label as messages name it (`Tip "slug"`), by `collection:id`. */
  labels: Map<string, string>
}

/** The collections of the bundle: every content type of the registry. */
export const BUNDLE_COLLECTIONS: readonly LinkableCollection[] = CONTENT_TYPE_SLUGS

/** Reads the published documents, media and settings once (inside `req`'s transaction when given). */
export async function loadPublished(payload: Payload, access: ExportAccess, req?: PayloadRequest): Promise<PublishedSet> {
  const opts =
    'req' in access ? { overrideAccess: false, req: access.req, user: access.req.user } : { overrideAccess: true, ...(req ? { req } : {}) }
  const published = { _status: { equals: 'published' } } as const
  const docs = new Map<string, ContentDoc[]>()
  // One after the other: inside a write's transaction the queries share one database connection.
  for (const part of PARTS) {
    const res = await payload.find({
      collection: part.collection as 'tips',
      where: published,
      pagination: false,
      depth: 0,
      draft: false,
      ...opts,
    })
    docs.set(part.collection, res.docs)
  }
  const media = await payload.find({ collection: 'media', pagination: false, depth: 0, ...opts })
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, draft: false, ...opts })
  return { docs, converters: convertersOf(payload), media: media.docs as MediaDoc[], settings }
}

/**
 * Turns a published set into the SiteContent bundle and validates it with the build's own check
 * (`validateSiteContent`: the contract plus every reference). Never throws for content problems:
 * they come back in `problems`, one per line, tied to the document where known.
 */
export function assembleSiteContent(set: PublishedSet, serverUrl: string): Assembled {
  const index = new Map([...set.docs].map(([c, docs]) => [c, new Map(docs.map((d) => [String(d.id), String(d.slug)]))]))
  const ctx = exportContext(index, new Map(set.media.map((m) => [String(m.id), m])), serverUrl)
  const problems: BundleProblem[] = []
  const shapes = new Map<string, unknown>()
  const labels = new Map<string, string>()
  const out: Record<string, unknown[]> = {}
  const converted: { part: Part; label: string; where: { collection: string; id: string }; shape: unknown }[] = []
  for (const part of PARTS) {
    out[part.key] = (set.docs.get(part.collection) ?? []).flatMap((doc, i) => {
      // Named as the admin names the collection, so an editor finds the document: `Stappenplan "nazorg"`.
      const label = collectionDocLabel(part.collection, doc, i)
      const key = `${part.collection}:${String(doc.id)}`
      const where = { collection: part.collection, id: String(doc.id) }
      labels.set(key, label)
      try {
        const convert = set.converters.get(part.collection)
        if (!convert) throw new Error(`Geen omzetting naar het contract voor collectie "${part.collection}".`)
        const shape = convert(doc, ctx)
        shapes.set(key, shape)
        converted.push({ part, label, where, shape })
        return [shape]
      } catch (error) {
        if (error instanceof RichTextConversionError)
          problems.push({ ...where, line: `${label}: ${richTextProblem(error)}`, message: richTextProblem(error) })
        else problems.push({ ...where, line: `${label}: ${error instanceof Error ? error.message : String(error)}` })
      }
      return []
    })
  }
  // Each document on its own, for problems tied to its fields; only needed when something is wrong
  // (the whole-bundle check below parses every document too).
  const perDocument = () => {
    for (const { part, label, where, shape } of converted) {
      const result = safeParseContract(part.schema, shape)
      if (!result.success)
        for (const issue of result.error.issues)
          problems.push({ ...where, line: formatIssues(label, [issue]).join(''), path: issue.path, message: issue.message })
    }
  }
  const settingsResult = safeParseContract(SiteSettingsSchema, toSiteSettings(set.settings))
  if (!settingsResult.success) problems.push(...formatIssues(SITE_SETTINGS_LABEL, settingsResult.error.issues).map((line) => ({ line })))
  if (problems.length > 0) {
    perDocument()
    return { problems, shapes, labels }
  }

  // Old slugs of published documents become redirects on the site.
  const slugChanges = PARTS.flatMap((part) =>
    (set.docs.get(part.collection) ?? []).flatMap((doc) =>
      (Array.isArray(doc.previousSlugs) ? (doc.previousSlugs as string[]) : []).map((from) => ({
        collection: part.collection,
        from,
        to: doc.slug,
      })),
    ),
  )
  const bundle = {
    version: SITE_CONTENT_VERSION,
    generatedAt: new Date().toISOString(),
    settings: settingsResult.data,
    ...out,
    slugChanges,
  }
  try {
    return { content: validateSiteContent(bundle), problems, shapes, labels }
  } catch (error) {
    if (!(error instanceof ContractError)) throw error
    perDocument()
    if (problems.length > 0) return { problems, shapes, labels }
    // Reference problems start with the document's label: tie them to that document.
    const byLabel = [...labels].sort((a, b) => b[1].length - a[1].length)
    for (const line of error.problems) {
      const hit = byLabel.find(([, label]) => line.startsWith(`${label}:`))
      const [collection, id] = hit ? splitKey(hit[0]) : [undefined, undefined]
      problems.push({ line, ...(collection ? { collection, id } : {}) })
    }
    return { problems, shapes, labels }
  }
}

const splitKey = (key: string): [string, string] => {
  const at = key.indexOf(':')
  return [key.slice(0, at), key.slice(at + 1)]
}

/**
 * Builds the SiteContent bundle from published documents only and validates it against the
 * contract. Throws ContractError listing every problem (document and field) when invalid.
 */
export async function buildSiteContent(payload: Payload, access: ExportAccess, serverUrl: string): Promise<SiteContent> {
  const { content, problems } = assembleSiteContent(await loadPublished(payload, access), serverUrl)
  if (!content) throw new ContractError(problems.map((p) => p.line))
  return content
}
