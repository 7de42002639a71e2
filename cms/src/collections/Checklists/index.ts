import { relation, summaryField, titleField } from '../../fields/common.ts'
import { t } from '../../fields/label.ts'
import { requiredRichTextField, richTextField } from '../../fields/richText/editor.ts'
import { keyField, slugField } from '../../fields/slug.ts'
import { contentCollection } from '../shared/contentCollection.ts'

export const CHECKLISTS = 'checklists'

export const Checklists = contentCollection({
  slug: CHECKLISTS,
  labels: { singular: t('Checklist', 'Checklist'), plural: t('Checklists', 'Checklists') },
  useAsTitle: 'title',
  group: t('Voor de Helpers', 'Helpers'),
  description: t('"Check wat u kunt doen": één checklist per delict.', '"Check what you can do": one checklist per offence.'),
  fields: [
    titleField(),
    slugField('title', {
      admin: { position: 'sidebar', description: t('Gelijk aan de slug van het delict.', 'Equals the offence slug.') },
    }),
    { ...relation('offence', 'offences', 'Delict', 'Offence', false), required: true, admin: { position: 'sidebar' } },
    summaryField(),
    requiredRichTextField('intro', 'Inleiding', 'Introduction'),
    {
      name: 'sections',
      type: 'array',
      minRows: 1,
      label: t('Onderdelen', 'Sections'),
      labels: { singular: t('Onderdeel', 'Section'), plural: t('Onderdelen', 'Sections') },
      admin: { initCollapsed: true },
      fields: [
        titleField('title', 'Kop van het onderdeel', 'Section heading'),
        {
          name: 'items',
          type: 'array',
          minRows: 1,
          label: t('Punten', 'Items'),
          labels: { singular: t('Punt', 'Item'), plural: t('Punten', 'Items') },
          fields: [
            titleField('title', 'Wat kunt u doen?', 'What to do'),
            keyField('Sleutel (voor vinkjes)', 'Key (for ticks)'),
            richTextField('body', 'Uitleg', 'Explanation'),
          ],
        },
      ],
    },
    relation('relatedTips', 'tips', 'Gerelateerde tips', 'Related tips'),
    relation('relatedVideos', 'videos', "Gerelateerde video's", 'Related videos'),
  ],
})
