import type { BlockNode, DocRef, InlineNode, LinkableCollection, RichText, TextNode } from '@hp/content-schemas'

/** A Lexical node as stored by Payload (only the properties we read). */
export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  fields?: { linkType?: string; url?: string; doc?: { relationTo: string; value: unknown } | null }
  [key: string]: unknown
}

/** Payload's stored rich-text value. */
export interface LexicalValue {
  root: LexicalNode
}

/** Thrown for editor content outside the contract's subset; `path` names where in the text. */
export class RichTextConversionError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message)
    this.name = 'RichTextConversionError'
  }
}

/** The error as one line for the editor: `Tekst [2]: kop h1 kan niet. …` (the path counts blocks from 0). */
export const richTextProblem = (error: RichTextConversionError): string =>
  `Tekst${error.path === '' ? '' : ` ${error.path}`}: ${error.message}`

/** Resolves an internal link target to a published document's ref, or undefined when not published. */
export type RefResolver = (collection: string, value: unknown) => DocRef | undefined

const BOLD = 1
const ITALIC = 2

function text(node: LexicalNode): TextNode | null {
  if (!node.text) return null
  const format = typeof node.format === 'number' ? node.format : 0
  const out: TextNode = { type: 'text', text: node.text }
  if (format & BOLD) out.bold = true
  if (format & ITALIC) out.italic = true
  return out
}

function inlines(nodes: LexicalNode[], resolve: RefResolver, path: string): InlineNode[] {
  const out: InlineNode[] = []
  nodes.forEach((node, i) => {
    if (node.type === 'text') {
      const t = text(node)
      if (t) out.push(t)
    } else if (node.type === 'linebreak') out.push({ type: 'linebreak' })
    else if (node.type === 'link' || node.type === 'autolink') {
      const children = (node.children ?? []).map(text).filter((c): c is TextNode => c !== null)
      const f = node.fields ?? {}
      if (f.linkType === 'internal') {
        const ref = f.doc ? resolve(f.doc.relationTo, f.doc.value) : undefined
        // A link to a document that is not published keeps its text but loses the link.
        if (ref) out.push({ type: 'link', ref: { collection: ref.collection as LinkableCollection, slug: ref.slug }, children })
        else out.push(...children)
      } else out.push({ type: 'link', url: f.url ?? '', children })
    } else {
      throw new RichTextConversionError(`dit onderdeel ("${node.type}") kan niet in de tekst. Haal het weg.`, `${path}[${i}]`)
    }
  })
  return out
}

/** Converts Payload's Lexical JSON into contract rich text. Empty paragraphs are dropped. */
export function lexicalToRichText(value: unknown, resolve: RefResolver): RichText {
  if (value === null || value === undefined) return []
  const root = (value as LexicalValue).root
  if (!root || !Array.isArray(root.children))
    throw new RichTextConversionError('dit is geen opgemaakte tekst. Typ de tekst opnieuw in de editor.', '')
  const blocks: BlockNode[] = []
  root.children.forEach((node, i) => {
    const path = `[${i}]`
    const kids = node.children ?? []
    if (node.type === 'paragraph' || node.type === 'quote') {
      const children = inlines(kids, resolve, path)
      if (children.length > 0) blocks.push({ type: node.type, children })
    } else if (node.type === 'heading') {
      const level = Number((node.tag ?? '').replace('h', ''))
      if (level !== 2 && level !== 3 && level !== 4)
        throw new RichTextConversionError(`kop ${node.tag} kan niet. Gebruik kop h2, h3 of h4.`, path)
      blocks.push({ type: 'heading', level, children: inlines(kids, resolve, path) })
    } else if (node.type === 'list') {
      const items = kids.map((item, j) => {
        if (item.type !== 'listitem')
          throw new RichTextConversionError(`dit onderdeel ("${item.type}") kan niet in een lijst. Haal het weg.`, `${path}[${j}]`)
        const nested = (item.children ?? []).find((c) => c.type === 'list')
        if (nested) throw new RichTextConversionError('een lijst in een lijst kan niet. Gebruik één niveau.', `${path}[${j}]`)
        return inlines(item.children ?? [], resolve, `${path}[${j}]`)
      })
      blocks.push({ type: 'list', ordered: node.listType === 'number', items: items.filter((it) => it.length > 0) })
    } else {
      throw new RichTextConversionError(
        `dit onderdeel ("${node.type}") kan niet in de tekst. Gebruik alinea's, koppen h2 tot h4, lijsten, citaten en links.`,
        path,
      )
    }
  })
  return blocks
}
