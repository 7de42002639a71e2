/**
 * @deprecated A document without its type. Only export/index.ts and collections/shared/contentCollection.ts
 * still name it, until the content-type registry replaces both; new code uses `StoredDoc` (stored.ts).
 */
// biome-ignore lint/suspicious/noExplicitAny: kept for the two callers above; the converters they call are typed
export type Loose = Record<string, any>
