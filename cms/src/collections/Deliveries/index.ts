import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../access/index.ts'
import { t } from '../../fields/label.ts'

export const DELIVERIES = 'deliveries'

/** One record per (issue, subscriber): the send state that makes sending exactly-once. Admins only. */
export const Deliveries: CollectionConfig = {
  slug: DELIVERIES,
  labels: { singular: t('Verzending', 'Delivery'), plural: t('Verzendingen', 'Deliveries') },
  admin: { group: t('Nieuwsbrief', 'Newsletter'), defaultColumns: ['key', 'status', 'attempts', 'updatedAt'] },
  access: { read: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, label: t('Sleutel (nummer:abonnee)', 'Key') },
    { name: 'issue', type: 'relationship', relationTo: 'newsletter-issues', required: true },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', required: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: ['pending', 'sending', 'sent', 'failed'].map((v) => ({ label: v, value: v })),
    },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'lastError', type: 'text' },
  ],
}
