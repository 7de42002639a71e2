/**
 * Maximum lengths, one constant per limit, shared by the contract (checked when a document is
 * published and when the site is built) and the CMS (checked on every save, drafts included).
 * Counted in characters (UTF-16 code units, as the browser's `maxlength` counts them).
 */
export const LIMITS = {
  /** Titles, names, headings, link texts, questions and answers. */
  title: 200,
  /** Summaries and descriptions for lists, search results and meta descriptions. */
  summary: 300,
  /** Slugs and keys (parts of a URL). */
  slug: 120,
  /** One search term of an offence. */
  searchTerm: 60,
  /** Short explanations: a question's hint, the text of an opening block. */
  shortText: 400,
  /** Any other line of plain text: phone numbers, opening hours, names of people. */
  line: 200,
  /** Web addresses and site paths. */
  url: 2_000,
  /** Captions of one video (WebVTT). */
  captions: 200_000,
  /** Rich text: the characters a reader sees (text of all paragraphs, headings, lists and links). */
  richTextChars: 20_000,
  /** Rich text as stored by the CMS (text plus formatting), in bytes of JSON. */
  richTextBytes: 300_000,
} as const
export type LimitName = keyof typeof LIMITS

/** `5000000` → `5.000.000` (Dutch thousands separator; no locale data needed). */
export const formatCount = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')

/**
 * The message for text over its limit, naming the field as the CMS labels it:
 * `Het veld "Titel" is te lang: maximaal 200 tekens (nu 5.000.000). Maak de tekst korter.`
 */
export const tooLong = (label: string, max: number, actual: number): string =>
  `Het veld "${label}" is te lang: maximaal ${formatCount(max)} tekens (nu ${formatCount(actual)}). Maak de tekst korter.`

/** The message for rich text whose stored form is too large (mostly formatting, e.g. pasted from Word). */
export const tooLarge = (label: string, maxBytes: number, actualBytes: number): string =>
  `Het veld "${label}" is te groot: maximaal ${formatCount(maxBytes / 1000)} kB tekst en opmaak (nu ${formatCount(actualBytes / 1000)} kB). Maak de tekst korter of haal opmaak weg.`

/** The number of characters a reader sees in a text, for the limit checks. */
export const textLength = (text: string): number => text.length

/**
 * Characters of visible text in a tree of rich-text nodes in either form (the contract's blocks
 * or the CMS editor's JSON): the sum of every `text` of a node of type `text`.
 */
export function richTextChars(value: unknown): number {
  let total = 0
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const node = stack.pop()
    if (Array.isArray(node)) {
      for (const child of node) stack.push(child)
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>
      if (record.type === 'text' && typeof record.text === 'string') total += record.text.length
      for (const [key, child] of Object.entries(record)) if (key !== 'text' && child && typeof child === 'object') stack.push(child)
    }
  }
  return total
}

/** Bytes of a value's JSON (UTF-8), as the CMS stores rich text. */
export const jsonBytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value ?? null)).length
