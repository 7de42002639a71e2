import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { SiteContent } from '@hp/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BackupManifest, backupTo, RestoreRefusedError, restoreFrom } from '../../src/backup/index.ts'
import { CONTENT_COLLECTIONS } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

// Backup → empty database → restore → the same site and the same drafts. The database is emptied
// in place (every table but the migrations), which is what a fresh, migrated database holds.

let cms: TestCms
let dir: string
let manifest: BackupManifest
let before: { content: SiteContent; drafts: Record<string, number>; versions: Record<string, number>; media: number; subscribers: number }

const exportNow = async () => {
  const { buildSiteContent } = await import('../../src/export/index.ts')
  const { generatedAt: _, ...rest } = await buildSiteContent(cms.payload, { trustedCli: true }, 'http://localhost:3000')
  return rest as SiteContent
}
const counts = async () => {
  const drafts: Record<string, number> = {}
  const versions: Record<string, number> = {}
  for (const collection of CONTENT_COLLECTIONS) {
    drafts[collection] = (
      await cms.payload.count({ collection: collection as 'tips', where: { _status: { equals: 'draft' } }, overrideAccess: true })
    ).totalDocs
    versions[collection] = (await cms.payload.countVersions({ collection: collection as 'tips', overrideAccess: true })).totalDocs
  }
  const media = (await cms.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
  const subscribers = (await cms.payload.count({ collection: 'subscribers', overrideAccess: true })).totalDocs
  return { drafts, versions, media, subscribers }
}
async function emptyDatabase() {
  const db = (
    cms.payload.db as unknown as { drizzle: { run: (s: string) => Promise<unknown>; all: (s: string) => Promise<{ name: string }[]> } }
  ).drizzle
  const tables = await db.all(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'payload_migrations'",
  )
  await db.run('PRAGMA foreign_keys = OFF')
  for (const { name } of tables) await db.run(`DELETE FROM "${name}"`)
  await db.run('PRAGMA foreign_keys = ON')
  rmSync(process.env.MEDIA_DIR as string, { recursive: true, force: true })
}

beforeAll(async () => {
  cms = await startTestCms('backup')
  if (cms.mongo) return
  const { seed } = await import('../../src/seed/index.ts')
  await seed(cms.payload, { password: 'test-password-123', siteBuilderApiKey: 'test-site-builder-key-0123456789' })
  await cms.payload.create({
    collection: 'subscribers',
    data: { email: 'lezer@test.example', status: 'confirmed', sectors: [] } as never,
    overrideAccess: true,
    context: { seed: true },
  })
  before = { content: await exportNow(), ...(await counts()) }
  dir = mkdtempSync(path.join(tmpdir(), 'hp-backup-'))
  manifest = await backupTo(cms.payload, dir)
}, 300_000)
afterAll(async () => {
  await cms?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(process.env.DATABASE_URI?.startsWith('mongodb'))('backup and restore (SQLite)', () => {
  it('writes portable files: content with drafts and versions, subscribers, media, no password hashes', async () => {
    expect(manifest.collections.tips?.versions).toBeGreaterThanOrEqual(manifest.collections.tips?.docs ?? 1)
    expect(before.drafts.tips).toBeGreaterThan(0)
    expect(manifest.collections.subscribers?.docs).toBe(1)
    expect(manifest.mediaFiles).toBeGreaterThan(0)
    expect(readdirSync(path.join(dir, 'media')).length).toBe(manifest.mediaFiles)
    const users = (await import(path.join(dir, 'collections', 'users.json'), { with: { type: 'json' } })).default as Record<
      string,
      unknown
    >[]
    expect(users.length).toBeGreaterThan(0)
    for (const user of users) {
      expect(user).not.toHaveProperty('hash')
      expect(user).not.toHaveProperty('salt')
      expect(user).not.toHaveProperty('apiKey')
    }
  })

  it('refuses to restore into a database that holds content, and writes nothing', async () => {
    const tips = before.versions.tips
    await expect(restoreFrom(cms.payload, dir)).rejects.toThrow(RestoreRefusedError)
    await expect(restoreFrom(cms.payload, dir)).rejects.toThrow(/not empty \(.*tips \d+/)
    expect((await cms.payload.countVersions({ collection: 'tips', overrideAccess: true })).totalDocs).toBe(tips)
  })

  it('refuses a folder that is not a backup, naming it', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'hp-not-a-backup-'))
    await expect(restoreFrom(cms.payload, empty)).rejects.toThrow(/is not a backup: manifest.json is missing/)
    rmSync(empty, { recursive: true })
  })

  it('round trip: an empty database restored from the backup exports the same site and the same drafts and versions', async () => {
    await emptyDatabase()
    expect((await cms.payload.count({ collection: 'tips', overrideAccess: true })).totalDocs).toBe(0)
    await restoreFrom(cms.payload, dir)
    expect(await exportNow()).toEqual(before.content)
    expect(await counts()).toEqual({
      drafts: before.drafts,
      versions: before.versions,
      media: before.media,
      subscribers: before.subscribers,
    })
    // The media files are back where the CMS serves them from.
    const media = await cms.payload.find({ collection: 'media', overrideAccess: true, limit: 1 })
    expect(existsSync(path.join(process.env.MEDIA_DIR as string, String(media.docs[0]?.filename)))).toBe(true)
  })

  it('restored users have no password until they choose a new one ("Wachtwoord vergeten?")', async () => {
    const email = 'editor@example.org'
    await expect(cms.payload.login({ collection: 'users', data: { email, password: 'test-password-123' } })).rejects.toThrow()
    const token = await cms.payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    await cms.payload.resetPassword({
      collection: 'users',
      data: { token: String(token), password: 'nieuw-wachtwoord-na-herstel' },
      overrideAccess: true,
    })
    const session = await cms.payload.login({ collection: 'users', data: { email, password: 'nieuw-wachtwoord-na-herstel' } })
    expect(session.user?.email).toBe(email)
  })
})
