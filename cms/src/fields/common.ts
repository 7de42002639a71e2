import { LIMITS, PlatformSchema, SECTOR_NAMES, SectorSchema, THEME_ADMIN_NAMES, ThemeSchema } from '@hp/content-schemas'
import type { Field, RelationshipField, SelectField, TextareaField, TextField, UploadField } from 'payload'
import { t } from './label.ts'

/** Select options shown by their Dutch name, stored by their key. */
const options = <K extends string>(values: readonly K[], names: Record<K, string>) =>
  values.map((value) => ({ label: t(names[value], value), value }))

export const titleField = (name = 'title', nl = 'Titel', en = 'Title'): TextField => ({
  name,
  type: 'text',
  required: true,
  maxLength: LIMITS.title,
  label: t(nl, en),
})

export const summaryField = (name = 'summary', nl = 'Samenvatting', en = 'Summary'): TextareaField => ({
  name,
  type: 'textarea',
  required: true,
  maxLength: LIMITS.summary,
  label: t(nl, en),
  admin: {
    description: t(
      `Eén of twee zinnen voor lijsten, zoekresultaten en zoekmachines (max. ${LIMITS.summary} tekens).`,
      `One or two sentences (max ${LIMITS.summary} characters).`,
    ),
  },
})

export const platformsField: SelectField = {
  name: 'platforms',
  type: 'select',
  hasMany: true,
  required: true,
  label: t('Platforms', 'Platforms'),
  options: [
    { label: t('Voor de Helpers', 'Helpers'), value: 'helpers' },
    { label: t('Voor Professionals', 'Professionals'), value: 'professionals' },
  ],
}

export const platformField: SelectField = {
  name: 'platform',
  type: 'select',
  required: true,
  label: t('Platform', 'Platform'),
  options: platformsField.options,
}

export const sectorsField = (required = false): SelectField => ({
  name: 'sectors',
  type: 'select',
  hasMany: true,
  required,
  label: t('Sectoren', 'Sectors'),
  options: options(SectorSchema.options, SECTOR_NAMES),
})

export const themeField: SelectField = {
  name: 'theme',
  type: 'select',
  required: true,
  label: t('Thema', 'Theme'),
  options: options(ThemeSchema.options, THEME_ADMIN_NAMES),
}

export const relation = (name: string, relationTo: string, nl: string, en: string, hasMany = true): RelationshipField =>
  ({ name, type: 'relationship', relationTo, hasMany, label: t(nl, en) }) as RelationshipField

export const offencesField = relation('offences', 'offences', 'Delicten (leeg = alle)', 'Offences (empty = all)')

/** Words visitors type to find the page: searchable as pagefind metadata, never shown. */
export const searchTermsField: TextField = {
  name: 'searchTerms',
  type: 'text',
  hasMany: true,
  label: t('Zoekwoorden', 'Search terms'),
  admin: {
    description: t(
      'Woorden die bezoekers typen om deze pagina te vinden, als ze niet in de tekst staan (informele woorden, synoniemen). Ze staan niet op de pagina. Enter na elk woord.',
      'Words visitors type to find this page when the text lacks them. Not shown. Press Enter after each.',
    ),
  },
}

export const sidebar = (field: Field): Field => ({ ...field, admin: { ...(field.admin ?? {}), position: 'sidebar' } }) as Field

export { PlatformSchema }

/**
 * The media picker offers only files of one kind (by MIME type): a video or another file cannot be
 * chosen where the site shows a picture. The publish check refuses it too (hooks/publishCheck.ts).
 */
export const onlyMedia = (kind: 'image' | 'video'): Pick<UploadField, 'filterOptions'> => ({
  filterOptions: { mimeType: { contains: `${kind}/` } },
})

/** An image from the media library (a tip's image, a poster, a hero). */
export const imageField = (name = 'image', nl = 'Afbeelding', en = 'Image'): UploadField => ({
  name,
  type: 'upload',
  relationTo: 'media',
  label: t(nl, en),
  ...onlyMedia('image'),
})
