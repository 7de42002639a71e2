import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { JsonObject, Payload } from 'payload'
import { isCollectionSlug } from '../collections/slugs.ts'
import { mediaFileStore } from '../storage/files.ts'

/*
 * Backup and restore as portable files: one JSON file per collection and global (documents with
 * their drafts, and every version), the media files, and a manifest. The format is the same for
 * SQLite and MongoDB, so a backup of one can be restored into the other. Restore writes through
 * the database adapter (no hooks: nothing is re-validated, re-published, mailed or rebuilt) and
 * keeps every id, so relations stay intact.
 */

export const BACKUP_FORMAT = 'helpers-professionals-backup'
export const BACKUP_VERSION = 1

/** Payload's own bookkeeping, and short-lived state, is not content: a restore starts without it. */
const SKIP = new Set([
  'payload-migrations',
  'payload-preferences',
  'payload-locked-documents',
  'payload-jobs',
  'payload-kv',
  'rate-limits',
  'link-checks',
])
/** Secrets on user records: left out unless asked for (users then set a new password by "Wachtwoord vergeten?"). */
const USER_SECRETS = ['hash', 'salt', 'apiKey', 'apiKeyIndex', 'enableAPIKey', 'sessions', 'resetPasswordToken', 'resetPasswordExpiration']
const USER_STATE = ['loginAttempts', 'lockUntil']

export interface BackupManifest {
  format: typeof BACKUP_FORMAT
  version: number
  createdAt: string
  /** The adapter the backup was made from: `sqlite` or `mongoose`. */
  database: string
  withPasswords: boolean
  collections: Record<string, { docs: number; versions: number }>
  globals: Record<string, { versions: number }>
  mediaFiles: number
}

export interface BackupOptions {
  /** Keep password hashes and API keys (only for a restore into the same organisation's CMS). */
  withPasswords?: boolean
  log?: (line: string) => void
}

type Doc = Record<string, unknown> & { id?: string | number }

const collectionsOf = (payload: Payload) => payload.config.collections.filter((c) => !SKIP.has(c.slug))
const hasVersions = (config: { versions?: unknown }) => Boolean(config.versions)
const writeJson = (file: string, data: unknown) => writeFile(file, `${JSON.stringify(data, null, 1)}\n`)
const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T

function withoutSecrets(doc: Doc, withPasswords: boolean): Doc {
  const out = { ...doc }
  for (const key of USER_STATE) delete out[key]
  if (!withPasswords) for (const key of USER_SECRETS) delete out[key]
  return out
}

/** Every file a media document stores: the original and each image size. */
function mediaFiles(doc: Doc): string[] {
  const sizes = (doc.sizes ?? {}) as Record<string, { filename?: string | null } | null>
  return [doc.filename, ...Object.values(sizes).map((s) => s?.filename)].filter((f): f is string => typeof f === 'string' && f !== '')
}

/** Each stored file's content type (the original's and each size's), for object storage. */
function mediaTypes(docs: Doc[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const doc of docs) {
    const sizes = (doc.sizes ?? {}) as Record<string, { filename?: string | null; mimeType?: string | null } | null>
    for (const entry of [doc as { filename?: unknown; mimeType?: unknown }, ...Object.values(sizes)]) {
      if (typeof entry?.filename === 'string' && typeof entry.mimeType === 'string') out.set(entry.filename, entry.mimeType)
    }
  }
  return out
}

export async function backupTo(payload: Payload, dir: string, options: BackupOptions = {}): Promise<BackupManifest> {
  const log = options.log ?? (() => {})
  const withPasswords = options.withPasswords ?? false
  for (const sub of ['collections', 'versions', 'globals', 'media']) await mkdir(path.join(dir, sub), { recursive: true })
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    database: payload.db.name,
    withPasswords,
    collections: {},
    globals: {},
    mediaFiles: 0,
  }
  for (const config of collectionsOf(payload)) {
    const found = await payload.db.find({ collection: config.slug, limit: 0, pagination: false, sort: 'createdAt' })
    let docs = found.docs as Doc[]
    if (config.auth) docs = docs.map((d) => withoutSecrets(d, withPasswords))
    await writeJson(path.join(dir, 'collections', `${config.slug}.json`), docs)
    let versions: Doc[] = []
    if (hasVersions(config)) {
      const v = await payload.db.findVersions({ collection: config.slug, limit: 0, pagination: false, sort: 'createdAt' })
      versions = v.docs as Doc[]
      await writeJson(path.join(dir, 'versions', `${config.slug}.json`), versions)
    }
    if (config.upload) {
      // From the media folder, or the S3 bucket when S3_BUCKET is set (storage/files.ts).
      const store = mediaFileStore((config.upload as { staticDir?: string }).staticDir ?? '')
      try {
        for (const file of docs.flatMap(mediaFiles)) {
          await store.copyOut(file, path.join(dir, 'media', file)).catch((error: Error) => {
            throw new Error(`Backup: the media file "${file}" (collection ${config.slug}) could not be copied: ${error.message}`, {
              cause: error,
            })
          })
          manifest.mediaFiles++
        }
      } finally {
        store.close()
      }
    }
    manifest.collections[config.slug] = { docs: docs.length, versions: versions.length }
    log(`  ${config.slug}: ${docs.length} documents, ${versions.length} versions`)
  }
  for (const config of payload.config.globals) {
    const doc = await payload.db.findGlobal({ slug: config.slug })
    const versions = hasVersions(config)
      ? ((await payload.db.findGlobalVersions({ global: config.slug, limit: 0, pagination: false, sort: 'createdAt' })).docs as Doc[])
      : []
    await writeJson(path.join(dir, 'globals', `${config.slug}.json`), { doc, versions })
    manifest.globals[config.slug] = { versions: versions.length }
  }
  await writeJson(path.join(dir, 'manifest.json'), manifest)
  return manifest
}

