import type { Platform } from './common.ts'
import { type ExternalService, servicePlatforms } from './external-service.ts'
import type { Signal } from './signal.ts'

export type Area = Platform | 'algemeen'

export const PLATFORM_BASE: Record<Area, string> = {
  algemeen: '/',
  helpers: '/voor-de-helpers/',
  professionals: '/voor-professionals/',
}

export const PLATFORM_NAME: Record<Area, string> = {
  algemeen: 'Helpers & Professionals',
  helpers: 'Voor de Helpers',
  professionals: 'Voor Professionals',
}

/** Where a document with these platforms lives: helpers first, as the larger audience. */
const home = (platforms: readonly Platform[]): Platform => (platforms.includes('helpers') ? 'helpers' : 'professionals')

export const checklistUrl = (slug: string) => `/voor-de-helpers/checklists/${slug}/`
export const tipUrl = (slug: string, platforms: readonly Platform[]) => `${PLATFORM_BASE[home(platforms)]}tips/${slug}/`
export const videoUrl = (slug: string, platforms: readonly Platform[]) => `${PLATFORM_BASE[home(platforms)]}videos/${slug}/`
export const stepPlanUrl = (slug: string) => `/voor-professionals/stappenplannen/${slug}/`
export const treeUrl = (platform: Platform, slug: string) => `${PLATFORM_BASE[platform]}doorverwijstool/${slug}/`
export const assessmentUrl = (platform: Platform, slug: string) => `${PLATFORM_BASE[platform]}${slug}/`
export const newsletterUrl = (slug: string) => `/voor-professionals/nieuwsbrief/${slug}/`
export const pageUrl = (platform: Area, slug: string) => (slug === 'home' ? PLATFORM_BASE[platform] : `${PLATFORM_BASE[platform]}${slug}/`)
export const ORGANISATIONS_URL = '/organisaties/'
/** A pillar's page on Voor de Helpers (`HELPER_PILLARS`). */
export const pillarUrl = (slug: string) => `${PLATFORM_BASE.helpers}${slug}/`
/** A section of the professionals' offer on their landing page (`PROFESSIONAL_OFFER`). */
export const offerSectionUrl = (slug: string) => `${PLATFORM_BASE.professionals}#${slug}`
/** Where a platform shows the place (pillar or offer section) with this slug. */
export const offerPlaceUrl = (platform: Platform, slug: string) => (platform === 'helpers' ? pillarUrl(slug) : offerSectionUrl(slug))
export const externalServiceAnchor = (slug: string) => `dienst-${slug}`
/** Where the site lists an external service (helpers first): its place and its anchor. */
export function externalServiceUrl(service: Pick<ExternalService, 'slug' | 'platform' | 'pillar'>): string {
  const platform = servicePlatforms(service.platform)[0]
  const place = offerPlaceUrl(platform, service.pillar)
  return `${place.split('#')[0]}#${externalServiceAnchor(service.slug)}`
}
export const SIGNALS_URL = '/voor-professionals/signalenwijzer/'
/** Experiences of other helpers (pillar 4): the list and one experience. */
export const ERVARINGEN_URL = '/voor-de-helpers/ervaringen/'
export const ervaringUrl = (slug: string) => `${ERVARINGEN_URL}${slug}/`
/** "Deel uw tip of ervaring": the form, and the page the CMS sends a sender to after posting it. */
export const SHARE_URL = '/voor-de-helpers/deel-uw-ervaring/'
export const SHARE_THANKS_URL = `${SHARE_URL}bedankt/`
export const NEWSLETTER_URL = '/voor-professionals/nieuwsbrief/'
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

/** Page `page` (1-based) of a list at `base`: page 1 is the list itself, then `<base>pagina/<n>/`. */
export const listPageUrl = (base: string, page: number) => (page <= 1 ? base : `${base}pagina/${page}/`)

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
