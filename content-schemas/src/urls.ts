import type { Platform } from './common.ts'
import type { ExternalService } from './external-service.ts'
import { servicePlatforms } from './service-platforms.ts'
import type { Signal } from './signal.ts'

export type Area = Platform | 'algemeen'

/**
 * Every public path of the site is written in this file, and only here: the site's links, its
 * route parameters (`getStaticPaths`), the CMS's newsletter links and preview, the seed's menus
 * and the benches all call these functions. `site-paths.test.ts` (in scripts) fails on a literal
 * site path anywhere else in production code. Astro's route folders (`site/src/pages/…`) must
 * follow the segments below: change a segment, rename its folder.
 */

/** A platform's folder: the `[platform]` parameter of the shared routes. */
export const PLATFORM_SEGMENT: Record<Platform, string> = {
  helpers: 'voor-de-helpers',
  professionals: 'voor-professionals',
}

export const PLATFORM_BASE: Record<Area, string> = {
  algemeen: '/',
  helpers: `/${PLATFORM_SEGMENT.helpers}/`,
  professionals: `/${PLATFORM_SEGMENT.professionals}/`,
}

export const PLATFORM_NAME: Record<Area, string> = {
  algemeen: 'Helpers & Professionals',
  helpers: 'Voor de Helpers',
  professionals: 'Voor Professionals',
}

/** The site's start page. */
export const HOME_URL = PLATFORM_BASE.algemeen

/**
 * The platform a document on these platforms lives on: helpers first, as the larger audience.
 * A tip or video on both platforms has its page on Voor de Helpers only; Voor Professionals
 * lists it and links there. This is the one place that rule is written.
 */
export const homePlatform = (platforms: readonly Platform[]): Platform => (platforms.includes('helpers') ? 'helpers' : 'professionals')

/** Whether a document with these platforms has its page on `platform` (see `homePlatform`). */
export const livesOn = (doc: { platforms: readonly Platform[] }, platform: Platform): boolean => homePlatform(doc.platforms) === platform

// List pages. Paginated lists continue at `listPageUrl(base, n)`.
export const tipsBase = (platform: Platform) => `${PLATFORM_BASE[platform]}tips/`
export const themeBase = (platform: Platform, theme: string) => `${tipsBase(platform)}thema/${theme}/`
export const videosBase = (platform: Platform) => `${PLATFORM_BASE[platform]}videos/`
export const CHECKLISTS_BASE = `${PLATFORM_BASE.helpers}checklists/`
/** Experiences of other helpers (pillar 4): the list and one experience. */
export const ERVARINGEN_URL = `${PLATFORM_BASE.helpers}ervaringen/`
export const ERVARINGEN_BASE = ERVARINGEN_URL
export const STEP_PLANS_BASE = `${PLATFORM_BASE.professionals}stappenplannen/`
export const stepPlanSectorBase = (sector: string) => `${STEP_PLANS_BASE}sector/${sector}/`
export const SIGNALS_URL = `${PLATFORM_BASE.professionals}signalenwijzer/`
export const signalSectorBase = (sector: string) => `${SIGNALS_URL}sector/${sector}/`

// One document's page.
export const checklistUrl = (slug: string) => `${CHECKLISTS_BASE}${slug}/`
export const tipUrl = (slug: string, platforms: readonly Platform[]) => `${tipsBase(homePlatform(platforms))}${slug}/`
export const videoUrl = (slug: string, platforms: readonly Platform[]) => `${videosBase(homePlatform(platforms))}${slug}/`
export const stepPlanUrl = (slug: string) => `${STEP_PLANS_BASE}${slug}/`
/** The folder of a platform's referral trees (the referral tool). */
export const treesBase = (platform: Platform) => `${PLATFORM_BASE[platform]}doorverwijstool/`
export const treeUrl = (platform: Platform, slug: string) => `${treesBase(platform)}${slug}/`
/** The page of one question or outcome of a referral tree. Example: `/voor-de-helpers/doorverwijstool/helpers/bel-112/`. */
export const treeStepUrl = (platform: Platform, slug: string, nodeId: string) => `${treeUrl(platform, slug)}${nodeId}/`
export const assessmentUrl = (platform: Platform, slug: string) => `${PLATFORM_BASE[platform]}${slug}/`
export const pageUrl = (platform: Area, slug: string) => (slug === 'home' ? PLATFORM_BASE[platform] : `${PLATFORM_BASE[platform]}${slug}/`)
export const ervaringUrl = (slug: string) => `${ERVARINGEN_URL}${slug}/`

