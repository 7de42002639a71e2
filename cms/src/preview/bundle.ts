import { type Area, COLLECTIONS, type LinkableCollection, pageUrl, type SiteContent, urlForRef } from '@hp/content-schemas'
import type { Payload } from 'payload'
import { asCandidate } from '../boundary.ts'
import { isCollectionSlug } from '../collections/slugs.ts'
import { assembleSiteContent, BUNDLE_COLLECTIONS, loadPublished } from '../export/index.ts'
import { describeFieldPath } from '../hooks/fieldNames.ts'
import { toFieldPath } from '../hooks/publishCheck.ts'

/** Thrown when a draft cannot be previewed; `problems` are the bundle check's lines, in Dutch. */
export class PreviewError extends Error {
  readonly status: number
  readonly problems: string[]
  constructor(status: number, message: string, problems: string[] = []) {
    super(message)
    this.name = 'PreviewError'
    this.status = status
    this.problems = problems
  }
}

export interface DraftBundle {
  /** The published bundle with this one document as its latest draft: validated like the build's. */
  content: SiteContent
  /** The document's page on the site (`/voor-de-helpers/tips/…/`). */
  path: string
  /** The draft's slug: find it in `content` by this. */
  slug: string
}

export const isPreviewable = (collection: string): collection is LinkableCollection =>
  (BUNDLE_COLLECTIONS as readonly string[]).includes(collection)

/**
 * The bundle the site would be built from if this document's latest draft were published: the
 * export's own code (`loadPublished` + `assembleSiteContent`, the check the build runs), with the
 * rest of the site as it is published now. Nothing is written. Trusted: call it only after an access
 * check (a staff session or a valid preview token).
 */
export async function draftBundle(payload: Payload, collection: string, id: string | number, serverUrl: string): Promise<DraftBundle> {
  if (!isPreviewable(collection) || !isCollectionSlug(payload, collection))
    throw new PreviewError(404, `Van "${collection}" bestaat geen voorbeeld op de site.`)
  const found = await payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
  const draft: Record<string, unknown> | null = found ? { ...found } : null
  if (!draft) throw new PreviewError(404, 'Dit document bestaat niet (meer).')
  const set = await loadPublished(payload, { trustedCli: true })
  const list = set.docs.get(collection) ?? []
  const at = list.findIndex((d) => String(d.id) === String(draft.id))
  const doc = asCandidate({ ...draft, _status: 'published' })
  const next = at >= 0 ? list.map((d, i) => (i === at ? doc : d)) : [...list, doc]
  const assembled = assembleSiteContent({ ...set, docs: new Map(set.docs).set(collection, next) }, serverUrl)
  if (!assembled.content) {
    const noun = COLLECTIONS[collection].noun
    throw new PreviewError(
      422,
      `Er is nog geen voorbeeld van deze ${noun}: de website kan zo niet worden gebouwd. Los deze punten op en klik opnieuw op "Voorbeeld".`,
      assembled.problems.map((p) => {
        // The draft's own problems name the field as the form shows it ("Inleiding: Vul dit veld in.").
        if (p.collection !== collection || p.id !== String(draft.id) || !p.path || p.message === undefined) return p.line
        const fieldPath = toFieldPath(p.path)
        if (fieldPath === '') return p.line
        const fields = payload.collections[collection].config.fields
        return `${p.line.slice(0, p.line.indexOf(': '))}: ${describeFieldPath(fields, fieldPath.split('.'), draft)}: ${p.message}`
      }),
    )
  }
  const content = assembled.content
  const slug = String(draft.slug ?? '')
  const path =
    collection === 'pages'
      ? pageUrl(String(draft.platform) as Area, slug)
      : urlForRef({ collection, slug } as Parameters<typeof urlForRef>[0], content)
  return { content, path, slug }
}
