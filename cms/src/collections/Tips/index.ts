import {
  imageField,
  offencesField,
  platformsField,
  searchTermsField,
  sidebar,
  summaryField,
  themeField,
  titleField,
} from '../../fields/common.ts'
import { t } from '../../fields/label.ts'
import { requiredRichTextField } from '../../fields/richText/editor.ts'
import { slugField } from '../../fields/slug.ts'
import { contentCollection } from '../shared/contentCollection.ts'

export const TIPS = 'tips'

export const Tips = contentCollection({
  slug: TIPS,
  labels: { singular: t('Tip', 'Tip'), plural: t('Tips en informatie', 'Tips') },
  useAsTitle: 'title',
  defaultColumns: ['title', 'theme', '_status', 'updatedAt'],
  group: t('Inhoud', 'Content'),
  fields: [
    titleField(),
    slugField('title'),
    summaryField(),
    sidebar(themeField),
    sidebar(platformsField),
    sidebar(offencesField),
    sidebar(searchTermsField),
    imageField(),
    requiredRichTextField('body', 'Tekst', 'Body'),
  ],
})
