import { sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resumeInterruptedSends } from '../../src/newsletter/jobs.ts'
import { startTestCms, type TestCms } from './harness.ts'

// Upgrading: `npm start` and `npm run seed` boot Payload (its onInit runs) before they run the new
// migrations. On a database from the previous version the jobs table lacks this version's columns;
// the start must go on to the migrations, not stop there.
let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms('upgrade')
}, 180_000)
afterAll(async () => cms?.close())

describe('a database from the previous version', () => {
  it.skipIf(Boolean(process.env.DATABASE_URI?.startsWith('mongodb')))(
    'onInit does not fail on the jobs table before the migrations have added its new column',
    async () => {
      const db = cms.payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } }
      // As the previous version left it: no `meta` column (added by this version's migration).
      await db.drizzle.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
      await expect(resumeInterruptedSends(cms.payload)).resolves.toBe(0)
    },
  )
})
