import { describeBuildRequest } from '@hp/content-schemas'
import type { Payload } from 'payload'
import { readEnv } from '../env.ts'
import { createDebouncer, type Debouncer } from './debounce.ts'
import type { RebuildTrigger } from './hook.ts'
import { callBuildHook } from './hook.ts'
import { recordTrigger } from './status.ts'

interface Pending {
  payload: Payload
  url: string
  trigger: RebuildTrigger
}

interface RebuildState {
  debouncer?: Debouncer<Pending>
  toldNoHook: boolean
}

// One scheduler per process, kept on globalThis: Next.js may load this module more than once
// (route handlers, server functions, dev reloads) and a second debouncer would build twice.
const KEY = Symbol.for('hp.rebuild.scheduler')
const holder = globalThis as { [KEY]?: RebuildState }
holder[KEY] ??= { toldNoHook: false }
const state: RebuildState = holder[KEY]

async function fire(batch: Pending[]): Promise<void> {
  const last = batch.at(-1)
  if (!last) return
  const { payload, url, trigger } = last
  const result = await callBuildHook(url, trigger, batch.length)
  const what = describeBuildRequest(trigger, batch.length)
  if (result.ok) payload.logger.info(`Site rebuild requested (${what}): HTTP ${result.status}`)
  else payload.logger.error(`Site rebuild request failed (${what}): ${result.error}`)
  try {
    await recordTrigger(payload, trigger, batch.length, result)
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Could not record the rebuild request in the build-status global' })
  }
}

/**
 * Asks for a site rebuild `SITE_BUILD_DEBOUNCE_MS` after the last change of a burst, so ten
 * quick publishes build once. Without SITE_BUILD_HOOK_URL nothing is sent (said once in the log).
 * The CMS must run as a long-lived server (`next start`) for the delayed POST to happen.
 */
export function scheduleRebuild(payload: Payload, trigger: RebuildTrigger): void {
  const env = readEnv()
  if (!env.SITE_BUILD_HOOK_URL) {
    if (!state.toldNoHook) payload.logger.info('SITE_BUILD_HOOK_URL is not set: publishing does not rebuild the site.')
    state.toldNoHook = true
    return
  }
  state.debouncer ??= createDebouncer(env.SITE_BUILD_DEBOUNCE_MS, fire)
  state.debouncer.push({ payload, url: env.SITE_BUILD_HOOK_URL, trigger })
}

/** Resolves when no rebuild request is waiting or being sent (tests). */
export function rebuildIdle(): Promise<void> {
  return state.debouncer?.idle() ?? Promise.resolve()
}
