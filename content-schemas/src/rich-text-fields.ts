import { collectionDocLabel } from './collections.ts'
import type { LinkableCollection } from './common.ts'
import { contentTypes } from './registry.ts'
import type { RichText } from './rich-text.ts'
import type { SiteContent } from './site-content.ts'

/** One rich-text field of one document in the bundle. */
export type RichTextField = { collection: LinkableCollection; slug: string; label: string; path: string; value: RichText }

/**
 * Every rich-text field in the bundle, with the document and field path, in bundle order: each
 * content type's `richText` (registry.ts). A test compares this list with the schemas, so a new
 * rich-text field cannot be missed.
 */
export function richTextFieldsOf(content: SiteContent): RichTextField[] {
  return contentTypes().flatMap((type) =>
    (content[type.key as keyof SiteContent] as readonly { slug: string }[]).flatMap((doc, i) =>
      type
        .richText(doc)
        .map(([path, value]) => ({ collection: type.slug, slug: doc.slug, label: collectionDocLabel(type.slug, doc, i), path, value })),
    ),
  )
}
