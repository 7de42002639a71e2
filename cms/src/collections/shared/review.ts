import { CONTENT_TYPE_SLUGS, CONTENT_TYPES, type ContentTypeSlug } from '@hp/content-schemas'
import type { CollectionBeforeChangeHook, Field } from 'payload'
import { isStaff } from '../../access/index.ts'
import { t } from '../../fields/label.ts'

/**
 * How long content stays current, per content type, in months: the "Controleren vóór" date a new
 * document gets, and where "Gecontroleerd" moves it. Each type's `reviewMonths` in the content-type
 * registry; DEFAULT_REVIEW_MONTHS is for any other collection.
 */
export const REVIEW_MONTHS: Readonly<Record<ContentTypeSlug, number>> = Object.fromEntries(
  CONTENT_TYPE_SLUGS.map((slug) => [slug, CONTENT_TYPES[slug].reviewMonths]),
) as Record<ContentTypeSlug, number>
export const DEFAULT_REVIEW_MONTHS = 12
/** Items due within this many days count as "soon due" (overview and reminder mail). */
export const SOON_DUE_DAYS = 30

export const reviewMonths = (collection: string): number => REVIEW_MONTHS[collection as ContentTypeSlug] ?? DEFAULT_REVIEW_MONTHS

/** `from` plus the type's review period (same day of the month, the month's last day when it has fewer). */
export function nextReviewDate(collection: string, from: Date): Date {
  const d = new Date(from)
  const day = d.getUTCDate()
  d.setUTCDate(1)
  d.setUTCMonth(d.getUTCMonth() + reviewMonths(collection))
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
  d.setUTCDate(Math.min(day, last))
  return d
}

const systemOnly = () => false

export const REVIEW_FIELD_NAMES = ['owner', 'reviewBefore', 'lastReviewedAt', 'lastReviewedBy'] as const

/** The review fields every content collection gets (contentCollection.ts), in the sidebar. */
export const reviewFields = (collection: string): Field[] => [
  {
    name: 'owner',
    type: 'relationship',
    relationTo: 'users',
    label: t('Eigenaar', 'Owner'),
    admin: {
      position: 'sidebar',
      description: t('Houdt deze inhoud actueel en krijgt de wekelijkse herinnering.', 'Keeps this current; gets the weekly reminder.'),
    },
  },
  {
    name: 'reviewBefore',
    type: 'date',
    index: true,
    label: t('Controleren vóór', 'Review before'),
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayOnly' },
      description: t(
        `Wordt bij het aanmaken gezet en schuift ${reviewMonths(collection)} maanden op met "Gecontroleerd".`,
        `Set on create; "Reviewed" moves it ${reviewMonths(collection)} months on.`,
      ),
    },
  },
  {
    name: 'lastReviewedAt',
    type: 'date',
    label: t('Laatst gecontroleerd op', 'Last reviewed on'),
    // Set only by "Gecontroleerd" (a save with an older form cannot put an old date back).
    access: { create: systemOnly, update: systemOnly },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayOnly' } },
  },
  {
    name: 'lastReviewedBy',
    type: 'relationship',
    relationTo: 'users',
    label: t('Gecontroleerd door', 'Reviewed by'),
    access: { create: systemOnly, update: systemOnly },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    // "Gecontroleerd": one click records who and when and moves the date (review/endpoint.ts).
    name: 'reviewAction',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/components/ReviewButton/index.tsx#ReviewButton' } },
  },
]

/** beforeChange: a new document gets its review date and, when a staff member creates it, its owner. */
export const reviewDefaults: CollectionBeforeChangeHook = ({ collection, data, operation, req }) => {
  if (operation !== 'create') return data
  if (!data.reviewBefore) data.reviewBefore = nextReviewDate(collection.slug, new Date()).toISOString()
  if (!data.owner && isStaff(req.user) && req.user) data.owner = req.user.id
  return data
}
