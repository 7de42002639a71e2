import { CONTENT_TYPE_SLUGS, CONTENT_TYPES, type ContentTypeSlug } from '@hp/content-schemas'
import type { CollectionConfig, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { CMS_CONTENT_TYPES, type CmsContentType } from './content-types.ts'

/**
 * The CMS registry against the contract's registry and the real, sanitized Payload config: every
 * content type has its collection, converter and seed data, and every content collection a registry entry.
 */
let config: SanitizedConfig

beforeAll(async () => {
  process.env.PAYLOAD_SECRET ??= 'unit-test-secret-unit-test-secret-0123456'
  config = await (await import('./payload.config.ts')).default
}, 60_000)

/** A content collection: built with contentCollection (collections/shared), which adds the old-slugs field. */
const isContentCollection = (c: Pick<CollectionConfig, 'fields'>) => c.fields.some((f) => 'name' in f && f.name === 'previousSlugs')
const dutch = (label: unknown) => (typeof label === 'object' && label !== null ? (label as Record<string, string>).nl : label)

/** One line per mismatch between the registries and the collections of a Payload config. */
function mismatches(registry: Record<string, Partial<CmsContentType>>, collections: readonly CollectionConfig[]): string[] {
  const inConfig = new Map(collections.map((c) => [c.slug, c]))
  const lines: string[] = []
  for (const slug of CONTENT_TYPE_SLUGS) if (!(slug in registry)) lines.push(`${slug}: no entry in cms/src/content-types.ts`)
  for (const [slug, entry] of Object.entries(registry)) {
    const contract = CONTENT_TYPES[slug as ContentTypeSlug]
    if (!contract) lines.push(`${slug}: not a content type of content-schemas/src/registry.ts`)
    if (!entry.collection) lines.push(`${slug}: no collection`)
    else if (entry.collection.slug !== slug) lines.push(`${slug}: its collection's slug is "${entry.collection.slug}"`)
    if (typeof entry.convert !== 'function') lines.push(`${slug}: no converter`)
    if (typeof entry.seed !== 'function') lines.push(`${slug}: no seed data`)
    const configured = inConfig.get(slug)
    if (!configured) lines.push(`${slug}: not in payload.config.ts`)
    else {
      if (!isContentCollection(configured)) lines.push(`${slug}: not built with contentCollection`)
      if (typeof configured.custom?.convert !== 'function') lines.push(`${slug}: the configured collection carries no converter`)
      if (contract && dutch(configured.labels?.singular) !== contract.label)
        lines.push(`${slug}: the admin calls one "${dutch(configured.labels?.singular)}", the registry "${contract.label}"`)
    }
  }
  for (const c of collections)
    if (isContentCollection(c) && !(c.slug in registry)) lines.push(`${c.slug}: in payload.config.ts without a registry entry`)
  return lines
}

describe('the CMS content-type registry', () => {
  it('has an entry per content type, and payload.config.ts has exactly these content collections, each with its converter', () => {
    expect(Object.keys(CMS_CONTENT_TYPES).sort()).toEqual([...CONTENT_TYPE_SLUGS].sort())
    expect(mismatches(CMS_CONTENT_TYPES, config.collections as unknown as CollectionConfig[])).toEqual([])
  })

  it('finds a content type without an entry, an entry without a part, and a content collection without an entry', () => {
    const { tips: _tips, videos, signals, ...rest } = CMS_CONTENT_TYPES
    const collections = config.collections as unknown as CollectionConfig[]
    const extra = { ...CMS_CONTENT_TYPES.pages.collection, slug: 'nieuws' }
    const { seed: _seed, ...noSeed } = signals
    expect(
      mismatches({ ...rest, videos: { collection: videos.collection, seed: videos.seed }, signals: noSeed }, [...collections, extra]),
    ).toEqual([
      'tips: no entry in cms/src/content-types.ts',
      'videos: no converter',
      'signals: no seed data',
      'tips: in payload.config.ts without a registry entry',
      'nieuws: in payload.config.ts without a registry entry',
    ])
    expect(
      mismatches({ ...CMS_CONTENT_TYPES, 'step-plans': { ...CMS_CONTENT_TYPES['step-plans'], collection: extra } }, collections),
    ).toEqual(['step-plans: its collection\'s slug is "nieuws"'])
  })
})
