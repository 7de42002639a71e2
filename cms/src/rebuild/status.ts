import type { BuildReport } from '@hp/content-schemas'
import type { Payload, PayloadRequest } from 'payload'
import { BUILD_STATUS } from '../globals/BuildStatus/index.ts'
import type { RebuildTrigger, TriggerResult } from './hook.ts'

/** Keeps the admin readable: the first lines of a build error say what failed. */
export const MAX_MESSAGE_LINES = 20
const MAX_MESSAGE_CHARS = 4000

export function firstLines(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').trim().split('\n')
  const head = lines.slice(0, MAX_MESSAGE_LINES).join('\n')
  const cut = head.length > MAX_MESSAGE_CHARS ? `${head.slice(0, MAX_MESSAGE_CHARS)} …` : head
  return lines.length > MAX_MESSAGE_LINES ? `${cut}\n… (${lines.length - MAX_MESSAGE_LINES} more lines)` : cut
}

// Both writers below use overrideAccess: the global's update access is closed to every user
// (no one may fake a build state), so these two code paths are the only way it changes.

/** Records the build hook's answer and what caused the request. */
export async function recordTrigger(payload: Payload, trigger: RebuildTrigger, changes: number, result: TriggerResult): Promise<void> {
  await payload.updateGlobal({
    slug: BUILD_STATUS,
    data: {
      lastTriggeredAt: new Date().toISOString(),
      lastTriggerResult: result.ok ? 'ok' : 'failed',
      lastTriggerHttpStatus: result.status ?? null,
      lastTriggerError: result.error ?? '',
      triggeredBy: { collection: trigger.collection, slug: trigger.slug ?? '', action: trigger.action, user: trigger.user ?? '', changes },
    } as never,
    overrideAccess: true,
    depth: 0,
    context: { rebuild: true },
  })
}

/** Records a state the site builder reported; the times follow from the state. */
export async function recordBuildState(req: PayloadRequest, report: BuildReport): Promise<void> {
  const now = new Date().toISOString()
  const finished = report.state === 'succeeded' || report.state === 'failed'
  await req.payload.updateGlobal({
    slug: BUILD_STATUS,
    data: {
      lastBuildState: report.state,
      lastBuildMessage: firstLines(report.message ?? ''),
      ...(report.state === 'building' ? { lastBuildStartedAt: now } : {}),
      ...(finished ? { lastBuildFinishedAt: now } : {}),
    } as never,
    overrideAccess: true,
    depth: 0,
    req,
    context: { rebuild: true },
  })
}
