/** What a change did to the live site. */
export const REBUILD_ACTIONS = ['publish', 'unpublish', 'delete'] as const
export type RebuildAction = (typeof REBUILD_ACTIONS)[number]

/** One change that asks for a rebuild: which document, what happened, and who did it. */
export interface RebuildTrigger {
  /** Collection or global slug, e.g. `tips` or `site-settings`. */
  collection: string
  /** The document's slug (globals have none). */
  slug?: string
  action: RebuildAction
  /** E-mail of the user who made the change; empty for jobs such as scheduled publishing. */
  user?: string
}

/** A short line for logs and Netlify's deploy list, e.g. `publish tips/slaap-en-rust (+2 more)`. */
export function describeTrigger(trigger: RebuildTrigger, changes = 1): string {
  const what = `${trigger.action} ${trigger.collection}${trigger.slug ? `/${trigger.slug}` : ''}`
  return changes > 1 ? `${what} (+${changes - 1} more)` : what
}
