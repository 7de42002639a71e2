import { type DocRef, LinkableCollectionSchema } from './common.ts'
import type { BlockNode, InlineNode, RichText, TextNode } from './rich-text.ts'

/** Thrown when markdown uses something the rich-text subset does not support. */
export class MarkdownError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MarkdownError'
  }
}

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g

function emphasis(text: string): TextNode[] {
  // Split on **bold** and *italic* markers; no nesting (the subset does not need it).
  const out: TextNode[] = []
  const re = /\*\*([^*]+)\*\*|\*([^*]+)\*/g
  let last = 0
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push({ type: 'text', text: text.slice(last, m.index) })
    if (m[1] !== undefined) out.push({ type: 'text', text: m[1], bold: true })
    else if (m[2] !== undefined) out.push({ type: 'text', text: m[2], italic: true })
    last = m.index + m[0].length
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) })
  return out
}

function target(href: string): { url: string } | { ref: DocRef } {
  if (/^https?:\/\//.test(href)) return { url: href }
  const [collection, slug] = href.split(':')
  const parsed = LinkableCollectionSchema.safeParse(collection)
  if (!parsed.success || !slug) {
    throw new MarkdownError(`link target "${href}" must be https://… or <collection>:<slug>, e.g. tips:luisteren-zonder-oordeel`)
  }
  return { ref: { collection: parsed.data, slug } }
}

/** Parses inline markdown: `**bold**`, `*italic*`, `[text](https://…)` and `[text](tips:slug)`. */
export function inlineFromMarkdown(line: string): InlineNode[] {
  const out: InlineNode[] = []
  let last = 0
  for (const m of line.matchAll(LINK)) {
    if (m.index > last) out.push(...emphasis(line.slice(last, m.index)))
    out.push({ type: 'link', ...target(m[2] as string), children: emphasis(m[1] as string) })
    last = m.index + m[0].length
  }
  if (last < line.length) out.push(...emphasis(line.slice(last)))
  return out
}

/**
 * Converts a small markdown dialect into contract rich text, for seed content and tests:
 * blank-line separated paragraphs, `## ` to `#### ` headings, `- ` and `1. ` lists, `> ` quotes,
 * inline `**bold**`, `*italic*` and links. Lines of one paragraph are joined with a space.
 */
export function richTextFromMarkdown(source: string): RichText {
  const lines = source
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.trim())
  const blocks: BlockNode[] = []
  let para: string[] = []
  let list: { ordered: boolean; items: string[] } | null = null
  const flush = () => {
    if (para.length > 0) blocks.push({ type: 'paragraph', children: inlineFromMarkdown(para.join(' ')) })
    para = []
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(inlineFromMarkdown) })
    list = null
  }
  for (const line of lines) {
    const heading = /^(#{1,6}) (.+)$/.exec(line)
    const bullet = /^- (.+)$/.exec(line)
    const numbered = /^\d+\. (.+)$/.exec(line)
    if (line === '') flush()
    else if (heading) {
      flush()
      const level = (heading[1] as string).length
      if (level < 2 || level > 4) throw new MarkdownError(`heading level ${level} in "${line}": use ## to ####`)
      blocks.push({ type: 'heading', level: level as 2 | 3 | 4, children: inlineFromMarkdown(heading[2] as string) })
    } else if (bullet || numbered) {
      const ordered = numbered !== null
      if (para.length > 0 || (list && list.ordered !== ordered)) flush()
      list ??= { ordered, items: [] }
      list.items.push(((bullet ?? numbered) as RegExpExecArray)[1] as string)
    } else if (line.startsWith('> ')) {
      flush()
      blocks.push({ type: 'quote', children: inlineFromMarkdown(line.slice(2)) })
    } else {
      if (list) flush()
      para.push(line)
    }
  }
  flush()
  return blocks
}

/** Tagged-template shorthand for `richTextFromMarkdown`, used by seed content: md`Eerste alinea.` */
export function md(strings: TemplateStringsArray | string, ...values: unknown[]): RichText {
  const text = typeof strings === 'string' ? strings : String.raw({ raw: strings }, ...values)
  return richTextFromMarkdown(text)
}
