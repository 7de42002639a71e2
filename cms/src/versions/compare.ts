import type { Payload, PayloadRequest } from 'payload'
import { titleOf } from '../audit/record.ts'
import { isCollectionSlug } from '../collections/slugs.ts'
import { type Change, fieldChanges, type TitleOf } from './describe.ts'

export interface VersionSide {
  id: string | number
  updatedAt: string
  status?: string
}

export interface VersionComparison {
  /** The older version; null when the newer one is the first. */
  from: VersionSide | null
  to: VersionSide
  changes: Change[]
}

interface StoredVersion {
  id: string | number
  parent?: unknown
  updatedAt: string
  version: Record<string, unknown> & { _status?: string }
}

const side = (v: StoredVersion): VersionSide => ({ id: v.id, updatedAt: v.updatedAt, status: v.version._status })

/**
 * What changed from one version of a document to another, in words (versions/describe.ts). Without
 * `fromId`, the version before `toId`, as Payload's own compare view picks it. Reads with the
 * user's rights: only staff may read versions.
 */
export async function compareVersions(
  payload: Payload,
  collection: string,
  toId: string | number,
  options: { fromId?: string | number; req?: Partial<PayloadRequest>; overrideAccess?: boolean } = {},
): Promise<VersionComparison | null> {
  if (!isCollectionSlug(payload, collection)) return null
  const config = payload.collections[collection].config
  const access = { overrideAccess: options.overrideAccess ?? false, ...(options.req ? { req: options.req } : {}) }
  const find = async (id: string | number) =>
    (await payload
      .findVersionByID({ collection, id: String(id), depth: 1, disableErrors: true, ...access })
      .catch(() => null)) as unknown as StoredVersion | null
  const to = await find(toId)
  if (!to) return null
  let from: StoredVersion | null = null
  if (options.fromId !== undefined && options.fromId !== '') from = await find(options.fromId)
  else {
    const parent = typeof to.parent === 'object' && to.parent !== null ? (to.parent as { id: unknown }).id : to.parent
    const { docs } = await payload.findVersions({
      collection: collection as 'tips',
      where: { and: [{ parent: { equals: parent } }, { updatedAt: { less_than: to.updatedAt } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 1,
      ...access,
    })
    from = (docs[0] as unknown as StoredVersion | undefined) ?? null
  }
  const name: TitleOf = (relation, value) => {
    if (value && typeof value === 'object') {
      const doc = value as Record<string, unknown>
      const title = titleOf(payload, relation, doc)
      if (title && title !== String(doc.id)) return title
      for (const key of ['alt', 'filename', 'title', 'name']) if (typeof doc[key] === 'string' && doc[key]) return doc[key] as string
      return `#${String(doc.id)}`
    }
    return `#${String(value)}`
  }
  return {
    from: from ? side(from) : null,
    to: side(to),
    changes: fieldChanges(config.fields, from?.version ?? {}, to.version, '', name),
  }
}
