import { type ReferralTree, reservedNodeIds, TREE_FORM_SEGMENT, type TreeProblem } from '@hp/content-schemas'
import type { FieldProblem } from '../../hooks/validateOnPublish.ts'

/** Places each graph problem on the node it concerns, so the editor sees it next to the fields. */
export function treeProblemsByField(tree: ReferralTree, problems: TreeProblem[]): FieldProblem[] {
  return problems.map((p) => {
    const index = tree.nodes.findIndex((n) => n.id === p.nodeId)
    const path = index >= 0 ? `nodes.${index}.key` : 'start'
    return { path, message: `Node "${p.nodeId}": ${p.message}` }
  })
}

/** A node id the site needs for its form route (`ga`) would shadow it: refuse it on the node. */
export function reservedIdProblems(tree: ReferralTree): FieldProblem[] {
  return reservedNodeIds(tree).map((id) => ({
    path: `nodes.${tree.nodes.findIndex((n) => n.id === id)}.key`,
    message: `Node "${id}": the key "${TREE_FORM_SEGMENT}" is reserved for the referral tool's form; choose another key`,
  }))
}
