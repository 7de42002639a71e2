import type { Payload } from 'payload'

/** Runs the committed migrations on SQLite (MongoDB needs none). */
export async function migrate(payload: Payload): Promise<void> {
  if (payload.db.name === 'mongoose') return
  const { migrations } = await import('@hp/cms/migrations')
  await payload.db.migrate({ migrations })
}