// Organisations, search.
export const ORGANISATIONS_URL = `${HOME_URL}organisaties/`
/** An organisation's entry on the organisations page. */
export const organisationUrl = (slug: string) => `${ORGANISATIONS_URL}#${organisationAnchor(slug)}`
/** The search page; its state lives in the query (`?q=…&platform=…`). */
export const SEARCH_URL = `${HOME_URL}zoeken/`
/** The spelling vocabulary the search page loads (built by `site/src/pages/zoeken/woorden.json.ts`). */
export const SEARCH_VOCABULARY_URL = `${SEARCH_URL}woorden.json`

// Places on the landing pages.
/** A pillar's page on Voor de Helpers (`HELPER_PILLARS`). */
export const pillarUrl = (slug: string) => `${PLATFORM_BASE.helpers}${slug}/`
/** A section of the professionals' offer on their landing page (`PROFESSIONAL_OFFER`). */
export const offerSectionUrl = (slug: string) => `${PLATFORM_BASE.professionals}#${slug}`
/** Where a platform shows the place (pillar or offer section) with this slug. */
export const offerPlaceUrl = (platform: Platform, slug: string) => (platform === 'helpers' ? pillarUrl(slug) : offerSectionUrl(slug))
export const externalServiceAnchor = (slug: string) => `dienst-${slug}`
/** Where the site lists an external service (helpers first): its place and its anchor. */
export function externalServiceUrl(service: Pick<ExternalService, 'slug' | 'platform' | 'pillar'>): string {
  const place = offerPlaceUrl(homePlatform(servicePlatforms(service.platform)), service.pillar)
  return `${place.split('#')[0]}#${externalServiceAnchor(service.slug)}`
}

// Forms.
/** "Deel uw tip of ervaring": the form, and the page the CMS sends a sender to after posting it. */
export const SHARE_URL = `${PLATFORM_BASE.helpers}deel-uw-ervaring/`
export const SHARE_THANKS_URL = `${SHARE_URL}bedankt/`
/** The newsletter: its page (sign-up form and past issues), one issue, the sign-up form, the page after confirming. */
export const NEWSLETTER_URL = `${PLATFORM_BASE.professionals}nieuwsbrief/`
export const newsletterUrl = (slug: string) => `${NEWSLETTER_URL}${slug}/`
export const NEWSLETTER_SIGNUP_ANCHOR = 'aanmelden'
export const NEWSLETTER_SIGNUP_URL = `${NEWSLETTER_URL}#${NEWSLETTER_SIGNUP_ANCHOR}`
export const NEWSLETTER_THANKS_URL = `${NEWSLETTER_URL}bedankt/`

/**
 * A permanent redirect from an old URL to the current one, in the Netlify `_redirects` syntax:
 * `from` may end in `/*` (a splat: every URL below it), `to` then ends in `:splat` (the same rest).
 */
export interface Redirect {
  from: string
  to: string
}

/**
 * Folders that moved when the URL scheme changed: each old folder redirects permanently to its
 * new place (`_redirects`), so links and bookmarks from before keep working. Add an entry here
 * when you rename a segment above, e.g.
 * `{ from: '/voor-de-helpers/tips/*', to: `${tipsBase('helpers')}:splat` }`.
 */
export const MOVED_PATHS: readonly Redirect[] = []

// Anchors start with a letter (valid ids), whatever the slug: "113-zelfmoordpreventie".
export const organisationAnchor = (slug: string) => `organisatie-${slug}`
export const signalAnchor = (slug: string) => `signaal-${slug}`