const versionData = (v: Doc): JsonObject => {
  const data = v.version
  if (data && typeof data === 'object' && !Array.isArray(data)) return { ...data }
  throw new Error(`De back-up bevat een versie zonder gegevens (versie ${String(v.id)}).`)
}

/** A stored version as the adapter writes it back: its data, dates and flags as they were. */
const versionArgs = (v: Doc) => ({
  versionData: versionData(v),
  autosave: Boolean(v.autosave),
  createdAt: String(v.createdAt),
  updatedAt: String(v.updatedAt),
  publishedLocale: v.publishedLocale as string | undefined,
  snapshot: v.snapshot as true | undefined,
  returning: false,
})

/** Thrown when a restore cannot start; nothing has been written then. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RestoreRefusedError'
  }
}

export async function restoreFrom(payload: Payload, dir: string, options: { log?: (line: string) => void } = {}): Promise<BackupManifest> {
  const log = options.log ?? (() => {})
  const manifest = await readJson<BackupManifest>(path.join(dir, 'manifest.json')).catch(() => {
    throw new RestoreRefusedError(
      `${dir} is not a backup: manifest.json is missing or not JSON. Give the folder that \`npm run backup\` wrote.`,
    )
  })
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== BACKUP_VERSION)
    throw new RestoreRefusedError(
      `${dir}: unknown backup format (${manifest.format} v${manifest.version}); this CMS reads ${BACKUP_FORMAT} v${BACKUP_VERSION}.`,
    )
  const inUse: string[] = []
  for (const config of collectionsOf(payload)) {
    const { totalDocs } = await payload.db.count({ collection: config.slug })
    if (totalDocs > 0) inUse.push(`${config.slug} ${totalDocs}`)
  }
  if (inUse.length > 0)
    throw new RestoreRefusedError(
      `The database is not empty (${inUse.join(', ')}). Restore only into an empty database: point DATABASE_URI at a new one.`,
    )
  const unknown = Object.keys(manifest.collections).filter((slug) => !isCollectionSlug(payload, slug))
  if (unknown.length > 0)
    throw new RestoreRefusedError(
      `This CMS has no collection ${unknown.join(', ')}; restore with the version of the CMS that made the backup.`,
    )

  // Documents refer to each other in cycles (a tip links a checklist that links the tip): SQLite
  // checks foreign keys per statement, so they are checked once everything is in.
  const sqlite = payload.db.name === 'sqlite'
  const run = (statement: string) => (payload.db as unknown as { drizzle: { run: (s: string) => Promise<unknown> } }).drizzle.run(statement)
  if (sqlite) await run('PRAGMA foreign_keys = OFF')
  try {
    for (const config of collectionsOf(payload)) {
      if (!manifest.collections[config.slug]) continue
      const docs = await readJson<Doc[]>(path.join(dir, 'collections', `${config.slug}.json`))
      for (const doc of docs) await payload.db.create({ collection: config.slug, data: doc })
      let versions: Doc[] = []
      if (hasVersions(config)) {
        versions = await readJson<Doc[]>(path.join(dir, 'versions', `${config.slug}.json`)).catch(() => [])
        for (const v of versions) {
          await payload.db.createVersion({ collectionSlug: config.slug, parent: v.parent as string | number, ...versionArgs(v) })
        }
      }
      if (config.upload) {
        // Into the media folder, or the S3 bucket when S3_BUCKET is set (storage/files.ts).
        const store = mediaFileStore((config.upload as { staticDir?: string }).staticDir ?? '')
        const types = mediaTypes(docs)
        try {
          for (const file of docs.flatMap(mediaFiles)) await store.copyIn(path.join(dir, 'media', file), file, types.get(file))
        } finally {
          store.close()
        }
      }
      log(`  ${config.slug}: ${docs.length} documents, ${versions.length} versions`)
    }
    for (const config of payload.config.globals) {
      const file = path.join(dir, 'globals', `${config.slug}.json`)
      if (!(await stat(file).catch(() => undefined))) continue
      const { doc, versions } = await readJson<{ doc: Doc | null; versions: Doc[] }>(file)
      if (doc) await payload.db.createGlobal({ slug: config.slug, data: doc })
      for (const v of versions) {
        await payload.db.createGlobalVersion({ globalSlug: config.slug, ...versionArgs(v) })
      }
    }
  } finally {
    if (sqlite) await run('PRAGMA foreign_keys = ON')
  }
  return manifest
}

/** The files of a backup folder, for a summary line. */
export async function backupSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0
  let bytes = 0
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    files++
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size
  }
  return { files, bytes }
}
