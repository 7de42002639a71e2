import { LIMITS } from '@hp/content-schemas'
import type { Block } from 'payload'
import { imageField, titleField } from '../../fields/common.ts'
import { t } from '../../fields/label.ts'
import { requiredRichTextField } from '../../fields/richText/editor.ts'

export const pageBlocks: Block[] = [
  {
    slug: 'hero',
    interfaceName: 'HeroBlock',
    labels: { singular: t('Opening', 'Hero'), plural: t('Openingen', 'Heroes') },
    fields: [titleField(), { name: 'text', type: 'textarea', maxLength: LIMITS.shortText, label: t('Tekst', 'Text') }, imageField()],
  },
  {
    slug: 'richText',
    interfaceName: 'RichTextBlock',
    labels: { singular: t('Tekst', 'Text'), plural: t('Teksten', 'Texts') },
    fields: [requiredRichTextField('body', 'Tekst', 'Body')],
  },
  {
    slug: 'callToAction',
    interfaceName: 'CallToActionBlock',
    labels: { singular: t('Links', 'Links'), plural: t('Links', 'Links') },
    fields: [
      titleField(),
      {
        name: 'links',
        type: 'array',
        minRows: 1,
        label: t('Links', 'Links'),
        labels: { singular: t('Link', 'Link'), plural: t('Links', 'Links') },
        fields: [
          titleField('label', 'Linktekst', 'Label'),
          { name: 'href', type: 'text', required: true, maxLength: LIMITS.url, label: t('Pad op de site (begint met /)', 'Site path') },
        ],
      },
    ],
  },
  {
    slug: 'offenceTiles',
    interfaceName: 'OffenceTilesBlock',
    labels: { singular: t('Delict-tegels', 'Offence tiles'), plural: t('Delict-tegels', 'Offence tiles') },
    fields: [titleField()],
  },
  {
    slug: 'adviceLine',
    interfaceName: 'AdviceLineBlock',
    labels: { singular: t('Advieslijn', 'Advice line'), plural: t('Advieslijn', 'Advice line') },
    fields: [titleField()],
  },
]
