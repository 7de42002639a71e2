import {
  type Assessment,
  displayPhone,
  type LinkableCollection,
  richTextRefs,
  SECTOR_NAMES,
  type SiteContent,
  STEP_PLANS_BASE,
  stepPlanUrl,
  THEME_NAMES,
  telHref,
  tipsBase,
  tipUrl,
} from '@hp/content-schemas'
import { linkedRichText } from '../../lib/rich-text.ts'
import type { AssessmentProps, IslandAssessment, RelatedLink } from './types.ts'

/** At most this many related links: a short list people read, not a second overview. */
export const MAX_RELATED = 6

/** The assessment as the island gets it: without intro and summary (the page shows them), links resolved against `content`. */
export function islandAssessment(a: Assessment, content: SiteContent): IslandAssessment {
  return {
    slug: a.slug,
    title: a.title,
    kind: a.kind,
    platform: a.platform,
    themes: a.themes.map((t) => ({ ...t, attentionPoint: linkedRichText(t.attentionPoint, content) })),
    questions: a.questions,
    bands: a.bands.map((b) => ({ ...b, advice: linkedRichText(b.advice, content) })),
  }
}

/** Slugs of the documents of one collection the assessment links to, in order of first appearance. */
function linkedSlugs(a: Assessment, collection: LinkableCollection): string[] {
  const texts = [a.intro, ...a.themes.map((t) => t.attentionPoint), ...a.bands.map((b) => b.advice)]
  const slugs = texts.flatMap((t) => richTextRefs(t)).filter((r) => r.collection === collection)
  return [...new Set(slugs.map((r) => r.slug))]
}

/** Words of a slug that say something (five letters or more): `quickscan-grensoverschrijdend-gedrag` → 3 words. */
const words = (slug: string) => new Set(slug.split('-').filter((w) => w.length >= 5))

/**
 * Content that helps after the result, chosen from the bundle:
 * - helpers: tips for helpers the assessment links to (the editor's choice), then tips for helpers
 *   whose theme is one of the assessment's theme ids;
 * - professionals: step plans the assessment links to, then step plans whose slug shares a word of
 *   five letters or more with the assessment's slug (a quickscan on "grensoverschrijdend gedrag"
 *   finds "grensoverschrijdend gedrag in de sportclub"), then tips for professionals it links to.
 * At most `MAX_RELATED`, no duplicates.
 */
export function relatedContent(a: Assessment, content: Pick<SiteContent, 'tips' | 'stepPlans'>): RelatedLink[] {
  const platformTips = content.tips.filter((t) => t.platforms.includes(a.platform))
  const linkedTips = linkedSlugs(a, 'tips').flatMap((slug) => platformTips.filter((t) => t.slug === slug))
  // Theme names address helpers ("Hoe reageert u?"): professionals see just "Tip".
  const tipLink = (t: (typeof platformTips)[number]): RelatedLink => ({
    href: tipUrl(t.slug, t.platforms),
    title: t.title,
    label: a.platform === 'helpers' ? `Tip · ${THEME_NAMES[t.theme]}` : 'Tip',
  })
  let links: RelatedLink[]
  if (a.platform === 'helpers') {
    const themeIds = new Set(a.themes.map((t) => t.id))
    links = [...linkedTips, ...platformTips.filter((t) => themeIds.has(t.theme))].map(tipLink)
  } else {
    const own = words(a.slug)
    const linkedPlans = linkedSlugs(a, 'step-plans').flatMap((slug) => content.stepPlans.filter((p) => p.slug === slug))
    const similarPlans = content.stepPlans.filter((p) => [...words(p.slug)].some((w) => own.has(w)))
    links = [
      ...[...linkedPlans, ...similarPlans].map((p) => ({
        href: stepPlanUrl(p.slug),
        title: p.title,
        label: `Stappenplan · ${p.sectors.map((s) => SECTOR_NAMES[s] ?? s).join(', ')}`,
      })),
      ...linkedTips.map(tipLink),
    ]
  }
  const seen = new Set<string>()
  return links.filter((l) => !seen.has(l.href) && seen.add(l.href)).slice(0, MAX_RELATED)
}

/** All props of the Assessment island for one assessment page. */
export function assessmentProps(a: Assessment, content: SiteContent): AssessmentProps {
  const { adviceLine } = content.settings
  return {
    assessment: islandAssessment(a, content),
    related: relatedContent(a, content),
    overviewHref: a.platform === 'helpers' ? tipsBase('helpers') : STEP_PLANS_BASE,
    adviceLine: {
      phone: displayPhone(adviceLine.phone),
      telHref: telHref(adviceLine.phone),
      ...(adviceLine.chatUrl ? { chatUrl: adviceLine.chatUrl } : {}),
      hours: adviceLine.hours,
    },
  }
}