/** A phone number that never wraps in the middle. */
export const displayPhone = (phone: string) => phone.replace(/ /g, '\u00a0')
export const telHref = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`

/**
 * Items per page on the site's list pages (tips, videos, step plans, checklists, signals guide).
 * It lives here, next to `signalGuideUrl`, so deep links and the paginated pages always agree.
 * At 5,000 generated documents the largest list page is 12.4 KB of HTML+CSS gzip (24 signals with
 * their text; budget 30 KB), and the demo's lists (at most 20 items) stay on one page.
 */
export const LIST_PAGE_SIZE = 24

/**
 * The rest parameter of a paginated `[...page].astro` route: none for page 1 (the list's own
 * URL), then `pagina/<n>`.
 */
export const listPageParam = (page: number): string | undefined => (page <= 1 ? undefined : `pagina/${page}`)

/** Page `page` (1-based) of a list at `base`: page 1 is the list itself, then `<base>pagina/<n>/`. */
export const listPageUrl = (base: string, page: number) => (page <= 1 ? base : `${base}${listPageParam(page)}/`)

/** The categories of the signals guide, in the order it shows them. */
export const SIGNAL_CATEGORY_ORDER: readonly Signal['category'][] = ['emotioneel', 'lichamelijk', 'gedrag']

/** Signals in the order of the signals guide: by category, then `order`, then slug. */
export function signalsInGuideOrder<T extends Pick<Signal, 'slug' | 'category' | 'order'>>(signals: readonly T[]): T[] {
  const rank = (s: T) => SIGNAL_CATEGORY_ORDER.indexOf(s.category)
  return [...signals].sort((a, b) => rank(a) - rank(b) || a.order - b.order || a.slug.localeCompare(b.slug))
}

/** Each signal's place in the guide, per signals list (one sort per build, not one per link). */
const guidePositions = new WeakMap<readonly Pick<Signal, 'slug' | 'category' | 'order'>[], Map<string, number>>()

/**
 * Where a signal's text stands in the (paginated) signals guide: its page and anchor, e.g.
 * `/voor-professionals/signalenwijzer/pagina/3/#signaal-slecht-slapen`; undefined for a signal the
 * list does not hold (`signalUrl` throws for one instead).
 */
export function signalGuideUrl(slug: string, signals: readonly Pick<Signal, 'slug' | 'category' | 'order'>[]): string | undefined {
  let positions = guidePositions.get(signals)
  if (!positions) {
    positions = new Map(signalsInGuideOrder(signals).map((s, i) => [s.slug, i]))
    guidePositions.set(signals, positions)
  }
  const index = positions.get(slug)
  if (index === undefined) return undefined
  return `${listPageUrl(SIGNALS_URL, Math.floor(index / LIST_PAGE_SIZE) + 1)}#${signalAnchor(slug)}`
}

/** What a document URL may read besides the document: the signals guide pages its signals. */
export interface UrlContext {
  signals: readonly Pick<Signal, 'slug' | 'category' | 'order'>[]
}

/**
 * Each content type's document URL, keyed by the content type's slug: the public URL of a published
 * document (for some types an anchor on a shared page). Its keys, in this order (the bundle's), are
 * the content types themselves (`CONTENT_TYPE_SLUGS`): links in rich text need that list before any
 * schema exists, and a new type needs its URL here anyway. Its registry record
 * (content-schemas/src/registry.ts) uses this function. Parameters are the fields each one reads.
 */
export const DOCUMENT_URLS = {
  // An offence has no page of its own: a link to it opens its checklist.
  offences: (o: { slug: string }): string => checklistUrl(o.slug),
  checklists: (c: { slug: string }): string => checklistUrl(c.slug),
  tips: (t: { slug: string; platforms: readonly Platform[] }): string => tipUrl(t.slug, t.platforms),
  videos: (v: { slug: string; platforms: readonly Platform[] }): string => videoUrl(v.slug, v.platforms),
  'step-plans': (p: { slug: string }): string => stepPlanUrl(p.slug),
  // Its text on the page of the (paginated) signals guide that shows it.
  signals: (s: { slug: string }, content: UrlContext): string => signalGuideUrl(s.slug, content.signals) ?? SIGNALS_URL,
  organisations: (o: { slug: string }): string => organisationUrl(o.slug),
  'external-services': (s: Pick<ExternalService, 'slug' | 'platform' | 'pillar'>): string => externalServiceUrl(s),
  ervaringen: (e: { slug: string }): string => ervaringUrl(e.slug),
  'referral-trees': (t: { slug: string; platform: Platform }): string => treeUrl(t.platform, t.slug),
  assessments: (a: { slug: string; platform: Platform }): string => assessmentUrl(a.platform, a.slug),
  'newsletter-issues': (n: { slug: string }): string => newsletterUrl(n.slug),
  pages: (p: { slug: string; platform: Area }): string => pageUrl(p.platform, p.slug),
}

/** Every content type's slug, in bundle order: the keys of `DOCUMENT_URLS`. Example: `step-plans`. */
export type ContentTypeSlug = keyof typeof DOCUMENT_URLS
// Pure: a browser script that uses other URLs does not keep this list.
export const CONTENT_TYPE_SLUGS = /* @__PURE__ */ Object.keys(DOCUMENT_URLS) as readonly ContentTypeSlug[] as readonly [
  ContentTypeSlug,
  ...ContentTypeSlug[],
]
