import type { DocRef, LinkableCollection, Media, RichText } from '@hp/content-schemas'
import { lexicalToRichText } from '../fields/richText/toContract.ts'

/** What a converter needs to turn a Payload document into its contract shape. */
export interface ExportContext {
  /** Slug of a related document if it is published (relationship value: id or populated doc). */
  slug(collection: string, value: unknown): string | undefined
  /** Slugs of related published documents, in order; unpublished ones are left out. */
  slugs(collection: string, values: unknown): string[]
  /** A media document in contract shape. */
  media(value: unknown): Media | undefined
  /** Rich text in contract shape. */
  richText(value: unknown): RichText
}

const idOf = (value: unknown): string | number | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: string | number }).id
  return undefined
}

type SlugIndex = Map<string, Map<string, string>>
export interface MediaDoc {
  id: string | number
  filename?: string | null
  url?: string | null
  alt?: string | null
  mimeType?: string | null
  width?: number | null
  height?: number | null
  focalX?: number | null
  focalY?: number | null
  credit?: string | null
}

export function toMedia(doc: MediaDoc, serverUrl: string): Media {
  const out: Media = {
    filename: doc.filename ?? '',
    url: doc.url ? new URL(doc.url, serverUrl).toString() : '',
    alt: doc.alt ?? '',
    mimeType: doc.mimeType ?? '',
  }
  if (doc.width) out.width = doc.width
  if (doc.height) out.height = doc.height
  if (typeof doc.focalX === 'number') out.focalX = doc.focalX
  if (typeof doc.focalY === 'number') out.focalY = doc.focalY
  if (doc.credit) out.credit = doc.credit
  return out
}

/** Context for the export: relations resolve only to published documents in `index`. */
export function exportContext(index: SlugIndex, media: Map<string, MediaDoc>, serverUrl: string): ExportContext {
  const slug = (collection: string, value: unknown) => {
    const id = idOf(value)
    return id === undefined ? undefined : index.get(collection)?.get(String(id))
  }
  const ref = (collection: string, value: unknown): DocRef | undefined => {
    const s = slug(collection, value)
    return s === undefined ? undefined : { collection: collection as LinkableCollection, slug: s }
  }
  return {
    slug,
    slugs: (collection, values) =>
      (Array.isArray(values) ? values : []).map((v) => slug(collection, v)).filter((s): s is string => s !== undefined),
    media: (value) => {
      const id = idOf(value)
      const doc = id === undefined ? undefined : media.get(String(id))
      return doc ? toMedia(doc, serverUrl) : undefined
    },
    richText: (value) => lexicalToRichText(value, ref),
  }
}
