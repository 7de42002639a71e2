/** Where a key picker finds its choices: the rows of a list in the same form ("nodes", "themes", "bands"). */
export interface KeyPickerSource {
  /** Path of the array or blocks field whose rows have a `key` ("nodes"). */
  list: string
  /** Sibling fields that name a row, the first filled one wins ("question", "title"). */
  titles: string[]
  /** Dutch name of each block kind, shown before the key ("Vraag", "Uitkomst"). */
  kinds?: Record<string, string>
  /** Offer only rows of these block kinds (a tree starts at a question). */
  onlyKinds?: string[]
}

export interface KeyOption {
  label: string
  value: string
}

/** The form state, as far as the picker reads it: values by dotted path ("nodes.2.key"). */
export type FormValues = Record<string, { value?: unknown } | undefined>

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * The choices of a key picker, in the order of the rows: "Vraag · letsel: Is iemand gewond?".
 * A value that no row has (any more) stays selectable and says so, so nothing changes unnoticed.
 */
export function keyOptions(fields: FormValues, source: KeyPickerSource, current: unknown): KeyOption[] {
  const rows = new Set<number>()
  const pattern = new RegExp(`^${source.list.replace(/\./g, '\\.')}\\.(\\d+)\\.`)
  for (const path of Object.keys(fields)) {
    const match = pattern.exec(path)
    if (match?.[1] !== undefined) rows.add(Number(match[1]))
  }
  const options: KeyOption[] = []
  for (const row of [...rows].sort((a, b) => a - b)) {
    const at = (name: string) => fields[`${source.list}.${row}.${name}`]?.value
    const key = text(at('key'))
    if (!key || options.some((o) => o.value === key)) continue
    const blockType = text(at('blockType'))
    if (source.onlyKinds && !source.onlyKinds.includes(blockType)) continue
    const title = source.titles.map((name) => text(at(name))).find(Boolean)
    const kind = source.kinds?.[blockType]
    options.push({ value: key, label: `${kind ? `${kind} · ` : ''}${key}${title ? `: ${title}` : ''}` })
  }
  const value = text(current)
  if (value && !options.some((o) => o.value === value)) options.push({ value, label: `${value} (bestaat niet)` })
  return options
}
