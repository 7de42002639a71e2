import { LIMITS, SlugSchema, safeParseContract } from '@hp/content-schemas'
import type { TextField } from 'payload'
import { t } from './label.ts'

/** Slugify Dutch text: `Nazorg bij suïcide op school` → `nazorg-bij-suicide-op-school`. */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.slug)
    .replace(/-+$/, '')

/** A unique, indexed slug that is filled from `from` when left empty. */
export const slugField = (from: string, overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'slug',
    type: 'text',
    label: t('Slug (deel van de URL)', 'Slug (part of the URL)'),
    maxLength: LIMITS.slug,
    index: true,
    unique: true,
    admin: {
      position: 'sidebar',
      description: t(
        'Wordt gemaakt uit de titel als u niets invult. Wijzig alleen als het echt moet: de oude URL werkt dan niet meer.',
        'Filled from the title when empty. Change only when needed: the old URL stops working.',
      ),
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value === 'string' && value.trim() !== '') return slugify(value)
          const source = siblingData?.[from]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
    validate: (value: unknown) => {
      if (value === undefined || value === null || value === '') return 'Vul een slug in (bijvoorbeeld "woninginbraak").'
      const result = safeParseContract(SlugSchema, value)
      return result.success ? true : `Slug: ${result.error.issues[0]?.message ?? 'ongeldig'}`
    },
    ...overrides,
  }) as TextField

/** A key inside a document (checklist item, step, tree node, question …); the contract calls it `id`. */
export const keyField = (nl: string, en: string): TextField => ({
  name: 'key',
  type: 'text',
  required: true,
  maxLength: LIMITS.slug,
  label: t(nl, en),
  admin: {
    description: t('Kleine letters, cijfers en streepjes; uniek in dit document.', 'Lowercase, digits, hyphens; unique in this document.'),
  },
  validate: (value: unknown) => {
    const result = safeParseContract(SlugSchema, value)
    return result.success ? true : (result.error.issues[0]?.message ?? 'Vul een geldige sleutel in.')
  },
})
