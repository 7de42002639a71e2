import type { Assessment, Page, Platform } from '@hp/content-schemas'
import { siteContent } from '../loaders/content.ts'

export type PlatformSlugProps = { kind: 'page'; page: Page } | { kind: 'assessment'; assessment: Assessment }

/** `/<platform>/<slug>/` holds the platform's pages and its assessments (self-scans, quickscan). */
export function platformSlugPaths(platform: Platform) {
  const content = siteContent()
  return [
    ...content.pages
      .filter((p) => p.platform === platform && p.slug !== 'home')
      .map((page) => ({ params: { slug: page.slug }, props: { kind: 'page', page } as PlatformSlugProps })),
    ...content.assessments
      .filter((a) => a.platform === platform)
      .map((assessment) => ({ params: { slug: assessment.slug }, props: { kind: 'assessment', assessment } as PlatformSlugProps })),
  ]
}
