import type { Payload } from 'payload'
import { asPayloadMigrations } from './boundary.ts'
import { migrations } from './migrations/index.ts'

/** Runs the committed SQLite migrations; MongoDB needs none. Safe to call on every start. */
export async function runMigrations(payload: Payload): Promise<void> {
  if (payload.db.name === 'mongoose') return
  await payload.db.migrate({ migrations: asPayloadMigrations(migrations) })
}
