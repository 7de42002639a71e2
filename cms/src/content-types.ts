import type { ContentTypeSlug } from '@hp/content-schemas'
import type { CollectionConfig } from 'payload'
import { toAssessment } from './collections/Assessments/convert.ts'
import { Assessments } from './collections/Assessments/index.ts'
import { toChecklist } from './collections/Checklists/convert.ts'
import { Checklists } from './collections/Checklists/index.ts'
import { toErvaring } from './collections/Ervaringen/convert.ts'
import { Ervaringen } from './collections/Ervaringen/index.ts'
import { toExternalService } from './collections/ExternalServices/convert.ts'
import { ExternalServices } from './collections/ExternalServices/index.ts'
import { toNewsletterIssue } from './collections/NewsletterIssues/convert.ts'
import { NewsletterIssues } from './collections/NewsletterIssues/index.ts'
import { toOffence } from './collections/Offences/convert.ts'
import { Offences } from './collections/Offences/index.ts'
import { toOrganisation } from './collections/Organisations/convert.ts'
import { Organisations } from './collections/Organisations/index.ts'
import { toPage } from './collections/Pages/convert.ts'
import { Pages } from './collections/Pages/index.ts'
import { toReferralTree } from './collections/ReferralTrees/convert.ts'
import { ReferralTrees } from './collections/ReferralTrees/index.ts'
import { toSignal } from './collections/Signals/convert.ts'
import { Signals } from './collections/Signals/index.ts'
import { toStepPlan } from './collections/StepPlans/convert.ts'
import { StepPlans } from './collections/StepPlans/index.ts'
import { toTip } from './collections/Tips/convert.ts'
import { Tips } from './collections/Tips/index.ts'
import { toVideo } from './collections/Videos/convert.ts'
import { Videos } from './collections/Videos/index.ts'
import type { Converter } from './export/index.ts'
import type { AnySeedStep } from './seed/step.ts'

/** The CMS side of one content type: its Payload collection, its converter to the contract, its demo content. */
export interface CmsContentType {
  /** Built with `contentCollection` (collections/shared): drafts, access, the publish check, review dates. */
  collection: CollectionConfig
  /** In the collection's folder (`collections/<Name>/convert.ts`). */
  convert: Converter
  /** Loads its seed data file (`seed/data/<slug>.ts`), whose `seed` says how the seed creates its documents. */
  seed: () => Promise<{ seed: AnySeedStep }>
}

/**
 * The CMS's content-type registry, keyed by the slugs of the contract's registry
 * (content-schemas/src/registry.ts): the compiler refuses a content type without an entry here, or
 * an entry for a type the contract does not know. Listed in the order the admin shows them.
 * The seed data is loaded only when the seed runs.
 */
export const CMS_CONTENT_TYPES = {
  pages: { collection: Pages, convert: toPage, seed: () => import('./seed/data/pages.ts') },
  offences: { collection: Offences, convert: toOffence, seed: () => import('./seed/data/offences.ts') },
  checklists: { collection: Checklists, convert: toChecklist, seed: () => import('./seed/data/checklists.ts') },
  tips: { collection: Tips, convert: toTip, seed: () => import('./seed/data/tips.ts') },
  videos: { collection: Videos, convert: toVideo, seed: () => import('./seed/data/videos.ts') },
  'step-plans': { collection: StepPlans, convert: toStepPlan, seed: () => import('./seed/data/step-plans.ts') },
  signals: { collection: Signals, convert: toSignal, seed: () => import('./seed/data/signals.ts') },
  organisations: { collection: Organisations, convert: toOrganisation, seed: () => import('./seed/data/organisations.ts') },
  'external-services': {
    collection: ExternalServices,
    convert: toExternalService,
    seed: () => import('./seed/data/external-services.ts'),
  },
  ervaringen: { collection: Ervaringen, convert: toErvaring, seed: () => import('./seed/data/ervaringen.ts') },
  'referral-trees': { collection: ReferralTrees, convert: toReferralTree, seed: () => import('./seed/data/referral-trees.ts') },
  assessments: { collection: Assessments, convert: toAssessment, seed: () => import('./seed/data/assessments.ts') },
  'newsletter-issues': {
    collection: NewsletterIssues,
    convert: toNewsletterIssue,
    seed: () => import('./seed/data/newsletter-issues.ts'),
  },
} satisfies Record<ContentTypeSlug, CmsContentType>

/**
 * The content collections for the Payload config, each carrying its converter in the server-only
 * `custom.convert`, where the export (export/index.ts) finds it.
 */
export const contentCollections = (): CollectionConfig[] =>
  Object.values(CMS_CONTENT_TYPES).map(({ collection, convert }: CmsContentType) => ({
    ...collection,
    custom: { ...collection.custom, convert },
  }))
