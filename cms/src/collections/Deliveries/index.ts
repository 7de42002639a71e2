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

const DELIVERY_STATUS_LABELS = {
  pending: t('Wacht op verzending', 'Pending'),
  sending: t('Wordt nu verstuurd', 'Sending'),
  sent: t('Verstuurd', 'Sent'),
  failed: t('Mislukt', 'Failed'),
  skipped: t('Overgeslagen (afgemeld)', 'Skipped (unsubscribed)'),
} satisfies Record<DeliveryStatus, Record<'nl' | 'en', string>>

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
    { name: 'issue', type: 'relationship', relationTo: 'newsletter-issues', required: true, index: true, label: t('Nieuwsbrief', 'Issue') },
    { name: 'subscriber', type: 'relationship', relationTo: 'subscribers', required: true, index: true, label: t('Abonnee', 'Subscriber') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: t('Status', 'Status'),
      options: DELIVERY_STATUSES.map((v) => ({ label: DELIVERY_STATUS_LABELS[v], value: v })),
    },
    { name: 'attempts', type: 'number', defaultValue: 0, label: t('Pogingen', 'Attempts') },
    { name: 'lastError', type: 'text', label: t('Laatste fout', 'Last error') },
    { name: 'messageId', type: 'text', label: 'Message-ID', admin: { readOnly: true } },
    {
      name: 'claimedAt',
      type: 'date',
      label: t('Opgepakt op', 'Claimed at'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // host:pid of the worker process whose claim won the delivery (several may share one send).
      name: 'claimedBy',
      type: 'text',
      label: t('Opgepakt door (proces)', 'Claimed by (process)'),
      admin: { readOnly: true },
    },
    {
      name: 'nextAttemptAt',
      type: 'date',
      index: true,
      label: t('Volgende poging', 'Next attempt'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'sentAt',
      type: 'date',
      label: t('Verstuurd op', 'Sent at'),
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
