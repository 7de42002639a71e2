/**
 * The service table: what each platform offers and where on the site it lives.
 * Voor de Helpers is built around five pillars, each with its own page; Voor Professionals lists its
 * offer in sections of its landing page. External services (`external-services`) name one of these
 * places in their `pillar` field; the site shows them there.
 */
import type { Platform } from './common.ts'

/** What a place holds, so a page can list it. */
export type OfferPart =
  | 'checklists'
  | 'tips'
  | 'self-care-tips'
  | 'assessments'
  | 'videos'
  | 'referral-trees'
  | 'advice-line'
  | 'sectors'
  | 'step-plans'
  | 'signals'
  | 'newsletter'

export interface OfferPlace {
  /** URL segment (helpers: the pillar page) or anchor (professionals: the landing page's section). */
  slug: string
  /** Heading as visitors see it. */
  title: string
  /** One sentence under the heading (B1; helpers addressed with "u", professionals with "je"). */
  intro: string
}

/** The five pillars of Voor de Helpers, in order. Each gets a page `/voor-de-helpers/<slug>/`. */
export const HELPER_PILLARS = [
  {
    slug: 'check-wat-u-kunt-doen',
    title: 'Check wat u kunt doen',
    intro: 'Per delict een checklist: wat u nu kunt doen en waar u op let.',
  },
  {
    slug: 'iemand-ondersteunen',
    title: 'Iemand ondersteunen',
    intro: 'Tips om iemand te steunen na een misdrijf of ongeluk, per onderwerp.',
  },
  {
    slug: 'goed-voor-uzelf-zorgen',
    title: 'Goed voor uzelf zorgen',
    intro: 'Helpen kost energie. Tips en een zelfscan om goed voor uzelf te blijven zorgen.',
  },
  {
    slug: 'hoe-doen-anderen-het',
    title: 'Hoe doen anderen het?',
    intro: 'Ervaringen en tips van andere helpers, in tekst, video en de community. Deel ook uw eigen tip of ervaring.',
  },
  {
    slug: 'begeleiding-en-cursus',
    title: '1-op-1 begeleiding en online cursus',
    intro: 'Praat met de advieslijn, of volg de online cursus in uw eigen tempo.',
  },
] as const satisfies readonly OfferPlace[]

/** The offer of Voor Professionals, in order: sections of its landing page (`#<slug>`). */
export const PROFESSIONAL_OFFER = [
  { slug: 'sectoren', title: 'Per sector', intro: 'Kies je sector en zie wat voor jouw werk telt.' },
  { slug: 'stappenplannen', title: 'Stappenplannen', intro: 'Wat je doet, stap voor stap, van het eerste gesprek tot de nazorg.' },
  { slug: 'signalenwijzer', title: 'Signalenwijzer', intro: 'Signalen dat iemand na een misdrijf hulp nodig heeft, en wat je dan doet.' },
  { slug: 'quickscan', title: 'Quickscan en tools', intro: 'Kijk in een paar minuten waar je staat, of vind de juiste hulp.' },
  { slug: 'trainingen', title: 'Trainingen', intro: 'Trainingen voor professionals, op andere websites.' },
  { slug: 'nieuwsbrief', title: 'Nieuwsbrief', intro: 'Zes keer per jaar nieuws, tips en trainingen in je mail.' },
  { slug: 'advieslijn', title: 'Advieslijn', intro: 'Bel of chat met een adviseur over een cliënt of collega.' },
] as const satisfies readonly OfferPlace[]

export type HelperPillar = (typeof HELPER_PILLARS)[number]['slug']
export type ProfessionalOfferSlug = (typeof PROFESSIONAL_OFFER)[number]['slug']

/** The places of one platform. */
export const OFFER_PLACES: Record<Platform, readonly OfferPlace[]> = {
  helpers: HELPER_PILLARS,
  professionals: PROFESSIONAL_OFFER,
}
