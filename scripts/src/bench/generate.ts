import type {
  Checklist,
  Ervaring,
  LinkableCollection,
  Media,
  NewsletterIssue,
  Offence,
  Organisation,
  Signal,
  SiteContent,
  StepPlan,
  Tip,
  Video,
} from '@hp/content-schemas'
import { PhaseSchema, SectorSchema, SIGNALS_URL, STEP_PLANS_BASE, ThemeSchema, tipsBase, treeUrl } from '@hp/content-schemas'
import { assessment, pages, tree } from './fixed-documents.ts'
import { int, type LinkTarget, pick, prng, richText, sentence, summary, title } from './text.ts'

/** Demo images in cms/src/seed/media: a bench build sets MEDIA_SOURCE_DIR to that folder. */
export const DEMO_IMAGES = ['kind-en-ouder.jpg', 'steun-aan-tafel.jpg', 'team-overleg.jpg', 'telefoon-in-hand.jpg', 'wandelen-samen.jpg']

/** How `generateSiteContent` spreads `documents` over the collections (fractions of the total). */
const SHARE = { offences: 0.02, ervaringen: 0.03, organisations: 0.04, videos: 0.1, stepPlans: 0.15, signals: 0.08, newsletterIssues: 0.04 }
/** Trees, assessments, pages and external services: a fixed set, as on the real site (the CMS bench takes them from the demo seed instead). */
export const FIXED_DOCUMENTS = 2 + 2 + 3 + 2

export interface GenerateOptions {
  /** Total number of documents over all collections (at least 20). */
  documents: number
  /** PRNG seed; the same seed gives the same bundle. */
  seed?: number
  /** Share of tips and videos with an image (0–1); images come from DEMO_IMAGES. */
  imageShare?: number
  /**
   * Collections rich-text links and newsletter items may point to. The CMS bench loads documents in
   * order and needs every target to exist first: it passes `['organisations']`.
   */
  linkTo?: readonly LinkableCollection[]
}

function image(rand: () => number): Media {
  const filename = pick(rand, DEMO_IMAGES)
  return { filename, url: `http://localhost:3000/api/media/file/${filename}`, alt: title(rand), mimeType: 'image/jpeg' }
}

/**
 * A synthetic but contract-valid SiteContent bundle of `documents` documents: B1-length Dutch-ish
 * text, rich text with headings, lists and internal links, and every reference resolving. Pure:
 * no I/O, deterministic for a seed. Tips take whatever the other collections leave.
 */
