import {
  assessmentUrl,
  CHECKLISTS_BASE,
  checklistUrl,
  displayPhone,
  ERVARINGEN_BASE,
  type ExternalService,
  ervaringUrl,
  externalServiceAnchor,
  HELPER_PILLARS,
  NEWSLETTER_URL,
  OFFER_PLACES,
  type OfferPlace,
  offerPlaceUrl,
  type Platform,
  PROFESSIONAL_OFFER,
  pageUrl,
  SECTOR_NAMES,
  SHARE_URL,
  SIGNALS_URL,
  type SiteContent,
  STEP_PLANS_BASE,
  servicePlatforms,
  stepPlanSectorBase,
  type Theme,
  themeBase,
  themeName,
  tipsBase,
  treeUrl,
  videosBase,
  videoUrl,
} from '@hp/content-schemas'
import { checklistsForList, ervaringenForList, sectorsOf, themesOf } from './lists.ts'

/**
 * The service table: for each pillar (Voor de Helpers) or offer section (Voor Professionals) the
 * links it holds, computed from the published content. The landing pages, the pillar pages and
 * the reachability test all read this one table.
 */

export interface OfferItem {
  label: string
  href: string
  description?: string
  /** Set for a service on another website: the id of its list item (anchor). */
  externalId?: string
}

export interface OfferSection extends OfferPlace {
  /** The page (helpers) or landing-page section (professionals) that lists the items. */
  url: string
  items: OfferItem[]
}

/** Tip themes of pillar 2 ("Iemand ondersteunen") and pillar 3 ("Goed voor uzelf zorgen"). */
export const SUPPORT_THEMES: readonly Theme[] = [
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
]
export const SELF_CARE_THEMES: readonly Theme[] = ['zelfzorg', 'grenzen', 'stress', 'veranderde-relatie', 'steungroep']

/** The external services a place shows, in their order. */
export function servicesAt(content: Pick<SiteContent, 'externalServices'>, platform: Platform, place: string): ExternalService[] {
  return content.externalServices
    .filter((s) => s.pillar === place && (servicePlatforms(s.platform) as readonly Platform[]).includes(platform))
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
}

const serviceItem = (s: ExternalService): OfferItem => ({
  label: s.title,
  href: s.url,
  description: s.description,
  externalId: externalServiceAnchor(s.slug),
})

function themeItems(content: SiteContent, platform: Platform, themes: readonly Theme[]): OfferItem[] {
  const present = themesOf(content.tips.filter((t) => t.platforms.includes(platform)))
  return themes.filter((th) => present.includes(th)).map((th) => ({ label: themeName(th, platform), href: themeBase(platform, th) }))
}

const hasPage = (content: SiteContent, slug: string) => content.pages.some((p) => p.platform === 'algemeen' && p.slug === slug)

function helperItems(content: SiteContent, slug: string): OfferItem[] {
  const assessments = (kind: string) =>
    content.assessments
      .filter((a) => a.platform === 'helpers' && a.kind === kind)
      .map((a) => ({ label: a.title, href: assessmentUrl('helpers', a.slug), description: a.summary }))
  switch (slug) {
    case 'check-wat-u-kunt-doen':
      return [
        ...checklistsForList(content.checklists, content.offences).map((c) => ({ label: c.title, href: checklistUrl(c.offence) })),
        { label: 'Alle checklists', href: CHECKLISTS_BASE },
      ]
    case 'iemand-ondersteunen':
      return [
        ...themeItems(content, 'helpers', SUPPORT_THEMES),
        ...assessments('test'),
        ...content.referralTrees
          .filter((t) => t.platform === 'helpers')
          .map((t) => ({ label: t.title, href: treeUrl('helpers', t.slug), description: t.summary })),
        { label: 'Alle tips', href: tipsBase('helpers') },
      ]
    case 'goed-voor-uzelf-zorgen':
      return [...themeItems(content, 'helpers', SELF_CARE_THEMES), ...assessments('zelfscan')]
    case 'hoe-doen-anderen-het':
      return [
        ...ervaringenForList(content.ervaringen).map((e) => ({ label: e.title, href: ervaringUrl(e.slug), description: e.summary })),
        { label: 'Alle ervaringen van helpers', href: ERVARINGEN_BASE },
        {
          label: 'Deel uw tip of ervaring',
          href: SHARE_URL,
          description: 'Vertel wat u hielp. Na controle zetten wij het zonder namen op de site.',
        },
        ...content.videos
          .filter((v) => v.platforms.includes('helpers') && v.kind === 'ervaringsverhaal')
          .map((v) => ({ label: v.title, href: videoUrl(v.slug, v.platforms), description: v.summary })),
        { label: "Alle video's", href: videosBase('helpers') },
      ]
    case 'begeleiding-en-cursus':
      return hasPage(content, 'advieslijn')
        ? [
            {
              label: `Bel de advieslijn: ${displayPhone(content.settings.adviceLine.phone)}`,
              href: pageUrl('algemeen', 'advieslijn'),
              description: content.settings.adviceLine.hours,
            },
          ]
        : []
    default:
      return []
  }
}

function professionalItems(content: SiteContent, slug: string): OfferItem[] {
  switch (slug) {
    case 'sectoren':
      return sectorsOf(content.stepPlans).map((s) => ({ label: SECTOR_NAMES[s] ?? s, href: stepPlanSectorBase(s) }))
    case 'stappenplannen':
      return [{ label: 'Alle stappenplannen', href: STEP_PLANS_BASE }]
    case 'signalenwijzer':
      return [{ label: 'Naar de signalenwijzer', href: SIGNALS_URL }]
    case 'quickscan':
      return [
        ...content.assessments
          .filter((a) => a.platform === 'professionals')
          .map((a) => ({ label: a.title, href: assessmentUrl('professionals', a.slug), description: a.summary })),
        ...content.referralTrees
          .filter((t) => t.platform === 'professionals')
          .map((t) => ({ label: t.title, href: treeUrl('professionals', t.slug), description: t.summary })),
        { label: 'Tips voor professionals', href: tipsBase('professionals') },
        { label: "Video's voor professionals", href: videosBase('professionals') },
      ]
    case 'nieuwsbrief':
      return [{ label: 'Nieuwsbrief: aanmelden en eerdere nummers', href: NEWSLETTER_URL }]
    case 'advieslijn':
      return hasPage(content, 'advieslijn')
        ? [
            {
              label: `Bel de advieslijn: ${displayPhone(content.settings.adviceLine.phone)}`,
              href: pageUrl('algemeen', 'advieslijn'),
              description: content.settings.adviceLine.hours,
            },
          ]
        : []
    default:
      return []
  }
}

/** A platform's offer: every place with its items, external services last in their own order. */
export function offerOf(content: SiteContent, platform: Platform): OfferSection[] {
  return OFFER_PLACES[platform].map((place) => ({
    ...place,
    url: offerPlaceUrl(platform, place.slug),
    items: [
      ...(platform === 'helpers' ? helperItems(content, place.slug) : professionalItems(content, place.slug)),
      ...servicesAt(content, platform, place.slug).map(serviceItem),
    ],
  }))
}

export { HELPER_PILLARS, PROFESSIONAL_OFFER }
