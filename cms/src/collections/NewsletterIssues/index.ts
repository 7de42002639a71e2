import { LIMITS } from '@hp/content-schemas'
import { summaryField, titleField } from '../../fields/common.ts'
import { t } from '../../fields/label.ts'
import { LINKABLE, requiredRichTextField } from '../../fields/richText/editor.ts'
import { slugField } from '../../fields/slug.ts'
import { contentCollection } from '../shared/contentCollection.ts'

export const NEWSLETTER_ISSUES = 'newsletter-issues'

export const NewsletterIssues = contentCollection({
  slug: NEWSLETTER_ISSUES,
  labels: { singular: t('Nieuwsbrief', 'Newsletter issue'), plural: t('Nieuwsbrieven', 'Newsletter issues') },
  useAsTitle: 'title',
  defaultColumns: ['number', 'title', 'date', '_status'],
  group: t('Voor Professionals', 'Professionals'),
  fields: [
    titleField('title', 'Titel / onderwerpregel', 'Title / subject'),
    { name: 'number', type: 'number', required: true, min: 1, unique: true, label: t('Nummer', 'Number'), admin: { position: 'sidebar' } },
    slugField('number', {
      admin: { position: 'sidebar', description: t('Het nummer van de nieuwsbrief.', 'The issue number.') },
      hooks: {
        beforeValidate: [({ value, siblingData }) => (value ? String(value) : siblingData?.number ? String(siblingData.number) : value)],
      },
    }),
    {
      name: 'date',
      type: 'date',
      required: true,
      label: t('Datum', 'Date'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    requiredRichTextField('intro', 'Inleiding', 'Introduction'),
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      label: t('Onderwerpen', 'Items'),
      labels: { singular: t('Onderwerp', 'Item'), plural: t('Onderwerpen', 'Items') },
      fields: [
        titleField(),
        summaryField(),
        { name: 'ref', type: 'relationship', relationTo: [...LINKABLE], label: t('Link naar inhoud op de site', 'Link to site content') },
        { name: 'url', type: 'text', maxLength: LIMITS.url, label: t('Of: externe link', 'Or: external link') },
      ],
    },
    {
      // Recipients / sent / failed / pending, preview, test send and "Verstuur" (no stored data).
      name: 'sending',
      type: 'ui',
      admin: { components: { Field: '/components/NewsletterSendPanel/index.tsx#NewsletterSendPanel' } },
    },
  ],
})
