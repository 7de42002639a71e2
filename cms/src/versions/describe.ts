import type { Field } from 'payload'
import { dutchDateTime } from '../audit/record.ts'
import { TIMEZONE } from '../fields/dates.ts'

/*
 * "Wijzigingen in woorden": what changed between two versions of a document, as short Dutch
 * sentences an editor can read ("Titel gewijzigd: 'A' → 'B'", "Stap 3 toegevoegd: 'Bel de
 * politie'", "Tekst van alinea 2 gewijzigd"), with a word diff for longer text and rich text.
 * Walks the collection's own field configuration, so every content type is covered.
 */

export type Segment = { kind: 'same' | 'removed' | 'added'; text: string }

export interface Change {
  /** One sentence, e.g. "Titel gewijzigd: 'Oud' → 'Nieuw'". */
  text: string
  /** For longer text and rich text: the old and new words, changed ones marked. */
  diff?: Segment[]
}

/** Names of related documents, for relationship and upload fields (id → title). */
export type TitleOf = (collection: string, value: unknown) => string

type Data = Record<string, unknown>
type Labelled = { label?: unknown; labels?: { singular?: unknown; plural?: unknown }; name?: string }

const SKIP = new Set(['id', 'createdAt', 'updatedAt', 'previousSlugs'])
const SHORT = 120
const STATUS: Record<string, string> = { draft: 'concept', published: 'gepubliceerd' }

/** The Dutch text of a label given as a string or as { nl, en }. */
export function dutch(label: unknown, fallback = ''): string {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'nl' in label) return String((label as { nl: unknown }).nl)
  return fallback
}

const capital = (s: string) => (s ? s[0]?.toUpperCase() + s.slice(1) : s)
const lower = (s: string) => (s ? s[0]?.toLowerCase() + s.slice(1) : s)

const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && isEmptyRichText(v))

function isEmptyRichText(v: object): boolean {
  const root = (v as { root?: unknown }).root
  return Boolean(root) && richTextBlocks(v).length === 0
}

const short = (s: string) => (s.length > SHORT ? `${s.slice(0, SHORT - 1).trimEnd()}…` : s)
const quoted = (s: string) => `'${short(s)}'`

// ---- words ----

const words = (s: string): string[] => s.split(/(\s+)/).filter((w) => w !== '')

/** A word diff (longest common subsequence on words and spaces); long texts fall back to old-then-new. */
export function diffWords(from: string, to: string): Segment[] {
  const a = words(from)
  const b = words(to)
  if (a.length * b.length > 400_000)
    return merge([
      { kind: 'removed', text: from },
      { kind: 'added', text: to },
    ])
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (table[i] as number[])[j] =
        a[i] === b[j]
          ? ((table[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((table[i + 1] as number[])[j] as number, (table[i] as number[])[j + 1] as number)
  const out: Segment[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i] as string })
      i++
      j++
    } else if (((table[i + 1] as number[])[j] as number) >= ((table[i] as number[])[j + 1] as number))
      out.push({ kind: 'removed', text: a[i++] as string })
    else out.push({ kind: 'added', text: b[j++] as string })
  }
  while (i < a.length) out.push({ kind: 'removed', text: a[i++] as string })
  while (j < b.length) out.push({ kind: 'added', text: b[j++] as string })
  return merge(out)
}

function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = []
  for (const s of segments) {
    const last = out[out.length - 1]
    if (last && last.kind === s.kind) last.text += s.text
    else out.push({ ...s })
  }
  return out
}

/** The diff as plain text: removed words as [-oud-], added ones as {+nieuw+}. */
export function diffText(segments: Segment[]): string {
  return segments.map((s) => (s.kind === 'same' ? s.text : s.kind === 'removed' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('')
}

// ---- rich text ----

interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: Data
}

const textOf = (node: LexicalNode): string =>
  node.type === 'linebreak' ? ' ' : typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join('')

/** The blocks of a Lexical document as plain text: paragraphs and headings, each list item apart. */
export function richTextBlocks(value: unknown): string[] {
  const root = (value as { root?: LexicalNode } | null)?.root
  if (!root) return []
  const out: string[] = []
  for (const node of root.children ?? []) {
    if (node.type === 'list') for (const item of node.children ?? []) out.push(textOf(item).replace(/\s+/g, ' ').trim())
    else out.push(textOf(node).replace(/\s+/g, ' ').trim())
  }
  return out.filter((t) => t !== '')
}

/** Pairs two lists by their longest common subsequence: [index in a | undefined, index in b | undefined][]. */
function align<T>(a: T[], b: T[], same: (x: T, y: T) => boolean): [number | undefined, number | undefined][] {
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (table[i] as number[])[j] = same(a[i] as T, b[j] as T)
        ? ((table[i + 1] as number[])[j + 1] as number) + 1
        : Math.max((table[i + 1] as number[])[j] as number, (table[i] as number[])[j + 1] as number)
  const out: [number | undefined, number | undefined][] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (same(a[i] as T, b[j] as T)) out.push([i++, j++])
    else if (((table[i + 1] as number[])[j] as number) >= ((table[i] as number[])[j + 1] as number)) out.push([i++, undefined])
    else out.push([undefined, j++])
  }
  while (i < a.length) out.push([i++, undefined])
  while (j < b.length) out.push([undefined, j++])
  return out
}

