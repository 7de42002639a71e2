import type { CollectionConfig } from 'payload'
import { offencesField, sidebar, summaryField, themeField, titleField } from '../../fields/common.ts'
import { t } from '../../fields/label.ts'
import { richTextField } from '../../fields/richText/editor.ts'
import { slugField } from '../../fields/slug.ts'
import { notifySender } from '../../submissions/notify.ts'
import { contentCollection } from '../shared/contentCollection.ts'

export const ERVARINGEN = 'ervaringen'

/**
 * Experiences of other helpers (pillar 4, "Hoe doen anderen het?"). Usually made from a
 * submission with "Maak ervaring" (collections/Submissions), which links the two; publishing one
 * mails its sender once, if they asked for it (submissions/notify.ts).
 */
const config = contentCollection({
  slug: ERVARINGEN,
  labels: { singular: t('Ervaring', 'Experience'), plural: t('Ervaringen van helpers', 'Experiences') },
  useAsTitle: 'title',
  defaultColumns: ['title', 'theme', '_status', 'updatedAt'],
  group: t('Inhoud', 'Content'),
  description: t(
    'Tips en ervaringen van andere helpers, zonder namen, plaatsen of andere herkenbare details.',
    'Tips and experiences of other helpers, without names, places or identifying details.',
  ),
  fields: [
    titleField(),
    slugField('title'),
    summaryField(),
    sidebar({ ...themeField, required: false }),
    sidebar({ ...offencesField, label: t('Delicten (de ervaring staat op hun checklist)', 'Offences (shown on their checklists)') }),
    richTextField('body', 'Tekst', 'Body'),
    sidebar({
      name: 'submission',
      type: 'relationship',
      relationTo: 'submissions',
      label: t('Gemaakt van inzending', 'Made from submission'),
      admin: { readOnly: true },
    }),
  ],
})

export const Ervaringen: CollectionConfig = {
  ...config,
  hooks: { ...config.hooks, afterChange: [...(config.hooks?.afterChange ?? []), notifySender] },
}
