import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

export interface TestCms {
  payload: Payload
  mongo: boolean
  close(): Promise<void>
}

/** True when DATABASE_URI points the suite at a real MongoDB (see README, "MongoDB"). */
export const MONGO_URI = /^mongodb(\+srv)?:\/\//.test(process.env.DATABASE_URI ?? '') ? process.env.DATABASE_URI : undefined

/**
 * Boots Payload on a throwaway database: a temporary SQLite file migrated with the committed
 * migrations (as production does), or a fresh database on the MongoDB in DATABASE_URI.
 */
export async function startTestCms(name: string, options: { serverUrl?: string } = {}): Promise<TestCms> {
  const dir = mkdtempSync(path.join(tmpdir(), `hp-${name}-`))
  process.env.PAYLOAD_SECRET = 'test-secret-test-secret-test-secret-0123'
  process.env.MEDIA_DIR = path.join(dir, 'media')
  // Media URLs are absolute on this address; a test that fetches them passes its API server's.
  process.env.SERVER_URL = options.serverUrl ?? 'http://localhost:3000'
  process.env.DB_PUSH = 'false'
  if (MONGO_URI) {
    const url = new URL(MONGO_URI)
    url.pathname = `/hp_test_${name.replace(/\W/g, '_')}_${Date.now()}`
    process.env.DATABASE_URI = url.toString()
  } else process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`

  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config.ts')
  const payload = await getPayload({ config })
  const { runMigrations } = await import('../../src/migrate.ts')
  await runMigrations(payload)
  return {
    payload,
    mongo: Boolean(MONGO_URI),
    async close() {
      if (MONGO_URI) await payload.db.dropDatabase?.({ adapter: payload.db } as never)
      await payload.destroy?.()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
