import type { CollectionSlug, DataFromGlobalSlug, Migration, RequiredDataFromCollectionSlug } from 'payload'
import type { ContentDoc } from './export/index.ts'
import type { StoredRichText } from './export/stored.ts'
import type { LexicalValue } from './fields/richText/toContract.ts'
import type { migrations } from './migrations/index.ts'

/*
 * Every cast between Payload and this code, in one place. Elsewhere the generated types
 * (payload-types.ts) and real checks (collections/slugs.ts) carry the types.
 */

/**
 * Between Payload's documents and the converters, two casts:
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

/**
 * A document about to be written (the publish check) or a draft shown as if live (the preview),
 * put among the published documents it would join. It need not match the stored type yet: the
 * contract parse of the whole bundle that follows decides whether it is valid, naming each problem.
 */
export const asCandidate = (doc: Record<string, unknown>): ContentDoc => doc as unknown as ContentDoc

/** See `fromStored`: a value the contract requires, passed on as stored for the contract parse to check. */
export const required = <T>(value: T | null | undefined): T => value as T

/**
 * Rich text built in code (fields/richText/fromContract.ts) as a field value. Its builder gives
 * every node Lexical's base properties (direction, format, indent, version), which its own type
 * leaves unnamed; the field's validation on save checks the value.
 */
export const asStoredRichText = (value: LexicalValue): StoredRichText => value as StoredRichText

/**
 * The committed SQLite migrations as Payload's `migrate` takes them. Payload declares a
 * migration's argument as `unknown`, so no typed migration fits; db-sqlite calls each with the
 * arguments its generated migrations are typed with.
 */
export const asPayloadMigrations = (list: typeof migrations): Migration[] => list as unknown as Migration[]

/**
 * An id held as `string | number` (from a URL, a job's input) as the generated types name ids:
 * SQLite's number. On MongoDB ids are strings; Payload takes either, so the value passes unchanged.
 */
export const storedId = (id: string | number): number => id as number

/**
 * The seed's documents and settings: written through the Local API, where every collection hook
 * and the publish check's contract parse run on them as on an editor's save. The seed's data files
 * are typed by the contract's input shapes, not by Payload's stored shape.
 */
export const seedData = <S extends CollectionSlug>(_collection: S, data: Record<string, unknown>): RequiredDataFromCollectionSlug<S> =>
  data as unknown as RequiredDataFromCollectionSlug<S>
export const seedSettings = (data: Record<string, unknown>): DataFromGlobalSlug<'site-settings'> =>
  data as unknown as DataFromGlobalSlug<'site-settings'>
