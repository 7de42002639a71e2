import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// Stands in for Payload's development-time version check, which storage/index.ts switches off
// because the S3 storage packages are published one patch behind: every Payload package is on
// payload's own version, except those two, which are on the version cms/package.json pins.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const versionOf = (dir: string) => (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version
const STORAGE = new Set(['@payloadcms/storage-s3', '@payloadcms/plugin-cloud-storage'])

describe('installed Payload packages', () => {
  it("are all on payload's version, the S3 storage pair on the version cms/package.json pins", () => {
    const payload = versionOf(path.join(ROOT, 'node_modules/payload'))
    const cms = JSON.parse(readFileSync(path.join(ROOT, 'cms/package.json'), 'utf8')) as { dependencies: Record<string, string> }
    expect(cms.dependencies.payload).toBe(payload)
    const pinned = cms.dependencies['@payloadcms/storage-s3']
    // Same minor version: an upgrade of payload must bring the storage pair along.
    expect(pinned?.split('.').slice(0, 2), '@payloadcms/storage-s3').toEqual(payload.split('.').slice(0, 2))
    const scope = path.join(ROOT, 'node_modules/@payloadcms')
    const found = Object.fromEntries(readdirSync(scope).map((name) => [`@payloadcms/${name}`, versionOf(path.join(scope, name))]))
    expect(Object.keys(found)).toEqual(expect.arrayContaining([...STORAGE, '@payloadcms/ui', '@payloadcms/next']))
    for (const [name, version] of Object.entries(found)) {
      expect(version, name).toBe(STORAGE.has(name) ? pinned : payload)
    }
    // No package carries a second, nested copy of payload or its admin UI.
    const nested = readdirSync(path.join(ROOT, 'node_modules/@payloadcms'))
      .flatMap((name) => ['payload', '@payloadcms/ui'].map((dep) => path.join(scope, name, 'node_modules', dep)))
      .filter((dir) => {
        try {
          versionOf(dir)
          return true
        } catch {
          return false
        }
      })
    expect(nested).toEqual([])
  })
})
