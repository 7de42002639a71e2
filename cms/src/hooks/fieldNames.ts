import type { Block, Field } from 'payload'

type Row = Record<string, unknown>

const dutch = (label: unknown, fallback: string): string => {
  if (typeof label === 'string' && label !== '') return label
  if (label && typeof label === 'object' && 'nl' in label && typeof (label as { nl: unknown }).nl === 'string')
    return (label as { nl: string }).nl
  return fallback
}

/** Fields as the form nests them: rows, collapsibles and unnamed tabs hold fields of the same level. */
function flat(fields: readonly Field[]): Field[] {
  return fields.flatMap((f) => {
    if (f.type === 'row' || f.type === 'collapsible') return flat(f.fields)
    if (f.type === 'tabs')
      return f.tabs.flatMap((tab) => ('name' in tab && tab.name ? [{ ...tab, type: 'group' } as Field] : flat(tab.fields)))
    return [f]
  })
}

/** A row's own words, as the admin's row label shows them (components/RowLabel.tsx). */
const rowText = (row: Row | undefined): string | undefined => {
  for (const k of ['title', 'label', 'question', 'text', 'phase', 'name']) {
    const v = row?.[k]
    if (typeof v === 'string' && v.trim() !== '') return v.trim().length > 60 ? `${v.trim().slice(0, 57)}…` : v.trim()
  }
  return undefined
}

const rowNumber = (index: number) => `rij ${String(index + 1).padStart(2, '0')}`

/**
 * Names a field path the way the admin form shows it: the fields' Dutch labels, and each array or
 * block row by its number as the form shows it ("rij 06", not `questions.5`) with its own title;
 * a block with a key (a tree's question or outcome) by its kind and key:
 * `Vragen en uitkomsten › Vraag "vraag-twee" (Is er gevaar?, rij 02) › Antwoorden`.
 * Unknown segments (a contract-only path) are shown as they are.
 */
export function describeFieldPath(fields: readonly Field[], path: readonly string[], data: unknown): string {
  const out: string[] = []
  let level: readonly Field[] | undefined = fields
  let value: unknown = data
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as string
    const field: Field | undefined = level ? flat(level).find((f) => 'name' in f && f.name === seg) : undefined
    if (!field) {
      out.push(/^\d+$/.test(seg) ? rowNumber(Number(seg)) : seg)
      level = undefined
      continue
    }
    const name = dutch('label' in field ? field.label : undefined, seg)
    const here = value && typeof value === 'object' ? (value as Row)[seg] : undefined
    const next = path[i + 1]
    if ((field.type === 'array' || field.type === 'blocks') && next !== undefined && /^\d+$/.test(next)) {
      const index = Number(next)
      const row = Array.isArray(here) ? (here[index] as Row | undefined) : undefined
      const title = rowText(row)
      if (field.type === 'blocks') {
        const block: Block | undefined = field.blocks.find((b) => b.slug === row?.blockType)
        const kind = dutch(block?.labels?.singular, 'Blok')
        const key = typeof row?.key === 'string' && row.key !== '' ? ` "${row.key}"` : ''
        out.push(name, `${kind}${key} (${title ? `${title}, ` : ''}${rowNumber(index)})`)
        level = block?.fields
      } else {
        out.push(name, `${rowNumber(index)}${title ? ` "${title}"` : ''}`)
        level = field.fields
      }
      value = row
      i++
      continue
    }
    out.push(name)
    if (field.type === 'group') {
      level = field.fields
      value = here
    } else level = undefined
  }
  return out.join(' › ')
}
