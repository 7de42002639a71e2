import { COLLECTIONS, collectionDocLabel, SITE_SETTINGS_LABEL } from './collections.ts'
import { type LinkableCollection, LinkableCollectionSchema } from './common.ts'
import { urlForRef } from './links.ts'
import type { InlineNode } from './rich-text.ts'
import { richTextFieldsOf } from './rich-text-fields.ts'
import type { SiteContent } from './site-content.ts'
import { pageUrl } from './urls.ts'

/**
 * Content health: what an editor should look at in the published bundle, beyond what the contract
 * refuses. The contract already makes a published page unable to lack alt text, captions or a
 * transcript, or to link to a document that is not published; these checks find what it allows.
 */

/** The house style's B1 guidance: short sentences, short paragraphs. */
export const READABILITY = { maxSentenceWords: 20, maxParagraphSentences: 5 } as const

/** Abbreviations whose full stop does not end a sentence (lower case, with their dots). */
const ABBREVIATIONS = [
  'bijv.',
  'bv.',
  'o.a.',
  'd.w.z.',
  'enz.',
  'etc.',
  'm.b.t.',
  't.o.v.',
  'z.s.m.',
  'ca.',
  'nr.',
  'mevr.',
  'dhr.',
  'incl.',
  'excl.',
  'i.p.v.',
  'e.d.',
  'a.u.b.',
  'zgn.',
  'evt.',
]
const MARK = '\u0000'

/** Splits text into sentences at `.`, `!`, `?` or `…` followed by a space and a capital, digit or quote. */
export function sentencesOf(text: string): string[] {
  let masked = text.replace(/\s+/g, ' ').trim()
  for (const abbr of ABBREVIATIONS) {
    const pattern = new RegExp(`(^|[\\s(])${abbr.replace(/\./g, '\\.')}`, 'gi')
    masked = masked.replace(pattern, (m) => m.replace(/\./g, MARK))
  }
  return masked
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}\d"'“‘(])/u)
    .map((s) => s.replaceAll(MARK, '.').trim())
    .filter((s) => wordCount(s) > 0)
}

/** Words: runs of characters that hold a letter or a digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length
}

const inlineText = (nodes: readonly InlineNode[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'linebreak' ? ' ' : n.children.map((c) => c.text).join(''))).join('')

/** Where in the bundle a finding is: the document and the field, as the admin names them. */
export interface ContentPlace {
  /** The collection, or `site-settings` for the settings. */
  collection: LinkableCollection | 'site-settings'
  /** The document's slug (empty for the settings). */
  slug: string
  /** `Tip "luisteren"`: how messages name the document. */
  label: string
  /** Field path inside the document, e.g. `body` or `sections[1].items[0].body`. */
  path: string
}

export interface ReadabilityFinding extends ContentPlace {
  kind: 'long-sentence' | 'long-paragraph'
  /** Words in the sentence, or sentences in the paragraph. */
  count: number
  /** The start of the sentence or paragraph, so the editor can find it. */
  excerpt: string
}

const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 87).trimEnd()}…` : text)

/**
 * Sentences above 20 words (in paragraphs, quotes and list items) and paragraphs above 5
 * sentences, in every rich-text field of the bundle. Headings are not checked.
 */
export function readabilityFindings(content: SiteContent): ReadabilityFinding[] {
  const out: ReadabilityFinding[] = []
  for (const field of richTextFieldsOf(content)) {
    const place = { collection: field.collection, slug: field.slug, label: field.label, path: field.path }
    const runs = field.value.flatMap((b) =>
      b.type === 'list'
        ? b.items.map((i) => ({ text: inlineText(i), paragraph: false }))
        : b.type === 'heading'
          ? []
          : [{ text: inlineText(b.children), paragraph: b.type === 'paragraph' }],
    )
    for (const run of runs) {
      const sentences = sentencesOf(run.text)
      for (const s of sentences) {
        const words = wordCount(s)
        if (words > READABILITY.maxSentenceWords) out.push({ ...place, kind: 'long-sentence', count: words, excerpt: excerpt(s) })
      }
      if (run.paragraph && sentences.length > READABILITY.maxParagraphSentences)
        out.push({ ...place, kind: 'long-paragraph', count: sentences.length, excerpt: excerpt(run.text) })
    }
  }
  return out
}

export interface ExternalLink extends ContentPlace {
  url: string
}

/** Keys whose value is a link to another site (media objects' `url` is the CMS file and is skipped). */
const LINK_KEYS = /^(url|[a-z]\w*Url)$/

function collectLinks(value: unknown, path: string, place: Omit<ContentPlace, 'path'>, out: ExternalLink[]) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      collectLinks(v, `${path}[${i}]`, place, out)
    })
    return
  }
  if (value === null || typeof value !== 'object' || 'mimeType' in value) return
  for (const [key, v] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key
    if (LINK_KEYS.test(key) && typeof v === 'string' && /^https?:\/\//.test(v)) out.push({ ...place, path: at, url: v })
    else collectLinks(v, at, place, out)
  }
}

/**
 * Every link to another site in the bundle (rich-text links, organisation sites and chats,
 * external services, video sources, newsletter items, the settings), with where it is.
 * Rich-text link paths end at the block: `body[2]`, not the node inside it.
 */
export function externalLinksOf(content: SiteContent): ExternalLink[] {
  const out: ExternalLink[] = []
  for (const collection of LinkableCollectionSchema.options) {
    const docs = content[COLLECTIONS[collection].key] as readonly { slug: string }[]
    docs.forEach((doc, i) => {
      collectLinks(doc, '', { collection, slug: doc.slug, label: collectionDocLabel(collection, doc, i) }, out)
    })
  }
  collectLinks(content.settings, '', { collection: 'site-settings', slug: '', label: SITE_SETTINGS_LABEL }, out)
  return out.map((link) => ({ ...link, path: link.path.replace(/(\[\d+\])\.children\[\d+\]\.url$/, '$1') }))
}

/** The document a page of the site belongs to: where the admin edits it, without a field. */
export type PageOwner = Omit<ContentPlace, 'path'>

/**
 * Which document each page of the site shows, by site path (`/voor-de-helpers/tips/luisteren/`),
 * with the same path functions the site uses. Documents that live at an anchor of a list page
 * (organisations, signals, external services) have no page of their own and are not in it; a
 * checklist's page belongs to the checklist, not to its offence.
 */
export function documentPages(content: SiteContent): Map<string, PageOwner> {
  const out = new Map<string, PageOwner>()
  for (const collection of LinkableCollectionSchema.options) {
    const docs = content[COLLECTIONS[collection].key] as readonly { slug: string; platform?: unknown }[]
    docs.forEach((doc, i) => {
      // Page slugs are unique per platform only: a page's own platform, not the by-slug lookup of links.
      const url =
        collection === 'pages'
          ? pageUrl((doc as SiteContent['pages'][number]).platform, doc.slug)
          : urlForRef({ collection, slug: doc.slug }, content)
      if (url.includes('#')) return
      out.set(url, { collection, slug: doc.slug, label: collectionDocLabel(collection, doc, i) })
    })
  }
  return out
}
