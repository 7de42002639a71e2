import { LIMITS } from '@hp/content-schemas'
import { summaryField, titleField } from '../../fields/common.ts'
import { t } from '../../fields/label.ts'
import { slugField } from '../../fields/slug.ts'
import { contentCollection } from '../shared/contentCollection.ts'

export const ORGANISATIONS = 'organisations'

export const Organisations = contentCollection({
  slug: ORGANISATIONS,
  labels: { singular: t('Organisatie', 'Organisation'), plural: t('Organisaties', 'Organisations') },
  useAsTitle: 'name',
  defaultColumns: ['name', 'phone', 'exampleData', '_status'],
  group: t('Inhoud', 'Content'),
  fields: [
    titleField('name', 'Naam', 'Name'),
    slugField('name'),
    summaryField('description', 'Wat doen ze, voor wie?', 'What they do'),
    { name: 'phone', type: 'text', label: t('Telefoon', 'Phone') },
    { name: 'chatUrl', type: 'text', maxLength: LIMITS.url, label: t('Chat (URL)', 'Chat URL') },
    { name: 'url', type: 'text', maxLength: LIMITS.url, label: t('Website', 'Website') },
    { name: 'hours', type: 'text', label: t('Openingstijden', 'Opening hours') },
    {
      name: 'exampleData',
      type: 'checkbox',
      defaultValue: true,
      label: t('Voorbeeldgegevens: nog controleren', 'Example data: verify'),
      admin: {
        position: 'sidebar',
        description: t('Vink uit zodra u telefoon, chat en tijden bij de organisatie hebt gecontroleerd.', 'Untick once verified.'),
      },
    },
  ],
})
