import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../access/index.ts'
import { t } from '../../fields/label.ts'

export const SUBSCRIBERS = 'subscribers'

/** Newsletter subscribers: personal data, admins only. Sign-up and sending come with the newsletter issue. */
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
      label: t('Status', 'Status'),
      options: ['pending', 'confirmed', 'unsubscribed'].map((v) => ({ label: v, value: v })),
    },
    { name: 'sector', type: 'text', label: t('Sector', 'Sector') },
    { name: 'consentAt', type: 'date', label: t('Toestemming gegeven op', 'Consent given at') },
    { name: 'consentTextVersion', type: 'text', label: t('Versie toestemmingstekst', 'Consent text version') },
    { name: 'consentSource', type: 'text', label: t('Via formulier', 'Source form') },
  ],
}
