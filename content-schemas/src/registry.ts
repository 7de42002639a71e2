import { z } from 'zod'
import { AssessmentSchema } from './assessment.ts'
import { ChecklistSchema } from './checklist.ts'
import type { DocRef } from './common.ts'
import { ErvaringSchema } from './ervaring.ts'
import { ExternalServiceSchema } from './external-service.ts'
import { NewsletterIssueSchema } from './newsletter-issue.ts'
import { OffenceSchema } from './offence.ts'
import { OrganisationSchema } from './organisation.ts'
import { PageSchema } from './page.ts'
import { ReferralTreeSchema } from './referral-tree.ts'
import type { RichText } from './rich-text.ts'
import { SignalSchema } from './signal.ts'
import { StepPlanSchema } from './step-plan.ts'
import { TipSchema } from './tip.ts'
import { CONTENT_TYPE_SLUGS, type ContentTypeSlug, DOCUMENT_URLS, homePlatform, type UrlContext } from './urls.ts'
import { VideoSchema } from './video.ts'

// Each content type's contract, exported with the package through its registry record.
export * from './assessment.ts'
export * from './checklist.ts'
export * from './ervaring.ts'
export * from './external-service.ts'
export * from './newsletter-issue.ts'
export * from './offence.ts'
export * from './organisation.ts'
export * from './page.ts'
export * from './referral-tree.ts'
export * from './signal.ts'
export * from './step-plan.ts'
export * from './tip.ts'
export * from './video.ts'

/*
 * The content-type registry: one record per content type, the one place that says what a type is.
 * The bundle's shape (SiteContentSchema), document URLs (urlForRef), messages that name a document,
 * the reference check, the rich-text field list and the CMS's own registry (cms/src/content-types.ts,
 * keyed by the same slugs) are all derived from it. Adding a type here is one record, plus the
 * import and `export *` of its schema file above (the package exports every schema from here).
 * The slugs themselves, in bundle order, are the keys of `DOCUMENT_URLS` (urls.ts): links in rich
 * text need them before any schema exists, and the type's URL belongs there anyway. The compiler
 * checks that the two agree (`satisfies` below), a test checks every part.
 */

/** A field path and the references or rich text found there, e.g. `['relatedTips[1]', { collection: 'tips', slug }]`. */
export type RefAt = [path: string, ref: DocRef]
export type RichTextAt = [path: string, value: RichText]

/** One content type. `S` is its contract schema, `K` its list's key in the bundle. */
export interface ContentType<
  S extends z.ZodType<{ slug: string }> = z.ZodType<{ slug: string }>,
  K extends string = string,
  T extends ContentTypeSlug = ContentTypeSlug,
> {
  /** The CMS collection slug, the `collection` of a link, the registry key. Example: `step-plans`. */
  slug: T
  /** Where the published documents are in the bundle (SiteContent). Example: `stepPlans`. */
  key: K
  /** The contract of one published document. */
  schema: S
  /** A bundle exported before this type existed has no list: it defaults to empty. */
  addedLater?: true
  /** The public URL of a published document: its function in `DOCUMENT_URLS` (urls.ts). */
  url: (doc: z.infer<S>, content: UrlContext) => string
  /** Finds the document a link means; by default the one with this slug. */
  find?: (docs: readonly z.infer<S>[], slug: string) => z.infer<S> | undefined
  /** The document has pages below its URL (a referral tree's steps): a changed slug redirects them too. */
  hasSubPages?: true
  /** Dutch names: as the admin names one document (`Stappenplan`), the list (`Stappenplannen`), mid-sentence. */
  label: string
  plural: string
  noun: string
  article: 'de' | 'het'
  /**
   * The search page's "Soort" filter: every value this type's pages are indexed with, and the
   * value of one document. `null`: the type has no page of its own (it shows on other pages).
   * The site's pages and the filter's options take their values from here (site/src/search/types.ts).
   */
  search: { types: readonly string[]; of: (doc: z.infer<S>) => string } | null
  /**
   * How long its content stays current, in months: the "Controleren vóór" date a new document gets
   * in the CMS, and where "Gecontroleerd" moves it.
   */
  reviewMonths: number
  /** Rich text and newsletters may link to its documents. */
  linkable: boolean
  /** Every reference to another document in its fields, with the field path (checked by checkReferences). */
  refs: (doc: z.infer<S>) => RefAt[]
  /** Every rich-text field, with its path (its links are checked; a test compares this with the schema). */
  richText: (doc: z.infer<S>) => RichTextAt[]
}

