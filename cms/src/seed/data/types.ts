import type {
  AssessmentSchema,
  ChecklistSchema,
  ErvaringSchema,
  ExternalServiceSchema,
  NewsletterIssueSchema,
  OffenceSchema,
  OrganisationSchema,
  PageSchema,
  ReferralTreeSchema,
  SignalSchema,
  SiteSettingsSchema,
  StepPlanSchema,
  TipSchema,
  VideoSchema,
} from '@hp/content-schemas'
import type { z } from 'zod'

/** An image in the seed: a file in `cms/src/seed/media/` plus its alt text. */
export interface SeedImage {
  file: string
  alt: string
}

// Seed documents are contract documents (before defaults), with media named by seed file.
export type SeedOffence = z.input<typeof OffenceSchema>
export type SeedChecklist = z.input<typeof ChecklistSchema>
export type SeedTip = Omit<z.input<typeof TipSchema>, 'image'> & { image?: SeedImage }
export type SeedVideo = Omit<z.input<typeof VideoSchema>, 'source' | 'poster'> & {
  /** Video file in `cms/src/seed/media/`. */
  file: string
  poster?: SeedImage
}
export type SeedStepPlan = z.input<typeof StepPlanSchema>
export type SeedSignal = z.input<typeof SignalSchema>
export type SeedErvaring = z.input<typeof ErvaringSchema>
export type SeedExternalService = z.input<typeof ExternalServiceSchema>
export type SeedOrganisation = z.input<typeof OrganisationSchema>
export type SeedReferralTree = z.input<typeof ReferralTreeSchema>
export type SeedAssessment = z.input<typeof AssessmentSchema>
export type SeedNewsletterIssue = z.input<typeof NewsletterIssueSchema>
export type SeedPage = z.input<typeof PageSchema>
export type SeedSiteSettings = z.input<typeof SiteSettingsSchema>

/** The marker every draft-only seed document contains; tests prove it never reaches the site. */
export const DRAFT_MARKER = 'CONCEPT-NIET-PUBLICEREN'
