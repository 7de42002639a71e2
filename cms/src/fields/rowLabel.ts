import type { CollectionConfig, Field, GlobalConfig } from 'payload'

const ROW_LABEL = '/components/RowLabel.tsx#TitleRowLabel'

function label(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'array') {
      return {
        ...field,
        fields: label(field.fields),
        admin: { ...field.admin, components: { RowLabel: ROW_LABEL, ...field.admin?.components } },
      }
    }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((b) => ({ ...b, fields: label(b.fields) })) }
    if (field.type === 'group' || field.type === 'collapsible' || field.type === 'row')
      return { ...field, fields: label(field.fields) } as Field
    return field
  })
}

/** Every array row in the admin shows its own title instead of "Row 01" (see components/RowLabel.tsx). */
export function withRowLabels<T extends CollectionConfig | GlobalConfig>(config: T): T {
  return { ...config, fields: label(config.fields) }
}
