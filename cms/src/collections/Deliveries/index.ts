import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../access/index.ts'
import { t } from '../../fields/label.ts'

export const DELIVERIES = 'deliveries'
/**
 * pending → sending (claimed by one worker) → sent | failed (permanent SMTP error or attempts
 * used up) | skipped (the subscriber left before their turn). A temporary error puts the delivery
 * back to pending with `nextAttemptAt`. See cms/src/newsletter/send.ts for the guarantee.
 */
export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'skipped'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/** `<issue id>:<subscriber id>`: one delivery per (issue, subscriber), enforced by the unique index. */
export const deliveryKey = (issueId: string | number, subscriberId: string | number) => `${issueId}:${subscriberId}`

/** One record per (issue, subscriber): the send state that makes sending exactly-once. Admins only. */
export const Deliveries: CollectionConfig = {
  slug: DELIVERIES,
  labels: { singular: t('Verzending', 'Delivery'), plural: t('Verzendingen', 'Deliveries') },
  admin: { group: t('Nieuwsbrief', 'Newsletter'), defaultColumns: ['key', 'status', 'attempts', 'lastError', 'updatedAt'] },
  access: { read: adminOnly, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, label: t('Sleutel (nieuwsbrief:abonnee)', 'Key') },
    { name: 'issue', type: 'relationship', relationTo: 'newsletter-issues', required: true, index: true },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', required: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: DELIVERY_STATUSES.map((v) => ({ label: v, value: v })),
    },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'lastError', type: 'text', label: t('Laatste fout', 'Last error') },
    { name: 'messageId', type: 'text', label: 'Message-ID', admin: { readOnly: true } },
    { name: 'claimedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'nextAttemptAt', type: 'date', index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'sentAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
