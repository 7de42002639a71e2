import type { CollectionConfig } from 'payload'
import { staffOnly } from '../../access/index.ts'
import { t } from '../../fields/label.ts'

export const LINK_CHECKS = 'link-checks'

/**
 * The last answer of each link to another site in the published content, written only by the
 * link-check job (content-health/task.ts). Read by staff on the Inhoudscontrole screen; nobody
 * edits it.
 */
export const LinkChecks: CollectionConfig = {
  slug: LINK_CHECKS,
  labels: { singular: t('Linkcontrole', 'Link check'), plural: t('Linkcontroles', 'Link checks') },
  admin: { hidden: true },
  access: { read: staffOnly, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'url', type: 'text', required: true, unique: true, index: true, maxLength: 2000 },
    { name: 'ok', type: 'checkbox', required: true, defaultValue: false },
    { name: 'status', type: 'number', required: true, defaultValue: 0 },
    { name: 'reason', type: 'text', maxLength: 300 },
    { name: 'checkedAt', type: 'date', required: true },
  ],
}
