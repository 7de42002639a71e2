import { HELPER_PILLARS, LIMITS, PROFESSIONAL_OFFER } from '@hp/content-schemas'
import { sidebar, summaryField, titleField } from '../../fields/common.ts'
import { t } from '../../fields/label.ts'
import { slugField } from '../../fields/slug.ts'
import { contentCollection } from '../shared/contentCollection.ts'

export const EXTERNAL_SERVICES = 'external-services'

/** Services on other websites (online course, community, chat, trainings), shown on the pillar or offer section they name. */
export const ExternalServices = contentCollection({
  slug: EXTERNAL_SERVICES,
  labels: { singular: t('Externe dienst', 'External service'), plural: t('Externe diensten', 'External services') },
  useAsTitle: 'title',
  defaultColumns: ['title', 'platform', 'pillar', 'exampleData', '_status'],
  group: t('Inhoud', 'Content'),
  description: t(
    'Onderdelen van ons aanbod op een andere website. De site toont ze op de plek die u kiest, met de melding dat de bezoeker de site verlaat.',
    'Parts of the offer on another website, shown where you choose and marked as leaving the site.',
  ),
  fields: [
    titleField('title', 'Naam (linktekst)', 'Name (link text)'),
    slugField('title'),
    summaryField('description', 'Wat vindt de bezoeker daar?', 'What the visitor finds there'),
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: LIMITS.url,
      label: t('Webadres (https://)', 'URL (https://)'),
    },
    sidebar({
      name: 'platform',
      type: 'select',
      required: true,
      label: t('Platform', 'Platform'),
      options: [
        { label: t('Voor de Helpers', 'Helpers'), value: 'helpers' },
        { label: t('Voor Professionals', 'Professionals'), value: 'professionals' },
        { label: t('Beide', 'Both'), value: 'both' },
      ],
    }),
    sidebar({
      name: 'pillar',
      type: 'select',
      required: true,
      label: t('Plek op de site', 'Place on the site'),
      options: [
        ...HELPER_PILLARS.map((p) => ({ label: t(`Helpers: ${p.title}`, `Helpers: ${p.title}`), value: p.slug })),
        ...PROFESSIONAL_OFFER.map((p) => ({ label: t(`Professionals: ${p.title}`, `Professionals: ${p.title}`), value: p.slug })),
      ],
    }),
    sidebar({ name: 'order', type: 'number', required: true, defaultValue: 0, min: 0, label: t('Volgorde', 'Order') }),
    sidebar({
      name: 'exampleData',
      type: 'checkbox',
      defaultValue: true,
      label: t('Voorbeeldgegevens: nog controleren', 'Example data: verify'),
      admin: { description: t('Vink uit zodra u naam en webadres hebt gecontroleerd.', 'Untick once verified.') },
    }),
  ],
})
