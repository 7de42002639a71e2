import { LIMITS } from '@hp/content-schemas'
import { summaryField, titleField } from '../../fields/common.ts'
import { t } from '../../fields/label.ts'
import { slugField } from '../../fields/slug.ts'
import { contentCollection } from '../shared/contentCollection.ts'

export const OFFENCES = 'offences'

export const Offences = contentCollection({
  slug: OFFENCES,
  labels: { singular: t('Delict', 'Offence'), plural: t('Delicten', 'Offences') },
  useAsTitle: 'name',
  defaultColumns: ['name', 'order', '_status', 'updatedAt'],
  group: t('Inhoud', 'Content'),
  fields: [
    titleField('name', 'Naam', 'Name'),
    slugField('name'),
    summaryField(),
    {
      name: 'searchTerms',
      type: 'text',
      hasMany: true,
      maxLength: LIMITS.searchTerm,
      label: t('Zoekwoorden', 'Search terms'),
      admin: {
        description: t(
          'Woorden die bezoekers typen: synoniemen en samenstellingen (oplichting, phishing, inbraak…). Enter na elk woord.',
          'Words visitors type: synonyms and compounds. Press Enter after each.',
        ),
      },
    },
    {
      name: 'order',
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
      label: t('Volgorde', 'Order'),
      admin: { position: 'sidebar' },
    },
  ],
})
