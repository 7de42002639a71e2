import { describe, it } from 'vitest'
import { MONGO_URI } from './harness.ts'

// The whole integration suite runs against MongoDB when DATABASE_URI is a mongodb:// URI
// (`DATABASE_URI=mongodb://… npm run test:int`). Without one it runs on SQLite and says so here.
describe('database', () => {
  if (!MONGO_URI) {
    console.warn(
      '\n[cms-int] MongoDB suite SKIPPED: DATABASE_URI is not a mongodb:// URI, so these integration tests ran on SQLite only.\n' +
        '          Run them against MongoDB (replica set) with: DATABASE_URI=mongodb://host:27017/?replicaSet=rs0 npm run test:int\n',
    )
  }
  it.skipIf(!MONGO_URI)('MongoDB: the integration suite runs against DATABASE_URI', async () => {
    const { databaseAdapter } = await import('../../src/db.ts')
    const { readEnv } = await import('../../src/env.ts')
    const { expect } = await import('vitest')
    expect(databaseAdapter(readEnv({ ...process.env, DATABASE_URI: MONGO_URI, PAYLOAD_SECRET: 'x'.repeat(32) })).name).toBe('mongoose')
  })
})
