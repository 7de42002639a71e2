import { sectorsField, sidebar, summaryField, titleField } from '../../fields/common.ts'
import { t } from '../../fields/label.ts'
import { requiredRichTextField } from '../../fields/richText/editor.ts'
import { slugField } from '../../fields/slug.ts'
import { contentCollection } from '../shared/contentCollection.ts'

export const SIGNALS = 'signals'

export const Signals = contentCollection({
  slug: SIGNALS,
  labels: { singular: t('Signaal', 'Signal'), plural: t('Signalenwijzer', 'Signals guide') },
  useAsTitle: 'title',
  defaultColumns: ['title', 'category', '_status', 'updatedAt'],
  group: t('Voor Professionals', 'Professionals'),
  fields: [
    titleField('title', 'Signaal', 'Signal'),
    slugField('title'),
    sidebar({
      name: 'category',
      type: 'select',
      required: true,
      label: t('Soort signaal', 'Category'),
      options: [
        { label: t('Emotioneel', 'Emotional'), value: 'emotioneel' },
        { label: t('Lichamelijk', 'Physical'), value: 'lichamelijk' },
        { label: t('Gedrag', 'Behavioural'), value: 'gedrag' },
      ],
    }),
    sidebar(sectorsField()),
    sidebar({ name: 'order', type: 'number', required: true, defaultValue: 0, min: 0, label: t('Volgorde', 'Order') }),
    summaryField('description', 'Hoe ziet het eruit?', 'What it looks like'),
    requiredRichTextField('whatToDo', 'Wat te doen', 'What to do'),
  ],
})
