import { z } from 'zod'
import { type DocRef, DocRefSchema, UrlSchema } from './common.ts'
import { formatCount, LIMITS, richTextChars } from './limits.ts'
import { FILL_IN } from './messages.ts'

/** A run of text with optional emphasis. */
export const TextNodeSchema = z.object({
  /** Node kind. */
  type: z.literal('text'),
  /** The characters; never empty. */
  text: z.string().min(1, 'Deze tekst is leeg. Vul tekst in of haal het stuk weg.'),
  /** Shown in bold (`<strong>`). */
  bold: z.boolean().optional(),
  /** Shown in italics (`<em>`). */
  italic: z.boolean().optional(),
})
export type TextNode = z.infer<typeof TextNodeSchema>

/** A forced line break inside a paragraph. */
export const LineBreakNodeSchema = z.object({
  /** Node kind. */
  type: z.literal('linebreak'),
})

/** A link: to an external URL (`url`) or to another document (`ref`), exactly one of both. */
export const LinkNodeSchema = z
  .object({
    /** Node kind. */
    type: z.literal('link'),
    /** External target, e.g. `https://www.example.nl`. */
    url: UrlSchema.optional(),
    /** Internal target, resolved to a site URL at build time, e.g. `{ collection: 'tips', slug: 'luisteren' }`. */
    ref: DocRefSchema.optional(),
    /** The link text. */
    children: z.array(TextNodeSchema).min(1, 'Geef de link een tekst.'),
  })
  .refine((link) => (link.url === undefined) !== (link.ref === undefined), {
    message: 'Een link gaat naar een webadres of naar inhoud op de site. Kies één van de twee.',
  })
export type LinkNode = z.infer<typeof LinkNodeSchema>

/** Inline content: text, links and line breaks. */
export const InlineNodeSchema = z.union([TextNodeSchema, LinkNodeSchema, LineBreakNodeSchema])
export type InlineNode = z.infer<typeof InlineNodeSchema>

const inlines = z.array(InlineNodeSchema).min(1, 'Dit stuk tekst is leeg. Vul het in of haal het weg.')

/** A block of rich text: paragraph, heading (h2–h4), list or quote. */
export const BlockNodeSchema = z.discriminatedUnion('type', [
  z.object({
    /** A paragraph. */
    type: z.literal('paragraph'),
    /** Its inline content. */
    children: inlines,
  }),
  z.object({
    /** A heading; h1 is the page title and never part of rich text. */
    type: z.literal('heading'),
    /** Heading level 2, 3 or 4. */
    level: z.literal([2, 3, 4], { error: 'Gebruik kop h2, h3 of h4. Kop h1 is de titel van de pagina.' }),
    /** Its inline content. */
    children: inlines,
  }),
  z.object({
    /** A bulleted or numbered list. */
    type: z.literal('list'),
    /** `true` for a numbered list (`<ol>`). */
    ordered: z.boolean(),
    /** The list items, each a run of inline content. */
    items: z.array(inlines).min(1, 'Deze lijst is leeg. Vul een punt in of haal de lijst weg.'),
  }),
  z.object({
    /** A quotation. */
    type: z.literal('quote'),
    /** Its inline content. */
    children: inlines,
  }),
])
export type BlockNode = z.infer<typeof BlockNodeSchema>

/** Rich text: the small, validated subset of the CMS editor's output the site renders. Never raw HTML. */
export const RichTextSchema = z.array(BlockNodeSchema).superRefine((blocks, ctx) => {
  const chars = richTextChars(blocks)
  if (chars > LIMITS.richTextChars) {
    ctx.addIssue({
      code: 'custom',
      message: `Deze tekst is te lang: maximaal ${formatCount(LIMITS.richTextChars)} tekens (nu ${formatCount(chars)}). Maak de tekst korter.`,
    })
  }
})
export type RichText = z.infer<typeof RichTextSchema>

/** Rich text that must hold at least one block. */
export const RequiredRichTextSchema = RichTextSchema.min(1, FILL_IN)

/** Plain text of rich text, for search excerpts, e-mail plain text and validation messages. */
export function richTextToPlain(blocks: RichText): string {
  const inline = (nodes: InlineNode[]): string =>
    nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'linebreak' ? '\n' : n.children.map((c) => c.text).join(''))).join('')
  return blocks.map((b) => (b.type === 'list' ? b.items.map((i) => `- ${inline(i)}`).join('\n') : inline(b.children))).join('\n\n')
}

/** Every document reference inside rich text, for reference checks. */
export function richTextRefs(blocks: RichText): DocRef[] {
  const out: DocRef[] = []
  const visit = (nodes: InlineNode[]) => {
    for (const n of nodes) if (n.type === 'link' && n.ref) out.push(n.ref)
  }
  for (const b of blocks) {
    if (b.type === 'list') b.items.forEach(visit)
    else visit(b.children)
  }
  return out
}

/** A link whose target is known: a site path (`/voor-de-helpers/tips/luisteren/`) or an external http(s) URL. */
export type LinkedLinkNode = {
  /** Node kind. */
  type: 'link'
  /** Where the link goes: a site path for a link to a document, the URL as entered for an external link. */
  href: string
  /** `true` for a link that leaves the site (from the contract's `url`); renderers add `rel="noreferrer"`. */
  external: boolean
  /** The link text. */
  children: TextNode[]
}

/** Inline content with its links resolved. */
export type LinkedInline = TextNode | LinkedLinkNode | { type: 'linebreak' }

/** A rich-text block with its links resolved; the same blocks as `BlockNode`. */
export type LinkedBlock =
  | { type: 'paragraph'; children: LinkedInline[] }
  | { type: 'quote'; children: LinkedInline[] }
  | { type: 'heading'; level: 2 | 3 | 4; children: LinkedInline[] }
  | { type: 'list'; ordered: boolean; items: LinkedInline[][] }

/**
 * Rich text as every renderer takes it: each link to a document already turned into its site path,
 * once, when the site is built or the newsletter is sent (`linkRichText`). Renderers never see a `ref`.
 */
export type LinkedRichText = LinkedBlock[]

/**
 * Rich text with every link resolved: a document reference through `resolve` (the site's URL scheme,
 * `(ref) => urlForRef(ref, content)`, which throws a `BrokenReferenceError` for a link to nothing), an
 * external URL as it is.
 */
export function linkRichText(blocks: RichText, resolve: (ref: DocRef) => string): LinkedRichText {
  const inline = (nodes: InlineNode[]): LinkedInline[] =>
    nodes.map((n): LinkedInline => {
      if (n.type !== 'link') return n
      if (n.ref) return { type: 'link', href: resolve(n.ref), external: false, children: n.children }
      return { type: 'link', href: n.url ?? '', external: true, children: n.children }
    })
  return blocks.map((b): LinkedBlock => (b.type === 'list' ? { ...b, items: b.items.map(inline) } : { ...b, children: inline(b.children) }))
}
