import type { Payload } from 'payload'
import { migrations } from './migrations/index.ts'

/** Runs the committed SQLite migrations; MongoDB needs none. Safe to call on every start. */
export async function runMigrations(payload: Payload): Promise<void> {
  if (payload.db.name === 'mongoose') return
  // The generated migration list is typed with db-sqlite's argument types; payload's `migrate`
  // declares them as unknown, which TypeScript will not narrow for function parameters.
  await payload.db.migrate({ migrations: migrations as never })
}
