import { type BuildProblem, type BuildReport, COLLECTIONS } from '@hp/content-schemas'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { adminDocUrl, adminGlobalUrl } from '../adminUrls.ts'
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
    },
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
      // A new report replaces the last build's problems: a build that is under way or went well has none.
      lastBuildProblems: await withLinks(req, report.problems ?? []),
      // Only a successful build checks reach; other reports keep the last check.
      ...(report.reach
        ? {
            lastReach: {
              checkedAt: now,
              pages: report.reach.pages,
              total: report.reach.total,
              unreached: report.reach.unreached.map((u) => ({
                path: u.path,
                collection: u.collection ?? '',
                slug: u.slug ?? '',
                document: u.document ?? '',
              })),
            },
          }
        : {}),
      ...(report.state === 'building' ? { lastBuildStartedAt: now } : {}),
      ...(finished ? { lastBuildFinishedAt: now } : {}),
    },
    overrideAccess: true,
    depth: 0,
    req,
    context: { rebuild: true },
  })
}

/** A stored build problem: the report's problem plus where the admin edits that document. */
export interface StoredBuildProblem {
  collection: string
  document: string
  field: string
  message: string
  link: string
}

/**
 * The admin page of the document a problem names. The builder knows slugs, the admin wants ids:
 * looked up here, when the report arrives. A document that cannot be found (renamed or deleted
 * since) links to its collection's list; a problem without a collection links nowhere.
 */
async function withLinks(req: PayloadRequest, problems: BuildProblem[]): Promise<StoredBuildProblem[]> {
  // One after the other (one database connection), each document looked up once.
  const ids = new Map<string, Promise<string | number | undefined>>()
  const out: StoredBuildProblem[] = []
  for (const problem of problems) out.push(await withLink(req, problem, ids))
  return out
}

async function withLink(
  req: PayloadRequest,
  problem: BuildProblem,
  ids: Map<string, Promise<string | number | undefined>>,
): Promise<StoredBuildProblem> {
  const admin = req.payload.config.routes.admin
  const stored = {
    collection: problem.collection ?? '',
    document: problem.document ?? '',
    field: problem.field ?? '',
    message: problem.message,
    link: '',
  }
  const { collection, slug } = problem
  if (collection === 'site-settings') return { ...stored, link: adminGlobalUrl(admin, 'site-settings') }
  if (!collection || !Object.hasOwn(COLLECTIONS, collection)) return stored
  const list = adminDocUrl(admin, collection)
  if (!slug) return { ...stored, link: list }
  const key = `${collection}/${slug}`
  if (!ids.has(key))
    ids.set(
      key,
      req.payload
        .find({
          collection: collection as CollectionSlug,
          where: { slug: { equals: slug } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
        .then((found) => found.docs[0]?.id),
    )
  const id = await ids.get(key)
  return { ...stored, link: adminDocUrl(admin, collection, id) }
}
