import type { CollectionSlug, DataFromCollectionSlug, DataFromGlobalSlug, GlobalSlug } from 'payload'
import type { PublishedSet } from './index.ts'

/** A stored document of a collection, as the generated types (cms/src/payload-types.ts) describe it. */
export type StoredDoc<S extends CollectionSlug> = DataFromCollectionSlug<S>
/** A global as stored. */
export type StoredGlobal<S extends GlobalSlug> = DataFromGlobalSlug<S>

export { fromStored, required } from '../boundary.ts'

/** A document of the published set (export/index.ts), as the export reads it. */
export type PublishedDoc = PublishedSet['docs'] extends Map<string, (infer D)[]> ? D : never

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

/** Rich text as a collection stores it (every rich-text field has this type). */
export type StoredRichText = NonNullable<StoredDoc<'ervaringen'>['body']>
