/**
 * Checklist progress, pure: which items are ticked, how that is stored, what the status says.
 * Ticks live in the visitor's browser only, under one localStorage key per checklist, as a JSON
 * array of item ids (`["bel-de-bank","bewijs-bewaren"]`). Nothing else is ever stored.
 */

/** Prefix of the one storage key per checklist. */
export const STORAGE_PREFIX = 'vinkjes:'

/** The storage key of a checklist, e.g. `vinkjes:fraude`. */
export function storageKey(checklist: string): string {
  return `${STORAGE_PREFIX}${checklist}`
}

/** The id of an item's checkbox on the page (item ids are unique within a checklist only). */
export function tickInputId(itemId: string): string {
  return `vinkje-${itemId}`
}

/**
 * The ticked item ids in a stored value, in checklist order. Missing, corrupt or foreign data
 * reads as "nothing ticked"; ids the checklist no longer has (an editor removed the item) drop out.
 */
export function parseTicks(raw: string | null | undefined, itemIds: readonly string[]): string[] {
  if (!raw) return []
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    // Anything unreadable (another site's script, a truncated write) is treated as no ticks.
    return []
  }
  if (!Array.isArray(value)) return []
  const stored = new Set(value.filter((v): v is string => typeof v === 'string'))
  return itemIds.filter((id) => stored.has(id))
}

/** The value to store, or `null` when nothing is ticked: then the key is removed, leaving no trace. */
export function serializeTicks(ticks: readonly string[]): string | null {
  return ticks.length === 0 ? null : JSON.stringify([...new Set(ticks)])
}

/** The ticks after one item is ticked (`checked`) or unticked; unknown ids are ignored. */
export function toggleTick(ticks: readonly string[], itemId: string, checked: boolean, itemIds: readonly string[]): string[] {
  return itemIds.filter((id) => (id === itemId ? checked : ticks.includes(id)))
}

/** The part of `Storage` the ticks need; `localStorage` fits. */
export interface TickStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/** The stored ticks of a checklist; unreadable storage (blocked by the browser) reads as none. */
export function readTicks(storage: TickStorage | null, checklist: string, itemIds: readonly string[]): string[] {
  if (!storage) return []
  try {
    return parseTicks(storage.getItem(storageKey(checklist)), itemIds)
  } catch {
    // Browsers throw SecurityError when site data is blocked; the checklist still works, unsaved.
    return []
  }
}

/** Stores the ticks (or removes the key when there are none). False when the browser refused. */
export function writeTicks(storage: TickStorage | null, checklist: string, ticks: readonly string[]): boolean {
  if (!storage) return false
  const value = serializeTicks(ticks)
  try {
    if (value === null) storage.removeItem(storageKey(checklist))
    else storage.setItem(storageKey(checklist), value)
    return true
  } catch {
    // Quota or privacy settings: the ticks stay on the page and the note says they are not kept.
    return false
  }
}

/** Removes every tick of a checklist from storage. False when the browser refused. */
export function clearTicks(storage: TickStorage | null, checklist: string): boolean {
  return writeTicks(storage, checklist, [])
}

/** "3 van 11 gedaan". */
export function progressText(done: number, total: number): string {
  return `${done} van ${total} gedaan`
}

/** What happened last: a tick changed, the ticks were cleared, or clearing failed. */
export type ProgressEvent = 'count' | 'cleared' | 'clear-failed'

/** What the status line says: the count, after "Wis mijn vinkjes" also whether the ticks are gone. */
export function statusText(done: number, total: number, event: ProgressEvent = 'count'): string {
  const count = progressText(done, total)
  if (event === 'cleared') return `Uw vinkjes zijn gewist. ${count}`
  if (event === 'clear-failed') return `Wissen is niet gelukt. Wis de websitegegevens in de instellingen van uw browser. ${count}`
  return count
}
