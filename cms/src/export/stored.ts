import type { CollectionSlug, DataFromCollectionSlug, DataFromGlobalSlug, GlobalSlug } from 'payload'

/** A stored document of a collection, as the generated types (cms/src/payload-types.ts) describe it. */
export type StoredDoc<S extends CollectionSlug> = DataFromCollectionSlug<S>
/** A global as stored. */
export type StoredGlobal<S extends GlobalSlug> = DataFromGlobalSlug<S>

/**
 * The one cast between Payload's documents and the converters, in two places:
 *
 * - `fromStored`: the callers of a converter (the export, the publish check, the preview) handle
 *   every collection in one loop, so they hold a document without its collection's type. The
 *   converter is written against its own collection's type and accepts any document object.
 * - `required`: Payload keeps some fields optional that the contract requires (the slug is filled
 *   in by a hook; a draft may miss what a publish needs). The value is passed on as it is.
 *
 * Neither hides a problem: the contract parse that follows every conversion (export/index.ts,
 * hooks/publishCheck.ts) reports a missing or wrong value, naming the document and the field.
 */
export function fromStored<D, Rest extends unknown[], Out>(convert: (doc: D, ...rest: Rest) => Out): (doc: object, ...rest: Rest) => Out {
  return (doc, ...rest) => convert(doc as D, ...rest)
}

/** See `fromStored`: a value the contract requires, passed on as stored for the contract parse to check. */
export const required = <T>(value: T | null | undefined): T => value as T

type Absent = null | undefined
/** `compact`'s result: a key whose value may be null or undefined becomes optional and never null. */
export type Compacted<T> = { [K in keyof T as Absent extends T[K] ? never : null extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as Absent extends T[K] ? K : null extends T[K] ? K : never]?: Exclude<T[K], Absent>
}

/** Drops undefined, null and empty-string values so optional contract fields stay absent. */
export function compact<T extends Record<string, unknown>>(obj: T): Compacted<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Compacted<T>
}

/** An optional array field's rows (none when empty). */
export const rows = <T>(value: readonly T[] | null | undefined): T[] => (Array.isArray(value) ? [...value] : [])
