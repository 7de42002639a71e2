/** Where the admin edits a document (or lists its collection, without an id). `admin` is the admin route, e.g. `/admin`. */
export function adminDocUrl(admin: string, collection: string, id?: string | number): string {
  const list = `${admin}/collections/${collection}`
  return id === undefined ? list : `${list}/${encodeURIComponent(String(id))}`
}

/** Where the admin edits a global, e.g. the site settings. */
export const adminGlobalUrl = (admin: string, slug: string): string => `${admin}/globals/${slug}`
