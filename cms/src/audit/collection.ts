import type { CollectionConfig } from 'payload'
import { adminOnly, isAdmin } from '../access/index.ts'
import { t } from '../fields/label.ts'

export const AUDIT_LOG = 'audit-log'

/** What the log records, with the Dutch words the admin shows. */
export const AUDIT_ACTIONS = {
  published: t('Gepubliceerd', 'Published'),
  unpublished: t('Publicatie ongedaan gemaakt', 'Unpublished'),
  deleted: t('Verwijderd', 'Deleted'),
  restored: t('Versie hersteld', 'Version restored'),
  scheduled: t('Gepland', 'Scheduled'),
  unscheduled: t('Planning geannuleerd', 'Schedule cancelled'),
  sent: t('Nieuwsbrief verstuurd', 'Newsletter sent'),
  reviewed: t('Gecontroleerd', 'Reviewed'),
} as const
export type AuditAction = keyof typeof AUDIT_ACTIONS

const never = () => false

/**
 * Who published, unpublished, deleted, restored, scheduled and sent what, and when. Admins read
 * it; nobody creates, changes or deletes entries through the admin or the API (not even admins):
 * only the CMS's own hooks write them (audit/record.ts).
 */
export const AuditLog: CollectionConfig = {
  slug: AUDIT_LOG,
  labels: { singular: t('Logregel', 'Audit entry'), plural: t('Logboek', 'Audit log') },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'summary', 'userEmail'],
    group: t('Beheer', 'Administration'),
    description: t(
      'Wie wat wanneer publiceerde, offline haalde, verwijderde, herstelde, plande of verstuurde. Alleen te lezen.',
      'Who published, unpublished, deleted, restored, scheduled or sent what, and when. Read-only.',
    ),
    hidden: ({ user }) => !isAdmin(user),
  },
  access: { read: adminOnly, create: never, update: never, delete: never },
  timestamps: true,
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: t('Actie', 'Action'),
      options: Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label })),
    },
    { name: 'summary', type: 'text', required: true, label: t('Omschrijving', 'Summary') },
    { name: 'collectionSlug', type: 'text', index: true, label: t('Soort inhoud', 'Collection') },
    { name: 'docId', type: 'text', index: true, label: t('Document-ID', 'Document ID') },
    { name: 'docTitle', type: 'text', label: t('Titel', 'Title') },
    { name: 'user', type: 'relationship', relationTo: 'users', label: t('Door', 'By') },
    // The address stays readable after the account is removed.
    { name: 'userEmail', type: 'text', label: t('E-mailadres', 'E-mail') },
    {
      name: 'at',
      type: 'date',
      label: t('Gepland voor', 'Scheduled for'),
      admin: { description: t('Alleen bij een planning: het tijdstip van de geplande actie.', 'Scheduled entries: when it will run.') },
    },
  ],
}
