import { PlatformSchema, SectorSchema, ThemeSchema } from '@hp/content-schemas'
import type { Field, RelationshipField, SelectField, TextareaField, TextField } from 'payload'
import { t } from './label.ts'

const options = (values: readonly string[]) => values.map((v) => ({ label: v, value: v }))

export const titleField = (name = 'title', nl = 'Titel', en = 'Title'): TextField => ({
  name,
  type: 'text',
  required: true,
  maxLength: 200,
  label: t(nl, en),
})

export const summaryField = (name = 'summary', nl = 'Samenvatting', en = 'Summary'): TextareaField => ({
  name,
  type: 'textarea',
  required: true,
  maxLength: 300,
  label: t(nl, en),
  admin: {
    description: t(
      'Eén of twee zinnen voor lijsten, zoekresultaten en zoekmachines (max. 300 tekens).',
      'One or two sentences (max 300 characters).',
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
  options: options(SectorSchema.options),
})

export const themeField: SelectField = {
  name: 'theme',
  type: 'select',
  required: true,
  label: t('Thema', 'Theme'),
  options: options(ThemeSchema.options),
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
