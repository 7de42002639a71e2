export type Row = { title?: string; label?: string; question?: string; text?: string; phase?: string; word?: string; key?: string }

/** What a row is about: its own title (or label, question, phase, word), after its key when it has one. */
export function rowText(data: Row | undefined): string {
  const text = data?.title || data?.label || data?.question || data?.text || data?.phase || data?.word || ''
  const key = data?.key?.trim()
  if (key && text) return `${key}: ${text}`
  return key || text
}
