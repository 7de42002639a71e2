import type { Block, CollectionConfig, Field, GlobalConfig } from 'payload'
import { DATE_ONLY_FORMAT, DATE_TIME_FORMAT, TIME_FORMAT } from './dates.ts'

const ROW_LABEL = '/components/RowLabel.tsx#TitleRowLabel'
export const BLOCK_ROW_LABEL = '/components/RowLabel.tsx#BlockRowLabel'

const dutch = (label: unknown): string | undefined =>
  typeof label === 'string' ? label : label && typeof label === 'object' && 'nl' in label ? String(label.nl) : undefined

function block(b: Block): Block {
  return {
    ...b,
    fields: label(b.fields),
    admin: {
      // The row shows its kind and content (components/RowLabel.tsx), not an empty "Zonder titel" name box.
      disableBlockName: true,
      ...b.admin,
      components: {
        Label: { path: BLOCK_ROW_LABEL, clientProps: { singular: dutch(b.labels?.singular) ?? b.slug } },
        ...b.admin?.components,
      },
    },
  }
}

function label(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'array') {
      return {
        ...field,
        fields: label(field.fields),
        admin: { ...field.admin, components: { RowLabel: ROW_LABEL, ...field.admin?.components } },
      }
    }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map(block) }
    if (field.type === 'group' || field.type === 'collapsible' || field.type === 'row')
      return { ...field, fields: label(field.fields) } as Field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: label(tab.fields) })) }
    if (field.type === 'date') {
      // Dutch dates everywhere: typed and shown as 03-12-2026 (with 19:54 where the time matters).
      const appearance = field.admin?.date?.pickerAppearance ?? 'dayOnly'
      const displayFormat =
        field.admin?.date?.displayFormat ??
        (appearance === 'dayAndTime' ? DATE_TIME_FORMAT : appearance === 'timeOnly' ? TIME_FORMAT : DATE_ONLY_FORMAT)
      return {
        ...field,
        admin: {
          ...field.admin,
          date: { timeFormat: TIME_FORMAT, timeIntervals: 15, ...field.admin?.date, pickerAppearance: appearance, displayFormat },
        },
      } as Field
    }
    return field
  })
}

/**
 * Every array and block row in the admin shows its own content instead of "Row 01" or "Zonder
 * titel" (see components/RowLabel.tsx), and every date field is typed and shown as dd-mm-jjjj.
 */
export function withRowLabels<T extends CollectionConfig | GlobalConfig>(config: T): T {
  return { ...config, fields: label(config.fields) }
}
