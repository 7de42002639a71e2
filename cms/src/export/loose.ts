/**
 * A Payload document as the converters read it. Converters only reshape; the contract parse
 * that follows every conversion is what validates, so a loose type here loses no safety.
 */
// biome-ignore lint/suspicious/noExplicitAny: reshaped data is validated by the contract right after
export type Loose = Record<string, any>

/** Drops undefined, null and empty-string values so optional contract fields stay absent. */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T
}

export const rows = (value: unknown): Loose[] => (Array.isArray(value) ? (value as Loose[]) : [])
