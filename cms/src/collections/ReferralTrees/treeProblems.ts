import { type ReferralTree, reservedNodeIds, TREE_FORM_SEGMENT, type TreeProblem } from '@hp/content-schemas'
import type { FieldProblem } from '../../hooks/publishCheck.ts'

/** Places each graph problem on the node it concerns, so the editor sees it next to the fields; the message names the node. */
export function treeProblemsByField(tree: ReferralTree, problems: TreeProblem[]): FieldProblem[] {
  return problems.map((p) => {
    const index = tree.nodes.findIndex((n) => n.id === p.nodeId)
    const path = index >= 0 ? `nodes.${index}.key` : 'start'
    return { path, message: p.message }
  })
}

/** A node id the site needs for its form route (`ga`) would shadow it: refuse it on the node. */
export function reservedIdProblems(tree: ReferralTree): FieldProblem[] {
  return reservedNodeIds(tree).map((id) => {
    const node = tree.nodes.find((n) => n.id === id)
    return {
      path: `nodes.${tree.nodes.findIndex((n) => n.id === id)}.key`,
      message: `${node?.type === 'outcome' ? 'Uitkomst' : 'Vraag'} "${id}": de sleutel "${TREE_FORM_SEGMENT}" is al bezet door het formulier van de tool. Kies een andere sleutel.`,
    }
  })
}
