import { describe, expect, expectTypeOf, it } from 'vitest'
import { SlugSchema } from './common.ts'
import { urlForRef } from './links.ts'
import { checkReferences } from './references.ts'
import { CONTENT_TYPES, type ContentType, contentTypeOf, contentTypes, linkableSlugs } from './registry.ts'
import { siteContentExample } from './site-content.examples.ts'
import { type SiteContent, type SiteContentInput, SiteContentSchema } from './site-content.ts'
import { CONTENT_TYPE_SLUGS, type ContentTypeSlug, DOCUMENT_URLS } from './urls.ts'

/** The parts every record must have, and what makes each one usable. */
const PARTS: Record<keyof ContentType, (t: ContentType) => string | undefined> = {
  slug: (t) => (SlugSchema.safeParse(t.slug).success ? undefined : 'slug is not a URL segment'),
  key: (t) => (/^[a-z][A-Za-z]*$/.test(t.key) ? undefined : 'key is not a camelCase bundle key'),
  schema: (t) => (typeof t.schema?.safeParse === 'function' ? undefined : 'schema is not a zod schema'),
  addedLater: (t) => (t.addedLater === undefined || t.addedLater === true ? undefined : 'addedLater is true or absent'),
  url: (t) =>
    typeof t.url !== 'function'
      ? 'url is not a function'
      : t.url !== (DOCUMENT_URLS as Record<string, unknown>)[t.slug]
        ? 'url is not its function in DOCUMENT_URLS (urls.ts)'
        : undefined,
  find: (t) => (t.find === undefined || typeof t.find === 'function' ? undefined : 'find is not a function'),
  hasSubPages: (t) => (t.hasSubPages === undefined || t.hasSubPages === true ? undefined : 'hasSubPages is true or absent'),
  label: (t) => (/^[A-Z]/.test(t.label ?? '') ? undefined : 'label is empty or lowercase'),
  plural: (t) => (/^[A-Z]/.test(t.plural ?? '') && t.plural !== t.label ? undefined : 'plural is missing'),
  noun: (t) => (t.noun && t.noun === t.noun.toLowerCase() ? undefined : 'noun is empty or not lowercase'),
  article: (t) => (t.article === 'de' || t.article === 'het' ? undefined : 'article is not "de" or "het"'),
  search: (t) =>
    t.search === null || (t.search && t.search.types.length > 0 && typeof t.search.of === 'function') ? undefined : 'search is incomplete',
  reviewMonths: (t) =>
    Number.isInteger(t.reviewMonths) && t.reviewMonths > 0 ? undefined : 'reviewMonths is not a whole number of months',
  linkable: (t) => (typeof t.linkable === 'boolean' ? undefined : 'linkable is not a boolean'),
  refs: (t) => (typeof t.refs === 'function' ? undefined : 'refs is not a function'),
  richText: (t) => (typeof t.richText === 'function' ? undefined : 'richText is not a function'),
}

/** What is wrong with a record: one line per missing or broken part. */
const registryProblems = (records: Record<string, unknown>): string[] =>
  Object.entries(records).flatMap(([slug, record]) => [
    ...(typeof record === 'object' && record !== null && (record as ContentType).slug === slug ? [] : [`${slug}: slug is not "${slug}"`]),
    ...Object.values(PARTS).flatMap((check) => {
      const problem = check((record ?? {}) as ContentType)
      return problem ? [`${slug}: ${problem}`] : []
    }),
  ])

const content = (): SiteContent => SiteContentSchema.parse(siteContentExample)
const docsOf = (c: SiteContent, slug: ContentTypeSlug) => c[CONTENT_TYPES[slug].key] as readonly { slug: string }[]