function richTextChanges(label: string, from: unknown, to: unknown, prefix: string): Change[] {
  const a = richTextBlocks(from)
  const b = richTextBlocks(to)
  const pairs = align(a, b, (x, y) => x === y)
  const out: Change[] = []
  const where = label ? ` (${lower(label)})` : ''
  // Between two unchanged paragraphs, a removed and an added one in the same place are one changed paragraph.
  for (let k = 0; k < pairs.length; k++) {
    const [i, j] = pairs[k] as [number | undefined, number | undefined]
    if (i !== undefined && j !== undefined) continue
    const next = pairs[k + 1]
    if (i !== undefined && next && next[0] === undefined && next[1] !== undefined) {
      const newIndex = next[1]
      out.push({
        text: `${prefix}Tekst van alinea ${newIndex + 1}${where} gewijzigd`,
        diff: diffWords(a[i] as string, b[newIndex] as string),
      })
      k++
    } else if (j !== undefined) out.push({ text: `${prefix}Alinea ${j + 1}${where} toegevoegd: ${quoted(b[j] as string)}` })
    else if (i !== undefined) out.push({ text: `${prefix}Alinea ${i + 1}${where} verwijderd: ${quoted(a[i] as string)}` })
  }
  if (out.length === 0 && JSON.stringify(from) !== JSON.stringify(to))
    out.push({ text: `${prefix}Opmaak of links van ${lower(label) || 'de tekst'} gewijzigd` })
  return out
}

// ---- values ----

function relationName(value: unknown, relationTo: string | string[] | undefined, titleOf: TitleOf): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object' && 'relationTo' in (value as Data)) {
    const v = value as { relationTo: string; value: unknown }
    return titleOf(v.relationTo, v.value)
  }
  return titleOf(Array.isArray(relationTo) ? (relationTo[0] ?? '') : (relationTo ?? ''), value)
}

function show(field: Field, value: unknown, titleOf: TitleOf): string {
  if (isEmpty(value)) return ''
  if (Array.isArray(value)) return value.map((v) => show({ ...field, hasMany: false } as Field, v, titleOf)).join(', ')
  switch (field.type) {
    case 'checkbox':
      return value ? 'ja' : 'nee'
    case 'select':
    case 'radio': {
      const option = field.options.find((o) => (typeof o === 'string' ? o : o.value) === value)
      return option && typeof option === 'object' ? dutch(option.label, String(value)) : String(value)
    }
    case 'date': {
      const dayOnly = field.admin?.date?.pickerAppearance === 'dayOnly'
      const text = dutchDateTime(String(value))
      if (!dayOnly) return text
      return new Intl.DateTimeFormat('nl-NL', { timeZone: TIMEZONE, day: '2-digit', month: '2-digit', year: 'numeric' })
        .format(new Date(String(value)))
        .replace(/\//g, '-')
    }
    case 'relationship':
    case 'upload':
      return relationName(value, field.relationTo as string | string[], titleOf)
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value)
  }
}

/** A row's name in a list of rows: its title, name, question or first text. */
function rowName(row: Data): string {
  for (const key of ['title', 'name', 'label', 'question', 'text', 'heading'])
    if (typeof row[key] === 'string' && row[key] !== '') return row[key] as string
  for (const [key, v] of Object.entries(row)) if (key !== 'id' && key !== 'blockType' && typeof v === 'string' && v.trim() !== '') return v
  return ''
}

// ---- fields ----

