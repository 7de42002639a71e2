import { sidebar, summaryField, titleField } from '../../fields/common.ts'
import { t } from '../../fields/label.ts'
import { slugField } from '../../fields/slug.ts'
import { contentCollection } from '../shared/contentCollection.ts'
import { pageBlocks } from './blocks.ts'
import { uniquePerPlatform } from './uniquePerPlatform.ts'

export const PAGES = 'pages'

const base = contentCollection({
  slug: PAGES,
  labels: { singular: t('Pagina', 'Page'), plural: t("Pagina's", 'Pages') },
  useAsTitle: 'title',
  defaultColumns: ['title', 'platform', 'slug', '_status'],
  group: t('Inhoud', 'Content'),
  description: t('Slug "home" is de startpagina van het gekozen platform.', 'Slug "home" is the landing page of its platform.'),
  fields: [
    titleField(),
    // The same slug may exist once per platform (e.g. "home").
    slugField('title', { unique: false }),
    sidebar({
      name: 'platform',
      type: 'select',
      required: true,
      defaultValue: 'algemeen',
      label: t('Platform', 'Platform'),
      options: [
        { label: t('Algemeen (/)', 'General (/)'), value: 'algemeen' },
        { label: t('Voor de Helpers', 'Helpers'), value: 'helpers' },
        { label: t('Voor Professionals', 'Professionals'), value: 'professionals' },
      ],
    }),
    summaryField(),
    {
      name: 'blocks',
      type: 'blocks',
      minRows: 1,
      label: t('Blokken', 'Blocks'),
      labels: { singular: t('Blok', 'Block'), plural: t('Blokken', 'Blocks') },
      blocks: pageBlocks,
    },
  ],
})

export const Pages = { ...base, hooks: { ...base.hooks, beforeValidate: [uniquePerPlatform] } }