/** Keeps the literal key and `addedLater`, and ties `url`, `refs` and `richText` to the schema's document type. */
const contentType = <
  S extends z.ZodType<{ slug: string }>,
  const K extends string,
  const T extends ContentTypeSlug,
  const A extends true | undefined = undefined,
>(
  t: ContentType<S, K, T> & { addedLater?: A },
) => t as ContentType<S, K, T> & { addedLater: A }

const slugRefs = (collection: ContentTypeSlug, path: string, slugs: readonly string[]): RefAt[] =>
  slugs.map((slug, i) => [`${path}[${i}]`, { collection, slug }])

const none = (): [] => []

export const CONTENT_TYPES = {
  offences: contentType({
    slug: 'offences',
    key: 'offences',
    schema: OffenceSchema,
    url: DOCUMENT_URLS.offences,
    label: 'Delict',
    plural: 'Delicten',
    noun: 'delict',
    article: 'het',
    search: null,
    reviewMonths: 12,
    linkable: true,
    refs: none,
    richText: none,
  }),
  checklists: contentType({
    slug: 'checklists',
    key: 'checklists',
    schema: ChecklistSchema,
    url: DOCUMENT_URLS.checklists,
    label: 'Checklist',
    plural: 'Checklists',
    noun: 'checklist',
    article: 'de',
    search: { types: ['Checklist'], of: () => 'Checklist' },
    reviewMonths: 12,
    linkable: true,
    refs: (c) => [
      ['offence', { collection: 'offences', slug: c.offence }],
      ...slugRefs('tips', 'relatedTips', c.relatedTips),
      ...slugRefs('videos', 'relatedVideos', c.relatedVideos),
    ],
    richText: (c) => [
      ['intro', c.intro],
      ...c.sections.flatMap((s, i) => s.items.map((item, j): RichTextAt => [`sections[${i}].items[${j}].body`, item.body])),
    ],
  }),
  tips: contentType({
    slug: 'tips',
    key: 'tips',
    schema: TipSchema,
    url: DOCUMENT_URLS.tips,
    label: 'Tip',
    plural: 'Tips',
    noun: 'tip',
    article: 'de',
    // A tip whose page is on Voor Professionals (a tip for professionals only) is a conversation tip.
    search: { types: ['Tip', 'Gesprekstip'], of: (t) => (homePlatform(t.platforms) === 'helpers' ? 'Tip' : 'Gesprekstip') },
    reviewMonths: 12,
    linkable: true,
    refs: (t) => slugRefs('offences', 'offences', t.offences),
    richText: (t) => [['body', t.body]],
  }),
  videos: contentType({
    slug: 'videos',
    key: 'videos',
    schema: VideoSchema,
    url: DOCUMENT_URLS.videos,
    label: 'Video',
    plural: "Video's",
    noun: 'video',
    article: 'de',
    search: { types: ['Video'], of: () => 'Video' },
    reviewMonths: 24,
    linkable: true,
    refs: (v) => slugRefs('offences', 'offences', v.offences),
    richText: (v) => [['transcript', v.transcript]],
  }),
  'step-plans': contentType({
    slug: 'step-plans',
    key: 'stepPlans',
    schema: StepPlanSchema,
    url: DOCUMENT_URLS['step-plans'],
    label: 'Stappenplan',
    plural: 'Stappenplannen',
    noun: 'stappenplan',
    article: 'het',
    search: { types: ['Stappenplan'], of: () => 'Stappenplan' },
    reviewMonths: 12,
    linkable: true,
    refs: (p) => [...slugRefs('offences', 'offences', p.offences), ...slugRefs('organisations', 'organisations', p.organisations)],
    richText: (p) =>
      p.phases.flatMap((phase, i): RichTextAt[] => [
        [`phases[${i}].intro`, phase.intro],
        ...phase.steps.map((s, j): RichTextAt => [`phases[${i}].steps[${j}].body`, s.body]),
      ]),
  }),
  signals: contentType({
    slug: 'signals',
    key: 'signals',
    schema: SignalSchema,
    url: DOCUMENT_URLS.signals,
    label: 'Signaal',
    plural: 'Signalen',
    noun: 'signaal',
    article: 'het',
    search: { types: ['Signalenwijzer'], of: () => 'Signalenwijzer' },
    reviewMonths: 12,
    linkable: true,
    refs: none,
    richText: (s) => [['whatToDo', s.whatToDo]],
  }),
  organisations: contentType({
    slug: 'organisations',
    key: 'organisations',
    schema: OrganisationSchema,
    url: DOCUMENT_URLS.organisations,
    label: 'Organisatie',
    plural: 'Organisaties',
    noun: 'organisatie',
    article: 'de',
    search: { types: ['Organisaties'], of: () => 'Organisaties' },
    // Contact data goes stale fastest.
    reviewMonths: 6,
    linkable: true,
    refs: none,
    richText: none,
  }),
  'external-services': contentType({
    slug: 'external-services',
    key: 'externalServices',
    schema: ExternalServiceSchema,
    addedLater: true,
    url: DOCUMENT_URLS['external-services'],
    label: 'Externe dienst',
    plural: 'Externe diensten',
    noun: 'externe dienst',
    article: 'de',
    // Shown on the pillar or offer page it belongs to, indexed as that page.
    search: null,
    reviewMonths: 6,
    linkable: true,
    refs: none,
    richText: none,
  }),
  ervaringen: contentType({
    slug: 'ervaringen',
    key: 'ervaringen',
    schema: ErvaringSchema,
    addedLater: true,
    url: DOCUMENT_URLS.ervaringen,
    label: 'Ervaring',
    plural: 'Ervaringen',
    noun: 'ervaring',
    article: 'de',
    search: { types: ['Ervaring'], of: () => 'Ervaring' },
    // Personal stories: checked less often than facts and contact data.
    reviewMonths: 24,
    linkable: true,
    refs: (e) => slugRefs('offences', 'offences', e.offences),
    richText: (e) => [['body', e.body]],
  }),
  'referral-trees': contentType({
    slug: 'referral-trees',
    key: 'referralTrees',
    schema: ReferralTreeSchema,
    url: DOCUMENT_URLS['referral-trees'],
    hasSubPages: true,
    label: 'Doorverwijstool',
    plural: 'Doorverwijstools',
    noun: 'doorverwijstool',
    article: 'de',
    search: { types: ['Doorverwijstool'], of: () => 'Doorverwijstool' },
    reviewMonths: 6,
    linkable: true,
    refs: (t) =>
      t.nodes.flatMap((n, j) => (n.type === 'outcome' ? slugRefs('organisations', `nodes[${j}].organisations`, n.organisations) : [])),
    richText: (t) => [
      ['intro', t.intro],
      ...t.nodes.flatMap((n, i): RichTextAt[] =>
        n.type === 'outcome'
          ? [
              [`nodes[${i}].body`, n.body],
              [`nodes[${i}].whatToSay`, n.whatToSay],
            ]
          : [],
      ),
    ],
  }),
  assessments: contentType({
    slug: 'assessments',
    key: 'assessments',
    schema: AssessmentSchema,
    url: DOCUMENT_URLS.assessments,
    label: 'Scan of test',
    plural: 'Scans en tests',
    noun: 'scan of test',
    article: 'de',
    search: {
      types: ['Zelfscan', 'Test', 'Quickscan'],
      of: (a) => ({ zelfscan: 'Zelfscan', test: 'Test', quickscan: 'Quickscan' })[a.kind],
    },
    reviewMonths: 12,
    linkable: true,
    refs: none,
    richText: (a) => [
      ['intro', a.intro],
      ...a.themes.map((t, i): RichTextAt => [`themes[${i}].attentionPoint`, t.attentionPoint]),
      ...a.bands.map((b, i): RichTextAt => [`bands[${i}].advice`, b.advice]),
    ],
  }),
  'newsletter-issues': contentType({
    slug: 'newsletter-issues',
    key: 'newsletterIssues',
    schema: NewsletterIssueSchema,
    url: DOCUMENT_URLS['newsletter-issues'],
    label: 'Nieuwsbrief',
    plural: 'Nieuwsbrieven',
    noun: 'nieuwsbrief',
    article: 'de',
    search: { types: ['Nieuwsbrief'], of: () => 'Nieuwsbrief' },
    reviewMonths: 24,
    linkable: true,
    refs: (n) => n.items.flatMap((item, j): RefAt[] => (item.ref ? [[`items[${j}].ref`, item.ref]] : [])),
    richText: (n) => [['intro', n.intro]],
  }),
  pages: contentType({
    slug: 'pages',
    key: 'pages',
    schema: PageSchema,
    url: DOCUMENT_URLS.pages,
    // Page slugs are unique per platform; a link by slug prefers the neutral page.
    find: (pages, slug) => {
      const same = pages.filter((p) => p.slug === slug)
      return same.find((p) => p.platform === 'algemeen') ?? same[0]
    },
    label: 'Pagina',
    plural: "Pagina's",
    noun: 'pagina',
    article: 'de',
    search: { types: ['Pagina'], of: () => 'Pagina' },
    reviewMonths: 12,
    linkable: true,
    refs: none,
    richText: (p) => p.blocks.flatMap((b, i): RichTextAt[] => (b.blockType === 'richText' ? [[`blocks[${i}].body`, b.body]] : [])),
  }),
} satisfies { [T in ContentTypeSlug]: { slug: T } }