function rowsChanges(field: Field & Labelled, from: unknown, to: unknown, prefix: string, titleOf: TitleOf): Change[] {
  const a = (Array.isArray(from) ? from : []) as Data[]
  const b = (Array.isArray(to) ? to : []) as Data[]
  const singularOf = (row: Data | undefined): string => {
    if (field.type === 'blocks') {
      const block = field.blocks.find((bl) => bl.slug === row?.blockType)
      return capital(dutch(block?.labels?.singular, row?.blockType ? String(row.blockType) : 'Blok'))
    }
    return capital(dutch(field.labels?.singular, dutch(field.label, field.name ?? 'Rij')))
  }
  const plural = lower(dutch(field.labels?.plural, dutch(field.label, field.name ?? 'rijen')))
  const fieldsOf = (row: Data | undefined): Field[] =>
    field.type === 'blocks'
      ? (field.blocks.find((bl) => bl.slug === row?.blockType)?.fields ?? [])
      : field.type === 'array'
        ? field.fields
        : []
  const out: Change[] = []
  const idsA = a.map((r) => String(r.id ?? ''))
  const idsB = b.map((r) => String(r.id ?? ''))
  b.forEach((row, j) => {
    const i = idsA.indexOf(idsB[j] as string)
    const name = `${singularOf(row)} ${j + 1}`
    if (i === -1 || idsB[j] === '') {
      const title = rowName(row)
      out.push({ text: `${prefix}${name} toegevoegd${title ? `: ${quoted(title)}` : ''}` })
      return
    }
    out.push(...fieldChanges(fieldsOf(row), a[i] as Data, row, `${prefix}${name}: `, titleOf))
  })
  a.forEach((row, i) => {
    if (idsB.includes(idsA[i] as string) && idsA[i] !== '') return
    const title = rowName(row)
    out.push({ text: `${prefix}${singularOf(row)} ${i + 1} verwijderd${title ? `: ${quoted(title)}` : ''}` })
  })
  const keptA = idsA.filter((id) => id !== '' && idsB.includes(id))
  const keptB = idsB.filter((id) => id !== '' && idsA.includes(id))
  if (keptA.join() !== keptB.join()) out.push({ text: `${prefix}Volgorde van de ${plural || 'rijen'} gewijzigd` })
  return out
}

function valueChange(field: Field & Labelled, from: unknown, to: unknown, prefix: string, titleOf: TitleOf): Change[] {
  const label = capital(dutch(field.label, field.name ?? ''))
  if (field.type === 'richText') return richTextChanges(label, from, to, prefix)
  if (field.name === '_status')
    return [
      {
        text: `${prefix}Status gewijzigd: ${quoted(STATUS[String(from)] ?? String(from ?? '—'))} → ${quoted(STATUS[String(to)] ?? String(to))}`,
      },
    ]
  if (['json', 'code', 'point'].includes(field.type)) return [{ text: `${prefix}${label} gewijzigd` }]
  const a = show(field, from, titleOf)
  const b = show(field, to, titleOf)
  if (a === b) return []
  if (a === '') return [{ text: `${prefix}${label} ingevuld: ${quoted(b)}` }]
  if (b === '') return [{ text: `${prefix}${label} leeggemaakt (was ${quoted(a)})` }]
  if ((field.type === 'textarea' || field.type === 'text') && (a.length > SHORT || b.length > SHORT))
    return [{ text: `${prefix}Tekst van ${lower(label)} gewijzigd`, diff: diffWords(a, b) }]
  return [{ text: `${prefix}${label} gewijzigd: ${quoted(a)} → ${quoted(b)}` }]
}

/** Every change between two versions' data, in the order of the fields. */
export function fieldChanges(
  fields: Field[],
  from: Data | undefined,
  to: Data | undefined,
  prefix = '',
  titleOf: TitleOf = (_c, v) => `#${String(v)}`,
): Change[] {
  const out: Change[] = []
  for (const raw of fields) {
    const field = raw as Field & Labelled
    if (field.type === 'ui' || ('hidden' in field && field.hidden) || (field.admin as { hidden?: boolean } | undefined)?.hidden) continue
    if (field.type === 'row' || field.type === 'collapsible') {
      out.push(...fieldChanges(field.fields, from, to, prefix, titleOf))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs)
        if ('name' in tab && tab.name)
          out.push(
            ...fieldChanges(
              tab.fields,
              from?.[tab.name] as Data,
              to?.[tab.name] as Data,
              `${prefix}${capital(dutch(tab.label, tab.name))}: `,
              titleOf,
            ),
          )
        else out.push(...fieldChanges(tab.fields, from, to, prefix, titleOf))
      continue
    }
    if (!field.name || SKIP.has(field.name)) continue
    const a = from?.[field.name]
    const b = to?.[field.name]
    if (isEmpty(a) && isEmpty(b)) continue
    if (JSON.stringify(a) === JSON.stringify(b)) continue
    if (field.type === 'group') {
      out.push(...fieldChanges(field.fields, a as Data, b as Data, `${prefix}${capital(dutch(field.label, field.name))}: `, titleOf))
      continue
    }
    if (field.type === 'array' || field.type === 'blocks') {
      out.push(...rowsChanges(field, a, b, prefix, titleOf))
      continue
    }
    out.push(...valueChange(field, a, b, prefix, titleOf))
  }
  return out
}
