import type { Platform } from './common.ts'
import type { ReferralTree } from './referral-tree.ts'
import { treeUrl } from './urls.ts'

/**
 * The referral tool without JavaScript: every question is a plain GET form to `<treeUrl>ga/`
 * whose radios carry the id of the next node in `naar`. A static host cannot route that by
 * itself, so the build writes one query rule per tree into `_redirects` (Netlify syntax;
 * the local server reads the same file).
 */

/** Path segment the question forms submit to. A node may not use it as its id: its page would shadow the rule. */
export const TREE_FORM_SEGMENT = 'ga'

/** Name of the form field (and query parameter) holding the id of the next node. */
export const TREE_FORM_FIELD = 'naar'

/** Where the question forms of a tree submit to. Example: `/voor-de-helpers/doorverwijstool/helpers/ga/`. */
export const treeFormAction = (platform: Platform, slug: string) => `${treeUrl(platform, slug)}${TREE_FORM_SEGMENT}/`

/** One line of a `_redirects` file: `from`, optional query conditions (`naar=:naar`), `to`, status. */
export interface RedirectRule {
  from: string
  /** Query parameters the request must carry; a value `:name` matches any non-empty value and names it for `to`. */
  query?: Record<string, string>
  to: string
  status: 301 | 302
}

/** A rule as a `_redirects` line: `/a/ naar=:naar /b/:naar/ 302`. */
export const redirectLine = (rule: RedirectRule): string =>
  [rule.from, ...Object.entries(rule.query ?? {}).map(([k, v]) => `${k}=${v}`), rule.to, String(rule.status)].join(' ')

/** Thrown when a tree uses a node id that is reserved for the form route. */
export class ReservedNodeIdError extends Error {
  constructor(tree: string, id: string) {
    super(`Doorverwijstool "${tree}": de sleutel "${id}" is al bezet door het formulier van de tool. Kies een andere sleutel.`)
    this.name = 'ReservedNodeIdError'
  }
}

/** Ids in the tree that clash with the form route (at most `ga`). */
export const reservedNodeIds = (tree: { nodes: readonly { id: string }[] }): string[] =>
  [...new Set(tree.nodes.map((n) => n.id))].filter((id) => id === TREE_FORM_SEGMENT)

/**
 * Two rules per tree, in this order (the first matching rule wins):
 * `<form> naar=:naar <treeUrl>:naar/ 302` sends an answer to the next step; a bare `<form>` (a
 * browser that skipped `required`, or a stray link) goes back to the tree's start page.
 * 302, not 301: the same form URL leads elsewhere for every answer. Throws a
 * `ReservedNodeIdError` for a node whose id would shadow the form route.
 */
export function treeFormRedirects(content: {
  referralTrees: readonly Pick<ReferralTree, 'slug' | 'platform' | 'nodes'>[]
}): RedirectRule[] {
  return content.referralTrees.flatMap((tree) => {
    const [reserved] = reservedNodeIds(tree)
    if (reserved) throw new ReservedNodeIdError(tree.slug, reserved)
    const form = treeFormAction(tree.platform, tree.slug)
    return [
      {
        from: form,
        query: { [TREE_FORM_FIELD]: `:${TREE_FORM_FIELD}` },
        to: `${treeUrl(tree.platform, tree.slug)}:${TREE_FORM_FIELD}/`,
        status: 302,
      },
      { from: form, to: treeUrl(tree.platform, tree.slug), status: 302 },
    ]
  })
}
