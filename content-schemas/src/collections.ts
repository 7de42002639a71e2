import type { LinkableCollection } from './common.ts'
import { docLabel } from './errors.ts'
import type { SiteContent } from './site-content.ts'

/** The keys of the bundle that hold document lists. */
export type CollectionKey = Exclude<keyof SiteContent, 'version' | 'generatedAt' | 'settings' | 'slugChanges'>

/** Where each linkable collection lives in the bundle, and the word messages use for one of its documents. */
export const COLLECTIONS: Record<LinkableCollection, { key: CollectionKey; noun: string }> = {
  offences: { key: 'offences', noun: 'offence' },
  checklists: { key: 'checklists', noun: 'checklist' },
  tips: { key: 'tips', noun: 'tip' },
  videos: { key: 'videos', noun: 'video' },
  'step-plans': { key: 'stepPlans', noun: 'step plan' },
  signals: { key: 'signals', noun: 'signal' },
  organisations: { key: 'organisations', noun: 'organisation' },
  'referral-trees': { key: 'referralTrees', noun: 'referral tree' },
  assessments: { key: 'assessments', noun: 'assessment' },
  'newsletter-issues': { key: 'newsletterIssues', noun: 'newsletter issue' },
  pages: { key: 'pages', noun: 'page' },
}

/** Names a document for messages: `Step plan "nazorg"`, or `Step plan #2` without a slug. */
export function collectionDocLabel(collection: LinkableCollection, doc: unknown, index: number): string {
  const noun = COLLECTIONS[collection].noun
  return docLabel(noun.charAt(0).toUpperCase() + noun.slice(1), doc, index)
}
