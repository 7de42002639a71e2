import type { InlineNode, RichText } from '@hp/content-schemas'
import type { LexicalNode, LexicalValue } from './toContract.ts'

/** Resolves a contract ref to the target document's id; throws when it does not exist. */
export type IdResolver = (collection: string, slug: string) => string | number

const base = { direction: 'ltr', format: '', indent: 0, version: 1 }

function textNode(text: string, bold?: boolean, italic?: boolean): LexicalNode {
  return { type: 'text', text, format: (bold ? 1 : 0) | (italic ? 2 : 0), detail: 0, mode: 'normal', style: '', version: 1 }
}

function inline(nodes: InlineNode[], resolve: IdResolver): LexicalNode[] {
  return nodes.map((n) => {
    if (n.type === 'text') return textNode(n.text, n.bold, n.italic)
    if (n.type === 'linebreak') return { type: 'linebreak', version: 1 }
    const children = n.children.map((c) => textNode(c.text, c.bold, c.italic))
    const fields = n.ref
      ? { linkType: 'internal', newTab: false, doc: { relationTo: n.ref.collection, value: resolve(n.ref.collection, n.ref.slug) } }
      : { linkType: 'custom', newTab: false, url: n.url }
    return { ...base, type: 'link', fields, children }
  })
}

/**
 * Converts contract rich text into Payload's Lexical JSON (used by seed and import). Empty text
 * becomes one empty paragraph, as the editor itself stores it: Lexical refuses a root without
 * children ("Minified Lexical error #38": the editor state is empty) and shows that error
 * instead of the editor.
 */
export function richTextToLexical(blocks: RichText, resolve: IdResolver): LexicalValue {
  const children: LexicalNode[] = blocks.map((b) => {
    switch (b.type) {
      case 'paragraph':
        return { ...base, type: 'paragraph', textFormat: 0, children: inline(b.children, resolve) }
      case 'heading':
        return { ...base, type: 'heading', tag: `h${b.level}`, children: inline(b.children, resolve) }
      case 'list':
        return {
          ...base,
          type: 'list',
          listType: b.ordered ? 'number' : 'bullet',
          tag: b.ordered ? 'ol' : 'ul',
          start: 1,
          children: b.items.map((item, i) => ({ ...base, type: 'listitem', value: i + 1, children: inline(item, resolve) })),
        }
      default:
        return { ...base, type: 'quote', children: inline(b.children, resolve) }
    }
  })
  if (children.length === 0) children.push({ ...base, type: 'paragraph', textFormat: 0, children: [] })
  return { root: { ...base, type: 'root', children } }
}