export function generateSiteContent({ documents, seed = 1, imageShare = 0.3, linkTo }: GenerateOptions): SiteContent {
  if (documents < 20) throw new RangeError(`generateSiteContent: documents must be at least 20, got ${documents}`)
  const rand = prng(seed)
  const count = (share: number, min: number) => Math.max(min, Math.round(documents * share))
  const n = {
    offences: count(SHARE.offences, 3),
    organisations: count(SHARE.organisations, 3),
    videos: count(SHARE.videos, 1),
    stepPlans: count(SHARE.stepPlans, 1),
    signals: count(SHARE.signals, 1),
    newsletterIssues: count(SHARE.newsletterIssues, 1),
    ervaringen: count(SHARE.ervaringen, 1),
  }
  const checklists = n.offences
  const tips = Math.max(0, documents - FIXED_DOCUMENTS - checklists - Object.values(n).reduce((a, b) => a + b, 0))
  const slugs = (prefix: string, k: number) => Array.from({ length: k }, (_, i) => `${prefix}-${i + 1}`)
  const offenceSlugs = slugs('delict', n.offences)
  const orgSlugs = slugs('organisatie', n.organisations)
  const tipSlugs = slugs('tip', tips)
  const videoSlugs = slugs('video', n.videos)
  const planSlugs = slugs('stappenplan', n.stepPlans)
  const targets: LinkTarget[] = [
    ...tipSlugs.slice(0, 200).map((slug) => ({ collection: 'tips' as const, slug })),
    ...offenceSlugs.map((slug) => ({ collection: 'checklists' as const, slug })),
    ...orgSlugs.slice(0, 50).map((slug) => ({ collection: 'organisations' as const, slug })),
    ...planSlugs.slice(0, 100).map((slug) => ({ collection: 'step-plans' as const, slug })),
  ].filter((t) => !linkTo || linkTo.includes(t.collection))
  // An empty list (e.g. no tips in a very small set) gives no references rather than `undefined`.
  const some = <T>(list: readonly T[], max: number): T[] =>
    list.length === 0 ? [] : [...new Set(Array.from({ length: int(rand, 0, max) }, () => pick(rand, list)))]

  const offences: Offence[] = offenceSlugs.map((slug, i) => ({
    slug,
    name: title(rand),
    summary: summary(rand),
    searchTerms: Array.from({ length: int(rand, 0, 4) }, () => sentence(rand, 1, 1).slice(0, -1).toLowerCase()),
    order: i,
  }))
  const checklistDocs: Checklist[] = offenceSlugs.map((slug) => ({
    slug,
    offence: slug,
    title: `Check wat u kunt doen bij ${title(rand).toLowerCase()}`,
    summary: summary(rand),
    intro: richText(rand, 1, targets),
    sections: Array.from({ length: int(rand, 2, 4) }, (_, s) => ({
      title: title(rand),
      items: Array.from({ length: int(rand, 2, 5) }, (_, j) => ({
        id: `stap-${s + 1}-${j + 1}`,
        title: title(rand),
        body: richText(rand, int(rand, 1, 2), targets),
      })),
    })),
    relatedTips: some(tipSlugs, 4),
    relatedVideos: some(videoSlugs, 2),
  }))
  const platforms = (): Tip['platforms'] => (rand() < 0.1 ? ['helpers', 'professionals'] : [rand() < 0.6 ? 'helpers' : 'professionals'])
  const tipDocs: Tip[] = tipSlugs.map((slug) => ({
    slug,
    title: title(rand),
    summary: summary(rand),
    theme: pick(rand, ThemeSchema.options),
    platforms: platforms(),
    offences: some(offenceSlugs, 2),
    searchTerms: [],
    ...(rand() < imageShare ? { image: image(rand) } : {}),
    body: richText(rand, int(rand, 4, 12), targets),
  }))
  const videoDocs: Video[] = videoSlugs.map((slug) => ({
    slug,
    title: title(rand),
    summary: summary(rand),
    kind: pick(rand, ['ervaringsverhaal', 'voorbeeldscenario', 'animatie', 'uitleg'] as const),
    platforms: platforms(),
    offences: some(offenceSlugs, 2),
    searchTerms: [],
    durationSeconds: int(rand, 40, 400),
    source: { type: 'external', provider: 'youtube', url: `https://www.youtube.com/watch?v=${slug}` },
    ...(rand() < imageShare ? { poster: image(rand) } : {}),
    captions: `WEBVTT\n\n00:00.000 --> 00:04.000\n${sentence(rand)}`,
    transcript: richText(rand, int(rand, 3, 8)),
  }))
  const ervaringDocs: Ervaring[] = slugs('ervaring', n.ervaringen).map((slug) => ({
    slug,
    title: title(rand),
    summary: summary(rand),
    ...(rand() < 0.7 ? { theme: pick(rand, ThemeSchema.options) } : {}),
    offences: some(offenceSlugs, 2),
    body: richText(rand, int(rand, 2, 5), targets),
  }))
  const stepPlans: StepPlan[] = planSlugs.map((slug) => ({
    slug,
    title: title(rand),
    summary: summary(rand),
    sectors: some(SectorSchema.options, 2)
      .concat(pick(rand, SectorSchema.options))
      .filter((s, i, a) => a.indexOf(s) === i),
    offences: some(offenceSlugs, 2),
    searchTerms: [],
    phases: PhaseSchema.options.map((phase) => ({
      phase,
      intro: richText(rand, 1, targets),
      steps: Array.from({ length: int(rand, 2, 5) }, (_, j) => ({
        id: `${phase}-${j + 1}`,
        title: title(rand),
        body: richText(rand, int(rand, 1, 3), targets),
      })),
    })),
    organisations: some(orgSlugs, 3),
  }))
  const signals: Signal[] = slugs('signaal', n.signals).map((slug, i) => ({
    slug,
    title: title(rand),
    category: pick(rand, ['emotioneel', 'lichamelijk', 'gedrag'] as const),
    description: summary(rand),
    whatToDo: richText(rand, int(rand, 1, 3), targets),
    sectors: some(SectorSchema.options, 2),
    order: i,
  }))
  const organisations: Organisation[] = orgSlugs.map((slug, i) => ({
    slug,
    name: title(rand),
    description: summary(rand),
    phone: `0900 ${String(1000 + i).slice(-4)}`,
    url: `https://www.example.nl/${slug}`,
    hours: 'Maandag tot en met vrijdag, 9.00 tot 17.00 uur',
    exampleData: true,
  }))
  const newsletterIssues: NewsletterIssue[] = Array.from({ length: n.newsletterIssues }, (_, i) => ({
    slug: String(i + 1),
    number: i + 1,
    title: `Nieuwsbrief ${i + 1}: ${title(rand).toLowerCase()}`,
    date: new Date(Date.UTC(2020, 0, 1) + i * 61 * 86_400_000).toISOString().slice(0, 10),
    intro: richText(rand, 2, targets),
    items: Array.from({ length: int(rand, 2, 5) }, () => ({ title: title(rand), summary: summary(rand), ref: pick(rand, targets) })),
  }))
  return {
    version: 1,
    generatedAt: '2026-11-29T12:00:00.000Z',
    settings: {
      organisationName: 'Slachtofferhulp Voorbeeld',
      adviceLine: { phone: '0900 0101', hours: 'Maandag tot en met vrijdag, 9.00 tot 17.00 uur', exampleData: true },
      quickExitUrl: 'https://www.google.nl/',
      navigation: {
        helpers: [
          { label: 'Tips', href: tipsBase('helpers') },
          { label: 'Doorverwijstool', href: treeUrl('helpers', 'helpers') },
        ],
        professionals: [
          { label: 'Stappenplannen', href: STEP_PLANS_BASE },
          { label: 'Signalenwijzer', href: SIGNALS_URL },
        ],
      },
      searchSynonyms: [
        { word: 'beroofd', alternatives: ['beroving', 'overval'] },
        { word: 'opgelicht', alternatives: ['oplichting', 'fraude'] },
        { word: 'aangereden', alternatives: ['aanrijding', 'verkeersongeval'] },
      ],
    },
    offences,
    checklists: checklistDocs,
    tips: tipDocs,
    videos: videoDocs,
    stepPlans,
    signals,
    organisations,
    ervaringen: ervaringDocs,
    externalServices: [
      {
        slug: 'online-cursus',
        title: 'Online cursus',
        description: 'De online cursus voor helpers.',
        url: 'https://cursus.example.nl/',
        platform: 'helpers',
        pillar: 'begeleiding-en-cursus',
        order: 1,
        exampleData: true,
      },
      {
        slug: 'training',
        title: 'Training',
        description: 'Een training voor professionals.',
        url: 'https://training.example.nl/',
        platform: 'professionals',
        pillar: 'trainingen',
        order: 1,
        exampleData: true,
      },
    ],
    referralTrees: (['helpers', 'professionals'] as const).map((p) => tree(rand, p, orgSlugs)),
    assessments: (['helpers', 'professionals'] as const).map((p) => assessment(rand, p)),
    newsletterIssues,
    pages: pages(rand),
    slugChanges: [],
  }
}
