import type { ContentTypeSlug } from '@hp/content-schemas'
import type { CollectionConfig } from 'payload'
import { Assessments } from './collections/Assessments/index.ts'
import { Checklists } from './collections/Checklists/index.ts'
import { Ervaringen } from './collections/Ervaringen/index.ts'
import { ExternalServices } from './collections/ExternalServices/index.ts'
import { NewsletterIssues } from './collections/NewsletterIssues/index.ts'
import { Offences } from './collections/Offences/index.ts'
import { Organisations } from './collections/Organisations/index.ts'
import { Pages } from './collections/Pages/index.ts'
import { ReferralTrees } from './collections/ReferralTrees/index.ts'
import { Signals } from './collections/Signals/index.ts'
import { StepPlans } from './collections/StepPlans/index.ts'
import { Tips } from './collections/Tips/index.ts'
import { Videos } from './collections/Videos/index.ts'
import { toAssessment } from './export/assessment.ts'
import { toChecklist } from './export/checklist.ts'
import { toErvaring } from './export/ervaring.ts'
import { toExternalService } from './export/external-service.ts'
import type { Converter } from './export/index.ts'
import { toNewsletterIssue } from './export/newsletter-issue.ts'
import { toOffence } from './export/offence.ts'
import { toOrganisation } from './export/organisation.ts'
import { toPage } from './export/page.ts'
import { toReferralTree } from './export/referral-tree.ts'
import { toSignal } from './export/signal.ts'
import { toStepPlan } from './export/step-plan.ts'
import { toTip } from './export/tip.ts'
import { toVideo } from './export/video.ts'

/** The CMS side of one content type: its Payload collection and the converter of its documents to the contract. */
export interface CmsContentType {
  /** Built with `contentCollection` (collections/shared): drafts, access, the publish check, review dates. */
  collection: CollectionConfig
  convert: Converter
}

/**
 * The CMS's content-type registry, keyed by the slugs of the contract's registry
 * (content-schemas/src/registry.ts): the compiler refuses a content type without an entry here, or
 * an entry for a type the contract does not know. Listed in the order the admin shows them.
 */
export const CMS_CONTENT_TYPES = {
  pages: { collection: Pages, convert: toPage },
  offences: { collection: Offences, convert: toOffence },
  checklists: { collection: Checklists, convert: toChecklist },
  tips: { collection: Tips, convert: toTip },
  videos: { collection: Videos, convert: toVideo },
  'step-plans': { collection: StepPlans, convert: toStepPlan },
  signals: { collection: Signals, convert: toSignal },
  organisations: { collection: Organisations, convert: toOrganisation },
  'external-services': { collection: ExternalServices, convert: toExternalService },
  ervaringen: { collection: Ervaringen, convert: toErvaring },
  'referral-trees': { collection: ReferralTrees, convert: toReferralTree },
  assessments: { collection: Assessments, convert: toAssessment },
  'newsletter-issues': { collection: NewsletterIssues, convert: toNewsletterIssue },
} satisfies Record<ContentTypeSlug, CmsContentType>

/**
 * The content collections for the Payload config, each carrying its converter in the server-only
 * `custom.convert`, where the export (export/index.ts) finds it.
 */
export const contentCollections = (): CollectionConfig[] =>
  Object.values(CMS_CONTENT_TYPES).map(({ collection, convert }) => ({ ...collection, custom: { ...collection.custom, convert } }))
