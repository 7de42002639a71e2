import { z } from 'zod'
import { AssessmentSchema } from './assessment.ts'
import { ChecklistSchema } from './checklist.ts'
import { SlugChangeSchema } from './common.ts'
import { ErvaringSchema } from './ervaring.ts'
import { ExternalServiceSchema } from './external-service.ts'
import { NewsletterIssueSchema } from './newsletter-issue.ts'
import { OffenceSchema } from './offence.ts'
import { OrganisationSchema } from './organisation.ts'
import { PageSchema } from './page.ts'
import { ReferralTreeSchema } from './referral-tree.ts'
import { SignalSchema } from './signal.ts'
import { SiteSettingsSchema } from './site-settings.ts'
import { StepPlanSchema } from './step-plan.ts'
import { TipSchema } from './tip.ts'
import { VideoSchema } from './video.ts'

/** Bump when the bundle's shape changes incompatibly; the site refuses other versions. */
export const SITE_CONTENT_VERSION = 1

/** The whole published bundle the static site is built from. Only published content, never drafts. */
export const SiteContentSchema = z.object({
  /** Contract version of this bundle. */
  version: z.literal(SITE_CONTENT_VERSION),
  /** When the export was made (ISO 8601). */
  generatedAt: z.iso.datetime(),
  /** Site-wide settings. */
  settings: SiteSettingsSchema,
  /** Offences. */
  offences: z.array(OffenceSchema),
  /** Checklists, one per offence at most. */
  checklists: z.array(ChecklistSchema),
  /** Tips. */
  tips: z.array(TipSchema),
  /** Videos. */
  videos: z.array(VideoSchema),
  /** Step plans. */
  stepPlans: z.array(StepPlanSchema),
  /** Signals guide entries. */
  signals: z.array(SignalSchema),
  /** Organisations. */
  organisations: z.array(OrganisationSchema),
  /**
   * Services on other websites (course, community, chat, trainings), shown where `pillar` says.
   * Optional in the input: a bundle exported before this collection existed has none.
   */
  externalServices: z.array(ExternalServiceSchema).default([]),
  /**
   * Experiences of other helpers (pillar 4), shared by visitors and anonymised by a publisher.
   * Optional in the input: a bundle exported before this collection existed has none.
   */
  ervaringen: z.array(ErvaringSchema).default([]),
  /** Referral trees. */
  referralTrees: z.array(ReferralTreeSchema),
  /** Assessments. */
  assessments: z.array(AssessmentSchema),
  /** Newsletter issues (archive). */
  newsletterIssues: z.array(NewsletterIssueSchema),
  /** Pages. */
  pages: z.array(PageSchema),
  /** Slugs changed after publishing, oldest first; each becomes a permanent redirect. */
  slugChanges: z.array(SlugChangeSchema).default([]),
})
export type SiteContent = z.infer<typeof SiteContentSchema>
/** The bundle before defaults are applied (what an export may omit). */
export type SiteContentInput = z.input<typeof SiteContentSchema>