describe('the content-type registry', () => {
  it('has one complete record per content type, in the order of CONTENT_TYPE_SLUGS', () => {
    expect(Object.keys(CONTENT_TYPES)).toEqual([...CONTENT_TYPE_SLUGS])
    expect(registryProblems(CONTENT_TYPES)).toEqual([])
    expect(new Set(contentTypes().map((t) => t.key)).size).toBe(CONTENT_TYPE_SLUGS.length)
  })

  it('finds a record that lacks a part', () => {
    const { url: _url, ...noUrl } = CONTENT_TYPES.tips
    const { search: _search, ...noSearch } = CONTENT_TYPES.videos
    const ownUrl = { ...CONTENT_TYPES.checklists, url: (c: { slug: string }) => `/lijsten/${c.slug}/` }
    expect(
      registryProblems({
        tips: noUrl,
        videos: noSearch,
        pages: { ...CONTENT_TYPES.pages, slug: 'paginas', plural: 'Pagina' },
        checklists: ownUrl,
      }),
    ).toEqual([
      'tips: url is not a function',
      'videos: search is incomplete',
      'pages: slug is not "pages"',
      'pages: url is not its function in DOCUMENT_URLS (urls.ts)',
      'pages: plural is missing',
      'checklists: url is not its function in DOCUMENT_URLS (urls.ts)',
    ])
  })

  it('the bundle has exactly one list per record, with its schema', () => {
    const shape = SiteContentSchema.shape as Record<string, unknown>
    for (const t of contentTypes()) expect(shape[t.key], t.slug).toBeDefined()
    const lists = Object.keys(shape).filter((k) => !['version', 'generatedAt', 'settings', 'slugChanges'].includes(k))
    expect(lists).toEqual(contentTypes().map((t) => t.key))
    // A type added later may be missing from an old bundle; the others may not.
    const old = { ...siteContentExample } as Record<string, unknown>
    for (const t of contentTypes()) if (t.addedLater) delete old[t.key]
    expect(SiteContentSchema.safeParse(old).success).toBe(true)
    delete old.tips
    expect(SiteContentSchema.safeParse(old).success).toBe(false)
    // The types say the same (checked by tsc): optional input for a type added later only.
    expectTypeOf<undefined>().toExtend<SiteContentInput['ervaringen']>()
    expectTypeOf<undefined>().not.toExtend<SiteContentInput['tips']>()
  })

  it('gives every document of the example bundle a site path, the one urlForRef returns for a link to it', () => {
    const c = content()
    for (const slug of CONTENT_TYPE_SLUGS) {
      const docs = docsOf(c, slug)
      expect(docs.length, `the example bundle has a ${slug} document`).toBeGreaterThan(0)
      for (const doc of docs) {
        const url = contentTypeOf(slug).url(doc, c)
        expect(url, `${slug}/${doc.slug}`).toMatch(/^\/[a-z0-9\-/#]*$/)
        if (slug !== 'pages') expect(urlForRef({ collection: slug, slug: doc.slug }, c)).toBe(url)
      }
    }
  })

  it("names each document's search type among the type's own", () => {
    const c = content()
    const all = contentTypes().flatMap((t) => t.search?.types ?? [])
    expect(new Set(all).size, 'no two types share a search type').toBe(all.length)
    for (const t of contentTypes()) for (const doc of docsOf(c, t.slug)) if (t.search) expect(t.search.types).toContain(t.search.of(doc))
  })

  it('every type may be linked to today; a link to a type that may not be linked to is reported', () => {
    expect(linkableSlugs()).toEqual([...CONTENT_TYPE_SLUGS])
    const c = content()
    const page = c.pages[0]
    if (!page) throw new Error('the example bundle has a page')
    c.tips = c.tips.map((t, i) =>
      i === 0
        ? {
            ...t,
            body: [
              {
                type: 'paragraph',
                children: [{ type: 'link', ref: { collection: 'pages', slug: page.slug }, children: [{ type: 'text', text: 'hier' }] }],
              },
            ],
          }
        : t,
    )
    expect(checkReferences(c)).toEqual([])
    const record = CONTENT_TYPES.pages as { linkable: boolean }
    record.linkable = false
    try {
      expect(linkableSlugs()).not.toContain('pages')
      expect(checkReferences(c)).toEqual([
        `Tip "${c.tips[0]?.slug}": body: Een link werkt niet. U kunt niet linken naar een pagina. Haal de link weg.`,
      ])
    } finally {
      record.linkable = true
    }
  })
})