export type ContentTypes = typeof CONTENT_TYPES
/** The keys of the bundle that hold document lists. Example: `stepPlans`. */
export type CollectionKey = ContentTypes[ContentTypeSlug]['key']

/** A content type's record, loosely typed: for code that treats every type alike. */
export const contentTypeOf = (slug: ContentTypeSlug): ContentType => CONTENT_TYPES[slug] as unknown as ContentType

/** Every content type in bundle order. */
export const contentTypes = (): ContentType[] => CONTENT_TYPE_SLUGS.map(contentTypeOf)

/** The content types rich text and newsletters may link to. */
export const linkableSlugs = (): ContentTypeSlug[] => CONTENT_TYPE_SLUGS.filter((s) => CONTENT_TYPES[s].linkable)

type ListSchema<T> = T extends { schema: infer S extends z.ZodType; addedLater: true }
  ? z.ZodDefault<z.ZodArray<S>>
  : T extends { schema: infer S extends z.ZodType }
    ? z.ZodArray<S>
    : never

/** The document lists of the bundle's schema, one per content type, keyed by `key`. */
export type BundleListSchemas = { [S in ContentTypeSlug as ContentTypes[S]['key']]: ListSchema<ContentTypes[S]> }

/** The bundle's document lists, in registry order: `tips: z.array(TipSchema)`; added later: `.default([])`. */
export function bundleListSchemas(): BundleListSchemas {
  return Object.fromEntries(
    contentTypes().map((t) => {
      const list = z.array(t.schema)
      return [t.key, t.addedLater ? list.default([]) : list]
    }),
  ) as unknown as BundleListSchemas
}
