import type { ReferralTree, TreeProblem } from '@hp/content-schemas'
import type { FieldProblem } from '../../hooks/validateOnPublish.ts'

/** Places each graph problem on the node it concerns, so the editor sees it next to the fields. */
export function treeProblemsByField(tree: ReferralTree, problems: TreeProblem[]): FieldProblem[] {
  return problems.map((p) => {
    const index = tree.nodes.findIndex((n) => n.id === p.nodeId)
    const path = index >= 0 ? `nodes.${index}.key` : 'start'
    return { path, message: `Node "${p.nodeId}": ${p.message}` }
  })
}
