import type { Assessment, LinkedRichText, Platform } from '@hp/content-schemas'

type Question = Assessment['questions'][number]
type Theme = Assessment['themes'][number]
type Band = Assessment['bands'][number]

/** What the island needs of an assessment: no intro or summary (the page renders those), links resolved. */
export type IslandAssessment = {
  slug: string
  title: string
  kind: Assessment['kind']
  platform: Platform
  themes: (Omit<Theme, 'attentionPoint'> & { attentionPoint: LinkedRichText })[]
  questions: Question[]
  bands: (Omit<Band, 'advice'> & { advice: LinkedRichText })[]
}

export type IslandBand = IslandAssessment['bands'][number]

/** A link to content that helps after the result: a tip or a step plan. */
export type RelatedLink = {
  href: string
  title: string
  /** What it is, shown next to the title. Example: `Stappenplan · Sport`. */
  label: string
}

/** The advice line from the site settings, ready to show. */
export type AdviceLineProps = {
  /** Phone number as shown (non-breaking spaces). */
  phone: string
  /** `tel:` link. */
  telHref: string
  chatUrl?: string
  hours: string
}

/** Props of the Assessment island: small and serialisable (Astro writes them into the page). */
export type AssessmentProps = {
  assessment: IslandAssessment
  /** Tips (helpers) or step plans (professionals) that fit this assessment; see props.ts for the rule. */
  related: RelatedLink[]
  /** The overview of all tips (helpers) or all step plans (professionals). */
  overviewHref: string
  adviceLine: AdviceLineProps
}
