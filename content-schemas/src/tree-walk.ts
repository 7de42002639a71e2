import type { OutcomeNode, QuestionNode, TreeNode } from './referral-tree.ts'

/** Thrown when a walk through a tree cannot continue: an unknown node or an answer that does not exist. */
export class TreeWalkError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TreeWalkError'
  }
}

/**
 * What a walk needs of a node: questions as in the contract; of an outcome only its kind and id, so
 * a tree whose outcomes carry other text (the referral tool's, with links resolved) walks the same.
 */
export type WalkNode = QuestionNode | { type: 'outcome'; id: string }

/** A tree to walk through: the start id and the nodes. A `ReferralTree` fits. */
export type WalkableTree<N extends WalkNode = TreeNode> = { start: string; nodes: readonly N[] }

/** One answered question on the way through a tree. */
export type TreeStep = { node: QuestionNode; answer: number }

/** Where a list of answers leads: the questions answered so far and the node shown now. */
export type TreeWalk<N extends WalkNode = TreeNode> = { path: TreeStep[]; current: N }

/** A complete route from the start question to an outcome. `answers` replays it with `walkTree`. */
export type TreeRoute = { answers: number[]; path: TreeStep[]; outcome: OutcomeNode }

/** The node with this id; throws a `TreeWalkError` if the tree has none. */
export function getNode<N extends WalkNode>(tree: WalkableTree<N>, id: string): N {
  const node = tree.nodes.find((n) => n.id === id)
  if (!node) throw new TreeWalkError(`Vraag of uitkomst "${id}" bestaat niet in deze doorverwijstool.`)
  return node
}

/** The node answer `optionIndex` (0-based) of question `nodeId` leads to; throws a `TreeWalkError` if there is none. */
export function nextNode<N extends WalkNode>(tree: WalkableTree<N>, nodeId: string, optionIndex: number): N {
  const node = getNode(tree, nodeId)
  if (node.type !== 'question') throw new TreeWalkError(`Uitkomst "${nodeId}" heeft geen antwoorden om uit te kiezen.`)
  const option = Number.isInteger(optionIndex) ? node.options[optionIndex] : undefined
  if (!option) {
    throw new TreeWalkError(`Vraag "${nodeId}" heeft geen antwoord ${optionIndex}. Kies 0 t/m ${node.options.length - 1}.`)
  }
  if (!tree.nodes.some((n) => n.id === option.next)) {
    throw new TreeWalkError(`Vraag "${nodeId}": antwoord "${option.label}" gaat naar "${option.next}", maar die bestaat niet.`)
  }
  return getNode(tree, option.next)
}

/** Follows `answers` (option indexes, 0-based) from the start question; throws a `TreeWalkError` if one cannot be followed. */
export function walkTree<N extends WalkNode>(tree: WalkableTree<N>, answers: readonly number[]): TreeWalk<N> {
  const path: TreeStep[] = []
  let current = getNode(tree, tree.start)
  for (const answer of answers) {
    if (current.type !== 'question') {
      throw new TreeWalkError(
        `Antwoord ${path.length + 1} van ${answers.length} komt na uitkomst "${current.id}". Bij een uitkomst houdt de route op.`,
      )
    }
    const next = nextNode(tree, current.id, answer)
    path.push({ node: current, answer })
    current = next
  }
  return { path, current }
}

/**
 * Every route from the start question to an outcome, depth first in answer order. Answers that
 * lead to a missing node or back onto the route (a cycle) are skipped, so this also ends on invalid trees.
 */
export function allPaths(tree: WalkableTree): TreeRoute[] {
  // The first node with an id wins, as in getNode.
  const byId = new Map<string, TreeNode>()
  for (const n of tree.nodes) if (!byId.has(n.id)) byId.set(n.id, n)
  const routes: TreeRoute[] = []
  const visit = (node: TreeNode, path: TreeStep[]) => {
    if (node.type === 'outcome') {
      routes.push({ answers: path.map((s) => s.answer), path, outcome: node })
      return
    }
    node.options.forEach((option, answer) => {
      const next = byId.get(option.next)
      if (next && next !== node && !path.some((s) => s.node === next)) visit(next, [...path, { node, answer }])
    })
  }
  const start = byId.get(tree.start)
  if (start) visit(start, [])
  return routes
}
