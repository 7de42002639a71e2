import fc from 'fast-check'
import { expect, it } from 'vitest'
import type { QuestionNode, TreeNode } from './referral-tree.ts'
import { outcomeNode, questionNode } from './tree.examples.ts'
import { validateTree } from './tree.ts'
import { allPaths, type WalkableTree, walkTree } from './tree-walk.ts'

/**
 * Builds a well-formed tree from random choices: questions q0…qn in topological order, every
 * node linked from an earlier question (so all are reachable from q0), every answer pointing
 * forward (so there are no cycles, and every route ends in an outcome).
 */
function buildTree(questions: number, outcomes: number, picks: number[]): WalkableTree {
  let k = 0
  const pick = (n: number) => (picks[k++ % picks.length] ?? 0) % n
  const qIds = Array.from({ length: questions }, (_, i) => `q${i}`)
  const oIds = Array.from({ length: outcomes }, (_, i) => `u${i}`)
  const children = qIds.map((): string[] => [])
  for (const [j, id] of qIds.entries()) if (j > 0) children[pick(j)]?.push(id)
  for (const id of oIds) children[pick(questions)]?.push(id)
  const nodes: TreeNode[] = qIds.map((id, i) => {
    const forward = [...qIds.slice(i + 1), ...oIds]
    const next = children[i] ?? []
    const extra = 2 + pick(2)
    while (next.length < extra) next.push(forward[pick(forward.length)] as string)
    return questionNode(id, ...next)
  })
  return { start: 'q0', nodes: [...nodes, ...oIds.map(outcomeNode)] }
}

const wellFormedTree = fc
  .record({
    questions: fc.integer({ min: 1, max: 8 }),
    outcomes: fc.integer({ min: 1, max: 5 }),
    picks: fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 60 }),
  })
  .map(({ questions, outcomes, picks }) => buildTree(questions, outcomes, picks))

const questionsOf = (tree: WalkableTree) => tree.nodes.filter((n): n is QuestionNode => n.type === 'question')

/** The tree with one question's options replaced. */
const withOptions = (tree: WalkableTree, id: string, options: QuestionNode['options']): WalkableTree => ({
  ...tree,
  nodes: tree.nodes.map((n) => (n.id === id && n.type === 'question' ? { ...n, options } : n)),
})

it('a random well-formed tree has no problems', () => {
  fc.assert(
    fc.property(wellFormedTree, (tree) => {
      expect(validateTree(tree)).toEqual([])
    }),
  )
})

it('every route of a well-formed tree replays with walkTree and all nodes lie on some route', () => {
  fc.assert(
    fc.property(wellFormedTree, (tree) => {
      const routes = allPaths(tree)
      for (const route of routes) expect(walkTree(tree, route.answers).current).toBe(route.outcome)
      const onRoutes = new Set(routes.flatMap((r) => [...r.path.map((s) => s.node.id), r.outcome.id]))
      expect(onRoutes).toEqual(new Set(tree.nodes.map((n) => n.id)))
    }),
  )
})

it('pointing any answer at a missing node gives a missing-target problem for that question', () => {
  fc.assert(
    fc.property(wellFormedTree, fc.nat(), fc.nat(), (tree, qPick, oPick) => {
      const questions = questionsOf(tree)
      const q = questions[qPick % questions.length] as QuestionNode
      const at = oPick % q.options.length
      const broken = withOptions(
        tree,
        q.id,
        q.options.map((o, i) => (i === at ? { ...o, next: 'bestaat-niet' } : o)),
      )
      expect(validateTree(broken)).toContainEqual(
        expect.objectContaining({ kind: 'missing-target', nodeId: q.id, message: expect.stringContaining('"bestaat-niet"') }),
      )
    }),
  )
})

it('adding an answer that leads back along a route gives a cycle through both ends', () => {
  fc.assert(
    fc.property(wellFormedTree, fc.nat(), fc.nat(), fc.nat(), (tree, rPick, fromPick, toPick) => {
      const routes = allPaths(tree)
      const steps = routes[rPick % routes.length]?.path ?? []
      // An answer from the i-th question of the route back to the j-th (j <= i, so it may be itself).
      const i = fromPick % steps.length
      const from = steps[i]?.node as QuestionNode
      const to = steps[toPick % (i + 1)]?.node as QuestionNode
      const looped = withOptions(tree, from.id, [...from.options, { label: 'Terug', next: to.id }])
      const cycles = validateTree(looped)
        .filter((p) => p.kind === 'cycle')
        // Ids are slugs (no dots), so the route runs up to the first full stop.
        .map((p) => (/rondje: ([^.]+)\./.exec(p.message)?.[1] ?? '').split(' → '))
      expect(cycles.some((ids) => ids.includes(from.id) && ids.includes(to.id))).toBe(true)
    }),
  )
})
