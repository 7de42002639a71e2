import { type Assessment, HELPER_PILLARS, type Page, type Platform } from '@hp/content-schemas'
import { siteContent } from '../loaders/content.ts'

export type PlatformSlugProps =
  | { kind: 'page'; page: Page }
  | { kind: 'assessment'; assessment: Assessment }
  | { kind: 'pillar'; slug: string }

/** `/<platform>/<slug>/` holds the platform's pages, its assessments (self-scans, quickscan) and, for helpers, the five pillars. */
export function platformSlugPaths(platform: Platform) {
  const content = siteContent()
  const pillars = platform === 'helpers' ? HELPER_PILLARS.map((p) => p.slug as string) : []
  const taken = [
    ...content.pages.filter((p) => p.platform === platform).map((p) => p.slug),
    ...content.assessments.filter((a) => a.platform === platform).map((a) => a.slug),
  ]
  const clash = taken.find((s) => pillars.includes(s))
  if (clash)
    throw new Error(
      `Een pagina of scan op Voor de Helpers heeft de slug "${clash}". Die slug is van een onderdeel (pijler) van de site. Geef de pagina of scan een andere slug.`,
    )
  return [
    ...pillars.map((slug) => ({ params: { slug }, props: { kind: 'pillar', slug } as PlatformSlugProps })),
    ...content.pages
      .filter((p) => p.platform === platform && p.slug !== 'home')
      .map((page) => ({ params: { slug: page.slug }, props: { kind: 'page', page } as PlatformSlugProps })),
    ...content.assessments
      .filter((a) => a.platform === platform)
      .map((assessment) => ({ params: { slug: assessment.slug }, props: { kind: 'assessment', assessment } as PlatformSlugProps })),
  ]
}
