import type { DocRef, InlineNode, RichText } from '@hp/content-schemas'

/** Inline rich text with every link already resolved to an href (done at build time, in props.ts). */
export type LinkedInline =
  | { type: 'text'; text: string; bold?: boolean; italic?: boolean }
  | { type: 'linebreak' }
  | { type: 'link'; href: string; external: boolean; children: { type: 'text'; text: string; bold?: boolean; italic?: boolean }[] }

/** A rich-text block whose links are resolved. Same shapes as the contract's `BlockNode`. */
export type LinkedBlock =
  | { type: 'paragraph'; children: LinkedInline[] }
  | { type: 'quote'; children: LinkedInline[] }
  | { type: 'heading'; level: 2 | 3 | 4; children: LinkedInline[] }
  | { type: 'list'; ordered: boolean; items: LinkedInline[][] }

export type LinkedRichText = LinkedBlock[]

/** Rich text with every link resolved to an href, so an island needs no content bundle. */
export function linkRichText(blocks: RichText, resolve: (ref: DocRef) => string): LinkedRichText {
  const inline = (nodes: InlineNode[]): LinkedInline[] =>
    nodes.map((n) => {
      if (n.type !== 'link') return n
      const href = n.ref ? resolve(n.ref) : (n.url ?? '')
      // Only links that leave the site get rel="noreferrer"; resolved site paths do not.
      return { type: 'link', href, external: !n.ref && /^https?:/.test(href), children: n.children }
    })
  return blocks.map((b) => (b.type === 'list' ? { ...b, items: b.items.map(inline) } : { ...b, children: inline(b.children) }))
}
