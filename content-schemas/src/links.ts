import { missingDocMessage } from './collections.ts'
import type { DocRef } from './common.ts'
import { contentTypeOf } from './registry.ts'
import type { SiteContent } from './site-content.ts'
import { type Redirect, signalGuideUrl } from './urls.ts'

/*
 * Where a reference points: a registry lookup (each content type's record has its URL function),
 * and the redirects for slugs changed after publishing.
 */

/** Thrown when rich text or a newsletter links to a document the bundle does not hold. */
export class BrokenReferenceError extends Error {
  constructor(ref: DocRef) {
    super(`Een link werkt niet. ${missingDocMessage(ref, 'link')}`)
    this.name = 'BrokenReferenceError'
  }
}

/** The site URL of a referenced document: its type's `url`; throws for a reference the bundle cannot resolve. */
export function urlForRef(ref: DocRef, content: SiteContent): string {
  const type = contentTypeOf(ref.collection)
  const docs = content[type.key as keyof SiteContent] as readonly { slug: string }[]
  const doc = type.find ? type.find(docs, ref.slug) : docs.find((d) => d.slug === ref.slug)
  if (!doc) throw new BrokenReferenceError(ref)
  return type.url(doc, content)
}

/**
 * Where a signal's text stands in the (paginated) signals guide: its page and anchor, e.g.
 * `/voor-professionals/signalenwijzer/pagina/3/#signaal-slecht-slapen`. Throws for an unknown signal.
 */
export function signalUrl(slug: string, content: Pick<SiteContent, 'signals'>): string {
  const url = signalGuideUrl(slug, content.signals)
  if (url === undefined) throw new BrokenReferenceError({ collection: 'signals', slug })
  return url
}

/**
 * Redirects for changed slugs. A change whose target no longer exists is skipped (the document
 * was unpublished); chains (a → b → c) point straight to the current URL; old URLs that are
 * in use again by a live document are not redirected. A document with sub-pages (a referral
 * tree's steps `<tree>/<node>/`, and its form route `<tree>/ga/?naar=…`) also gets a splat
 * `/old/* /new/:splat`, so a bookmarked step lands on the same step under the new slug.
 * Step plans need none: their phases and steps are anchors on one page.
 */
export function slugRedirects(content: SiteContent): Redirect[] {
  const next = new Map(content.slugChanges.map((c) => [`${c.collection}:${c.from}`, c.to]))
  const out = new Map<string, string>()
  for (const change of content.slugChanges) {
    // Follow a → b → c to the slug the document has now (bounded, in case of a loop).
    let slug = change.to
    for (let i = 0; i < 20 && next.has(`${change.collection}:${slug}`); i++) slug = next.get(`${change.collection}:${slug}`) as string
    let to: string
    try {
      to = urlForRef({ collection: change.collection, slug }, content)
    } catch {
      continue
    }
    // The old URL is where the document lived under its old slug, on the same platform: its last
    // segment (a tree called "doorverwijstool" keeps the folder of that name). Anchors are skipped.
    const from = to.replace(new RegExp(`/${slug}(/?)$`), `/${change.from}$1`)
    if (from === to || from.includes('#')) continue
    // An old URL that a live document uses again is not redirected.
    const taken = (() => {
      try {
        return urlForRef({ collection: change.collection, slug: change.from }, content) === from
      } catch {
        return false
      }
    })()
    if (taken) continue
    out.set(from, to)
    if (contentTypeOf(change.collection).hasSubPages) out.set(`${from}*`, `${to}:splat`)
  }
  return [...out].map(([from, to]) => ({ from, to })).sort((a, b) => a.from.localeCompare(b.from))
}
