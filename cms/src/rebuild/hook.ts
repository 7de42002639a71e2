import { type BuildHookRequest, describeBuildRequest } from '@hp/content-schemas'

/** One change that asks for a rebuild (the hook request without the batch count). */
export type RebuildTrigger = Omit<BuildHookRequest, 'changes'>

export interface TriggerResult {
  ok: boolean
  /** HTTP status of the build hook's answer, when it answered. */
  status?: number
  error?: string
}

const TIMEOUT_MS = 10_000

/**
 * POSTs to the build hook (a Netlify build hook, or the local receiver under `npm start`).
 * Never throws: the result is recorded in the build-status global for the admin to see.
 */
export async function callBuildHook(url: string, trigger: RebuildTrigger, changes: number): Promise<TriggerResult> {
  const target = new URL(url)
  // Netlify shows trigger_title in its deploy list; the body reaches the build as INCOMING_HOOK_BODY.
  target.searchParams.set('trigger_title', `CMS: ${describeBuildRequest(trigger, changes)}`)
  try {
    const res = await fetch(target, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...trigger, changes } satisfies BuildHookRequest),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    await res.body?.cancel()
    if (res.ok) return { ok: true, status: res.status }
    return { ok: false, status: res.status, error: `The build hook answered HTTP ${res.status} ${res.statusText}`.trim() }
  } catch (error) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
    // The URL itself stays out of the message: a build hook URL is a secret (anyone with it can start builds).
    return { ok: false, error: `The build hook could not be reached (${target.host}): ${reason}` }
  }
}
