import type { CollectionConfig, Field } from 'payload'
import { adminOnly } from '../../access/index.ts'
import { t } from '../../fields/label.ts'

export const SUBSCRIBERS = 'subscribers'
export const SUBSCRIBER_STATUSES = ['pending', 'confirmed', 'unsubscribed'] as const
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number]

const SUBSCRIBER_STATUS_LABELS = {
  pending: t('Nog niet bevestigd', 'Pending'),
  confirmed: t('Bevestigd', 'Confirmed'),
  unsubscribed: t('Afgemeld', 'Unsubscribed'),
} satisfies Record<SubscriberStatus, Record<'nl' | 'en', string>>

const readOnlyDate = (name: string, nl: string, en: string): Field => ({
  name,
  type: 'date',
  label: t(nl, en),
  admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
})

// Token material: hashes and a nonce only (cms/src/newsletter/tokens.ts). Not readable or writable
// through the API even for admins; only the newsletter code (Local API, overrideAccess) uses it.
const noAccess = { read: () => false, create: () => false, update: () => false }
const hiddenText = (name: string, index = true): Field => ({ name, type: 'text', index, admin: { hidden: true }, access: noAccess })

/**
 * Newsletter subscribers: personal data, admins only. The public sign-up, confirm, unsubscribe
 * and data endpoints (cms/src/endpoints/newsletter/) change them for token holders.
 */
export const Subscribers: CollectionConfig = {
  slug: SUBSCRIBERS,
  labels: { singular: t('Abonnee', 'Subscriber'), plural: t('Abonnees', 'Subscribers') },
  admin: { useAsTitle: 'email', group: t('Nieuwsbrief', 'Newsletter'), defaultColumns: ['email', 'status', 'sector', 'consentAt'] },
  access: { read: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'email', type: 'email', required: true, unique: true, index: true, label: t('E-mailadres', 'E-mail') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: t('Status', 'Status'),
      options: SUBSCRIBER_STATUSES.map((v) => ({ label: SUBSCRIBER_STATUS_LABELS[v], value: v })),
    },
    { name: 'sector', type: 'text', label: t('Sector', 'Sector') },
    readOnlyDate('consentAt', 'Toestemming gegeven op', 'Consent given at'),
    { name: 'consentTextVersion', type: 'text', label: t('Versie toestemmingstekst', 'Consent text version'), admin: { readOnly: true } },
    { name: 'consentSource', type: 'text', label: t('Via formulier', 'Source form'), admin: { readOnly: true } },
    readOnlyDate('confirmedAt', 'Bevestigd op', 'Confirmed at'),
    readOnlyDate('unsubscribedAt', 'Afgemeld op', 'Unsubscribed at'),
    hiddenText('confirmTokenHash'),
    { name: 'confirmTokenExpiresAt', type: 'date', admin: { hidden: true }, access: noAccess },
    hiddenText('manageNonce', false),
    hiddenText('manageTokenHash'),
  ],
}
