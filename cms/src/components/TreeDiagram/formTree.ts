import type { DiagramTree } from './layout.ts'

type Row = Record<string, unknown>
const rows = (value: unknown): Row[] => (Array.isArray(value) ? value.filter((r): r is Row => typeof r === 'object' && r !== null) : [])
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/**
 * The tree in the edit form (Payload form values, unflattened: `nodes` are blocks with `key`),
 * as the diagram reads it. Works on half-filled drafts: missing values become empty strings.
 */
export function diagramTreeFromForm(data: Row): DiagramTree {
  return {
    start: text(data.start),
    nodes: rows(data.nodes).map((n) =>
      n.blockType === 'question'
        ? {
            type: 'question',
            id: text(n.key),
            text: text(n.question),
            options: rows(n.options).map((o) => ({ label: text(o.label), next: text(o.next) })),
          }
        : { type: 'outcome', id: text(n.key), text: text(n.title) },
    ),
  }
}
