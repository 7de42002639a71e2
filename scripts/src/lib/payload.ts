import type { Payload } from 'payload'
import { ensureLocalEnv } from './local-env.ts'

/** Boots Payload through the Local API with the local environment, migrating SQLite first. */
export async function bootPayload(): Promise<Payload> {
  ensureLocalEnv()
  const { getPayload } = await import('payload')
  const { default: config } = await import('@hp/cms/config')
  const payload = await getPayload({ config })
  return payload
}
