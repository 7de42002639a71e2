import type { GlobalConfig } from 'payload'
import { staffOnly } from '../../access/index.ts'
import { t } from '../../fields/label.ts'

export const CONTENT_HEALTH = 'content-health'

/**
 * "Inhoudscontrole": what to look at in the published content (pages no link reaches, links to
 * other sites that fail, text above B1, weak alt text), computed when the screen opens
 * (content-health/report.ts); the reach check comes from the last successful site build.
 * Nothing to edit: the global only gives the overview its place in the admin's navigation.
 */
export const ContentHealth: GlobalConfig = {
  slug: CONTENT_HEALTH,
  label: t('Inhoudscontrole', 'Content health'),
  admin: {
    group: t('Beheer', 'Admin'),
    description: t(
      'Wat in de gepubliceerde inhoud aandacht nodig heeft. Klik op een document om het te openen.',
      'What in the published content needs attention. Click a document to open it.',
    ),
  },
  access: { read: staffOnly, update: () => false },
  fields: [
    {
      name: 'overview',
      type: 'ui',
      admin: { components: { Field: '/components/ContentHealth/index.tsx#ContentHealthOverview' } },
    },
  ],
}
