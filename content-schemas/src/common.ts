import { z } from 'zod'
import { LIMITS } from './limits.ts'
import { duplicateKey, FILL_IN, FULL_URL, maxChars } from './messages.ts'
import { CONTENT_TYPE_SLUGS, type ContentTypeSlug } from './urls.ts'

/**
 * Adds an issue for every item whose id was used before (ids make anchors, URLs and browser ticks).
 * `noun` and `each` name the item as the CMS does: `Punt`, `elk punt`; `key` is the CMS's word for its id.
 */
export function addDuplicateIdIssues(
  ctx: z.RefinementCtx,
  items: readonly { id: string; path: (string | number)[] }[],
  noun: string,
  each: string,
  key = 'sleutel',
): void {
  const seen = new Set<string>()
  for (const item of items) {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: item.path, message: duplicateKey(noun, item.id, each, key) })
    seen.add(item.id)
  }
}

/** A URL segment: lowercase letters, digits and single hyphens. Example: `nazorg-bij-suicide-op-school`. */
export const SlugSchema = z
  .string()
  .min(1, FILL_IN)
  .max(LIMITS.slug, maxChars(LIMITS.slug))
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Gebruik alleen kleine letters, cijfers en streepjes, zoals "woninginbraak".')

/** A short line of plain text that must not be empty. Example: `Check wat u kunt doen`. */
export const TitleSchema = z.string().trim().min(1, FILL_IN).max(LIMITS.title, maxChars(LIMITS.title))

/** A plain-text summary for lists, search results and meta descriptions (max 300 characters). */
export const SummarySchema = z.string().trim().min(1, FILL_IN).max(LIMITS.summary, maxChars(LIMITS.summary))

/** The two public platforms. `helpers` = Voor de Helpers, `professionals` = Voor Professionals. */
export const PlatformSchema = z.enum(['helpers', 'professionals'])
export type Platform = z.infer<typeof PlatformSchema>

/** Sectors the professionals platform serves. */
export const SectorSchema = z.enum(['huisartsenzorg', 'onderwijs', 'sociaal-werk', 'hr', 'sport', 'bewindvoering'])
export type Sector = z.infer<typeof SectorSchema>

/** Themes of tips and information (the content model's theme list). */
export const ThemeSchema = z.enum([
  'herstelproces',
  'reageren',
  'passende-hulp',
  'aangifte',
  'strafproces',
  'schadevergoeding',
  'schuld-en-schaamte',
  'victim-blaming',
  'een-kind-helpen',
  'slachtofferrechten',
  'zelfzorg',
  'grenzen',
  'stress',
  'steungroep',
  'veranderde-relatie',
])
export type Theme = z.infer<typeof ThemeSchema>

/** An absolute http(s) URL. Example: `https://www.example.nl/chat`. */
export const UrlSchema = z.url({ protocol: /^https?$/, error: FULL_URL }).max(LIMITS.url, maxChars(LIMITS.url))

/** A path on the public site, starting with `/`. Example: `/voor-de-helpers/`. */
export const SitePathSchema = z
  .string()
  .max(LIMITS.url, maxChars(LIMITS.url))
  .regex(/^\/[a-z0-9\-/#?=&]*$/, 'Vul een adres op deze site in dat begint met "/", zoals /voor-de-helpers/.')

/**
 * The collection a link names: any content type (their slugs are the keys of `DOCUMENT_URLS` in
 * urls.ts; each has one record in `CONTENT_TYPES`, registry.ts, which says everything else about it). Whether a type may be linked to is its registry
 * record's `linkable`; checkReferences reports a link to one that may not.
 */
export const LinkableCollectionSchema = z.enum(CONTENT_TYPE_SLUGS)
export type LinkableCollection = ContentTypeSlug

/** A reference to another published document by collection and slug. Example: `{ collection: 'tips', slug: 'luisteren' }`. */
export const DocRefSchema = z.object({
  /** The collection the target lives in. */
  collection: LinkableCollectionSchema,
  /** The target's slug (for checklists: the offence slug; for newsletter issues: the number as text). */
  slug: SlugSchema,
})
export type DocRef = z.infer<typeof DocRefSchema>

/** A slug that changed after publishing; the site keeps the old URL working with a redirect. */
export const SlugChangeSchema = z.object({
  /** The collection of the document. */
  collection: LinkableCollectionSchema,
  /** The old slug. Example: `inbraak`. */
  from: SlugSchema,
  /** The current slug. Example: `woninginbraak`. */
  to: SlugSchema,
})
export type SlugChange = z.infer<typeof SlugChangeSchema>
