import type { DocRef, LinkableCollection } from './common.ts'
import { docLabel } from './errors.ts'
import type { SiteContent } from './site-content.ts'

/** The keys of the bundle that hold document lists. */
export type CollectionKey = Exclude<keyof SiteContent, 'version' | 'generatedAt' | 'settings' | 'slugChanges'>

/**
 * Where each linkable collection lives in the bundle, and how messages name one of its documents:
 * `label` as the CMS admin names the collection (`Stappenplan`), `noun` mid-sentence with its `article`.
 */
export const COLLECTIONS: Record<LinkableCollection, { key: CollectionKey; label: string; noun: string; article: 'de' | 'het' }> = {
  offences: { key: 'offences', label: 'Delict', noun: 'delict', article: 'het' },
  checklists: { key: 'checklists', label: 'Checklist', noun: 'checklist', article: 'de' },
  tips: { key: 'tips', label: 'Tip', noun: 'tip', article: 'de' },
  videos: { key: 'videos', label: 'Video', noun: 'video', article: 'de' },
  'step-plans': { key: 'stepPlans', label: 'Stappenplan', noun: 'stappenplan', article: 'het' },
  signals: { key: 'signals', label: 'Signaal', noun: 'signaal', article: 'het' },
  organisations: { key: 'organisations', label: 'Organisatie', noun: 'organisatie', article: 'de' },
  'external-services': { key: 'externalServices', label: 'Externe dienst', noun: 'externe dienst', article: 'de' },
  ervaringen: { key: 'ervaringen', label: 'Ervaring', noun: 'ervaring', article: 'de' },
  'referral-trees': { key: 'referralTrees', label: 'Doorverwijstool', noun: 'doorverwijstool', article: 'de' },
  assessments: { key: 'assessments', label: 'Scan of test', noun: 'scan of test', article: 'de' },
  'newsletter-issues': { key: 'newsletterIssues', label: 'Nieuwsbrief', noun: 'nieuwsbrief', article: 'de' },
  pages: { key: 'pages', label: 'Pagina', noun: 'pagina', article: 'de' },
}

/** How messages name the site settings (a global, without a slug), as the admin does. */
export const SITE_SETTINGS_LABEL = 'Site-instellingen'

/** Names a document for messages: `Stappenplan "nazorg"`, or `Stappenplan #2` without a slug. */
export function collectionDocLabel(collection: LinkableCollection, doc: unknown, index: number): string {
  return docLabel(COLLECTIONS[collection].label, doc, index)
}

/**
 * A reference to a document the bundle does not hold, and how to fix it:
 * `Er is geen gepubliceerde tip "xyz". Publiceer eerst de tip, of haal de link weg.`
 */
export function missingDocMessage(ref: DocRef, what: 'link' | 'verwijzing'): string {
  const { noun, article } = COLLECTIONS[ref.collection]
  // Dutch inflects the adjective after "geen" for de-words only: geen gepubliceerde tip, geen gepubliceerd delict.
  const published = article === 'de' ? 'gepubliceerde' : 'gepubliceerd'
  return `Er is geen ${published} ${noun} "${ref.slug}". Publiceer eerst ${article} ${noun}, of haal de ${what} weg.`
}
