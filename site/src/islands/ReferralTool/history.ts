import { treeStepUrl, treeUrl, walkTree } from '@hp/content-schemas'
import type { ToolState, ToolTree } from './logic.ts'

/**
 * The tool's address for each step, GOV.UK smart-answers style. The path is the page of the node
 * shown, the same page the tool has without JavaScript (`treeStepUrl`); the query holds the route
 * to it, so a reload or a shared link rebuilds the answers from the address alone, nothing stored:
 *
 * `/voor-de-helpers/doorverwijstool/helpers/wat-is-er-gebeurd/?antwoorden=1.2`
 *
 * `antwoorden`: the chosen answer per question (0-based, dot-separated) from the first question.
 * `vanaf`: only when the route starts elsewhere (a visitor who came in at a question page itself).
 * The same node can be reached along several routes, so the path alone could not say which answers
 * were given; without JavaScript the query is ignored and the page shows its own node.
 */
export const ANSWERS_PARAM = 'antwoorden'
export const FROM_PARAM = 'vanaf'

/** Where the tool is: the route's first node and the answers from there. */
export type Route = Pick<ToolState, 'from' | 'answers'>

/** The address of the step `route` leads to: the node's own page, with the route in the query. */
export function stepAddress(tree: ToolTree, route: Route): string {
  const { current } = walkTree({ start: route.from, nodes: tree.nodes }, route.answers)
  const query = new URLSearchParams()
  // Without answers the node shown is where the route starts: the path says it all.
  if (route.answers.length > 0) {
    if (route.from !== tree.start) query.set(FROM_PARAM, route.from)
    query.set(ANSWERS_PARAM, route.answers.join('.'))
  }
  // URLSearchParams writes "." as is: the address stays readable.
  const search = query.toString()
  return `${treeStepUrl(tree.platform, tree.slug, current.id)}${search ? `?${search}` : ''}`
}

/** The node whose page `pathname` is, or undefined for another page (the start page, another tree). */
export function nodeAtPath(tree: ToolTree, pathname: string): string | undefined {
  const base = treeUrl(tree.platform, tree.slug)
  if (!pathname.startsWith(base)) return undefined
  const id = decodeURIComponent(pathname.slice(base.length).replace(/\/$/, ''))
  return tree.nodes.some((n) => n.id === id) ? id : undefined
}

/**
 * The route an address stands for. `pathname` names the node shown; the query must lead to exactly
 * that node, or it is ignored: a damaged or outdated address (the tree changed since) shows the
 * node without earlier answers, as the page does without JavaScript. `fallback`: the page's own node.
 */
export function routeFromAddress(tree: ToolTree, pathname: string, search: string, fallback: string): Route {
  const node = nodeAtPath(tree, pathname) ?? fallback
  const plain: Route = { from: node, answers: [] }
  const query = new URLSearchParams(search)
  const raw = query.get(ANSWERS_PARAM)
  const from = query.get(FROM_PARAM) ?? tree.start
  if (raw === null || !/^\d{1,3}(\.\d{1,3})*$/.test(raw)) return plain
  const answers = raw.split('.').map(Number)
  try {
    const { current } = walkTree({ start: from, nodes: tree.nodes }, answers)
    return current.id === node ? { from, answers } : plain
  } catch {
    return plain
  }
}
