import { jsonBytes, LIMITS, richTextChars, tooLarge, tooLong } from '@hp/content-schemas'
import { type CollectionBeforeChangeHook, type GlobalBeforeChangeHook, ValidationError } from 'payload'

/*
 * Field limits hold on every save, drafts included. Payload skips field validation (and so
 * `maxLength`) on draft saves, so a 5 MB title could be stored as a draft; these hooks run on
 * every create, update and version restore, before the field validation.
 */

export interface LimitProblem {
  path: string
  message: string
}

/** The parts of a (sanitized) Payload field the checks read. */
interface LimitedField {
  name?: string
  type: string
  label?: unknown
  hasMany?: boolean
  maxLength?: number
  custom?: Record<string, unknown>
  fields?: LimitedField[]
  flattenedFields?: LimitedField[]
  blocks?: { slug: string; fields?: LimitedField[]; flattenedFields?: LimitedField[] }[]
  tabs?: { name?: string; fields: LimitedField[] }[]
}

/** Limits of fields that set none themselves. */
export const DEFAULT_LIMITS: Record<string, number> = { text: LIMITS.line, textarea: LIMITS.shortText, email: LIMITS.line }

/** The Dutch label of a field (`t('Titel', 'Title')` → `Titel`), else its name. */
function labelOf(field: LimitedField): string {
  const label = field.label
  if (typeof label === 'string' && label !== '') return label
  if (label && typeof label === 'object' && typeof (label as { nl?: unknown }).nl === 'string') return (label as { nl: string }).nl
  return field.name ?? ''
}

const childrenOf = (field: LimitedField): LimitedField[] => field.flattenedFields ?? field.fields ?? []

/** Rich text's limits: visible characters (`custom.maxChars`, default LIMITS.richTextChars) and stored bytes. */
function richTextProblem(field: LimitedField, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  const maxChars = typeof field.custom?.maxChars === 'number' ? field.custom.maxChars : LIMITS.richTextChars
  const chars = richTextChars(value)
  if (chars > maxChars) return tooLong(labelOf(field), maxChars, chars)
  // Text within the limit can still carry megabytes of formatting (e.g. pasted from a word processor).
  const bytes = jsonBytes(value)
  if (bytes > LIMITS.richTextBytes) return tooLarge(labelOf(field), LIMITS.richTextBytes, bytes)
  return undefined
}

/**
 * Every text, textarea, e-mail and rich-text value in `data` that is over its limit, at the
 * field path the admin marks (`sections.0.items.1.title`). Values not in `data` are not checked
 * (they were checked when they were saved).
 */
export function limitProblems(fields: readonly LimitedField[], data: unknown, prefix = ''): LimitProblem[] {
  const out: LimitProblem[] = []
  if (!data || typeof data !== 'object') return out
  const record = data as Record<string, unknown>
  for (const field of fields) {
    // Unnamed containers (rows, collapsibles, unnamed tabs) keep their fields at this level.
    if (!field.name) {
      if (field.type === 'tabs')
        for (const tab of field.tabs ?? []) out.push(...limitProblems(tab.name ? [{ ...tab, type: 'group' }] : tab.fields, data, prefix))
      else out.push(...limitProblems(childrenOf(field), data, prefix))
      continue
    }
    const value = record[field.name]
    if (value === undefined || value === null) continue
    const path = `${prefix}${field.name}`
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email': {
        const max = field.maxLength ?? DEFAULT_LIMITS[field.type] ?? LIMITS.line
        const values = field.hasMany && Array.isArray(value) ? value : [value]
        for (const v of values) {
          if (typeof v === 'string' && v.length > max) {
            out.push({ path, message: tooLong(labelOf(field), max, v.length) })
            break
          }
        }
        break
      }
      case 'richText': {
        const message = richTextProblem(field, value)
        if (message) out.push({ path, message })
        break
      }
      case 'group':
      case 'tab':
        out.push(...limitProblems(childrenOf(field), value, `${path}.`))
        break
      case 'array':
        if (Array.isArray(value)) {
          value.forEach((row, i) => {
            out.push(...limitProblems(childrenOf(field), row, `${path}.${i}.`))
          })
        }
        break
      case 'blocks':
        if (Array.isArray(value)) {
          value.forEach((row, i) => {
            const type = (row as { blockType?: unknown } | null)?.blockType
            const block = field.blocks?.find((b) => b.slug === type)
            if (block) out.push(...limitProblems(block.flattenedFields ?? block.fields ?? [], row, `${path}.${i}.`))
          })
        }
        break
      default:
        break
    }
  }
  return out
}

/** beforeChange of a collection: refuses a save (draft or not) with a value over its limit. */
export const enforceFieldLimits: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  const errors = limitProblems(collection.flattenedFields as unknown as LimitedField[], data)
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, req, errors })
  return data
}

/** beforeChange of a global: the same for site-wide settings. */
export const enforceGlobalFieldLimits: GlobalBeforeChangeHook = ({ data, global, req }) => {
  const errors = limitProblems(global.flattenedFields as unknown as LimitedField[], data)
  if (errors.length > 0) throw new ValidationError({ global: global.slug, req, errors })
  return data
}
