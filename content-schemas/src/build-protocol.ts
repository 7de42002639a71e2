import { z } from 'zod'

/*
 * The two messages between the CMS and whatever builds the site (Netlify, or the local receiver
 * under `npm start`): the build-hook request the CMS sends after a change, and the build-status
 * report the builder sends back. Both sides parse with these schemas, so they cannot drift.
 */

/** What a change did to the live site. */
export const REBUILD_ACTIONS = ['publish', 'unpublish', 'delete'] as const
export type RebuildAction = (typeof REBUILD_ACTIONS)[number]

/** The body of the CMS's POST to the build hook: which document, what happened, who did it, how many changes it stands for. */
export const BuildHookRequestSchema = z.object({
  /** Collection or global slug, e.g. `tips` or `site-settings`. */
  collection: z.string().max(100),
  /** The document's slug (globals have none). */
  slug: z.string().max(200).optional(),
  action: z.enum(REBUILD_ACTIONS),
  /** E-mail of the user who made the change; empty for jobs such as scheduled publishing. */
  user: z.string().max(320).optional(),
  /** Changes batched into this request by the debounce (1 or more). */
  changes: z.number().int().min(1).optional(),
})
export type BuildHookRequest = z.infer<typeof BuildHookRequestSchema>

/** The states a build goes through, as the builder reports them. */
export const BUILD_STATES = ['queued', 'building', 'succeeded', 'failed'] as const
export type BuildState = (typeof BUILD_STATES)[number]

/** Where the builder reports (with the site-builder API key), under the CMS's `/api`. */
export const BUILD_STATUS_ENDPOINT = '/build-status'

/** The body of POST /api/build-status. */
export const BuildReportSchema = z.object({
  state: z.enum(BUILD_STATES),
  /** What went wrong (the CMS keeps the first lines), e.g. `Checklist "fraude": sections[2].items[0].title: required`. */
  message: z.string().max(100_000).optional(),
})
export type BuildReport = z.infer<typeof BuildReportSchema>

/** A short line for logs and Netlify's deploy list, e.g. `publish tips/slaap-en-rust (+2 more)`. */
export function describeBuildRequest(request: Pick<BuildHookRequest, 'collection' | 'slug' | 'action'>, changes = 1): string {
  const what = `${request.action} ${request.collection}${request.slug ? `/${request.slug}` : ''}`
  return changes > 1 ? `${what} (+${changes - 1} more)` : what
}
