/** A node as the graph check sees it: only ids and answers, so the CMS can check a draft before defaults are applied. */
export type TreeGraphNode =
  | { type: 'outcome'; id: string }
  | { type: 'question'; id: string; options: readonly { label: string; next: string }[] }

/** The part of a referral tree `validateTree` needs: the start id and the nodes. A `ReferralTree` fits. */
export type TreeGraph = { start: string; nodes: readonly TreeGraphNode[] }

/** What can be wrong with a tree as a graph. */
export type TreeProblemKind =
  | 'missing-target'
  | 'unreachable'
  | 'dead-end'
  | 'cycle'
  | 'duplicate-id'
  | 'missing-start'
  | 'start-not-question'

/**
 * One problem in a tree. `message` names the node first, with the CMS's words for it (`Vraag`,
 * `Uitkomst`), then says what is wrong and how to fix it: `Vraag "x": hier loopt de route dood. …`.
 */
export type TreeProblem = { nodeId: string; kind: TreeProblemKind; message: string }

const targets = (node: TreeGraphNode): string[] => (node.type === 'question' ? node.options.map((o) => o.next) : [])

/** Ids reachable from `from` (inclusive), following only targets that exist. */
function reachableFrom(from: string, byId: ReadonlyMap<string, TreeGraphNode>): Set<string> {
  const seen = new Set<string>()
  const todo = [from]
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    const node = byId.get(id)
    if (!node || seen.has(id)) continue
    seen.add(id)
    todo.push(...targets(node))
  }
  return seen
}

/** Ids of nodes from which some outcome can be reached (outcomes included). */
function leadingToOutcome(byId: ReadonlyMap<string, TreeGraphNode>): Set<string> {
  const good = new Set([...byId.values()].filter((n) => n.type === 'outcome').map((n) => n.id))
  let grew = true
  while (grew) {
    grew = false
    for (const node of byId.values()) {
      if (good.has(node.id) || !targets(node).some((t) => good.has(t))) continue
      good.add(node.id)
      grew = true
    }
  }
  return good
}

/** Every cycle, once each, as `{ from, ids }`: `from` is the node whose answer closes the loop. */
function findCycles(tree: TreeGraph, byId: ReadonlyMap<string, TreeGraphNode>): { from: string; ids: string[] }[] {
  const done = new Set<string>()
  const stack: string[] = []
  const found = new Map<string, { from: string; ids: string[] }>()
  const visit = (node: TreeGraphNode) => {
    stack.push(node.id)
    // A node with two answers to the same target would otherwise report the same cycle twice.
    for (const id of new Set(targets(node))) {
      const at = stack.indexOf(id)
      const next = byId.get(id)
      if (at >= 0) {
        const ids = [...stack.slice(at), id]
        found.set(ids.join(' '), { from: node.id, ids })
      } else if (next && !done.has(id)) visit(next)
    }
    stack.pop()
    done.add(node.id)
  }
  // Start first, so cycles are reported along the route a visitor would take.
  const start = byId.get(tree.start)
  for (const node of start ? [start, ...byId.values()] : byId.values()) if (!done.has(node.id)) visit(node)
  return [...found.values()]
}

/**
 * Checks a referral tree as a graph: duplicate ids, a missing or non-question start, answers that
 * lead nowhere, unreachable nodes, dead ends (no outcome reachable) and cycles. Returns the
 * problems in a fixed order (by kind, then node order); an empty list means the tree is sound.
 */
export function validateTree(tree: TreeGraph): TreeProblem[] {
  const problems: TreeProblem[] = []
  const byId = new Map<string, TreeGraphNode>()
  // A missing node is named as a question: only the start and answers point at one.
  const noun = (id: string) => (byId.get(id)?.type === 'outcome' ? 'Uitkomst' : 'Vraag')
  const add = (kind: TreeProblemKind, nodeId: string, text: string) =>
    problems.push({ kind, nodeId, message: `${noun(nodeId)} "${nodeId}": ${text}` })
  const counts = new Map<string, number>()
  for (const node of tree.nodes) {
    counts.set(node.id, (counts.get(node.id) ?? 0) + 1)
    if (!byId.has(node.id)) byId.set(node.id, node)
  }
  for (const [id, count] of counts) {
    if (count > 1) add('duplicate-id', id, `deze sleutel staat er ${count} keer in. Geef elke vraag en uitkomst een eigen sleutel.`)
  }
  const start = byId.get(tree.start)
  if (!start)
    add('missing-start', tree.start, 'deze eerste vraag bestaat niet. Vul bij "Eerste vraag" de sleutel van een bestaande vraag in.')
  else if (start.type !== 'question')
    add('start-not-question', tree.start, 'de tool begint nu bij een uitkomst. Vul bij "Eerste vraag" de sleutel van een vraag in.')
  for (const node of tree.nodes) {
    if (node.type !== 'question') continue
    for (const o of node.options) {
      if (!byId.has(o.next)) {
        add(
          'missing-target',
          node.id,
          `antwoord "${o.label}" gaat naar "${o.next}", maar die bestaat niet. Kies een bestaande vraag of uitkomst.`,
        )
      }
    }
  }
  if (start) {
    const reached = reachableFrom(tree.start, byId)
    for (const id of byId.keys()) {
      if (reached.has(id)) continue
      const it = noun(id).toLowerCase()
      add(
        'unreachable',
        id,
        `deze ${it} is niet te bereiken vanaf de eerste vraag "${tree.start}". Laat een antwoord hierheen gaan, of haal de ${it} weg.`,
      )
    }
  }
  const good = leadingToOutcome(byId)
  for (const node of byId.values()) {
    if (!good.has(node.id))
      add('dead-end', node.id, 'hier loopt de route dood. Geen antwoord leidt naar een uitkomst. Laat een antwoord naar een uitkomst gaan.')
  }
  for (const { from, ids } of findCycles(tree, byId)) {
    add('cycle', from, `de route gaat in een rondje: ${ids.join(' → ')}. Verander een antwoord, zodat de route bij een uitkomst eindigt.`)
  }
  return problems
}

/** Thrown by `assertValidTree`; `problems` holds every problem found, the message one line each. */
export class TreeIntegrityError extends Error {
  readonly problems: TreeProblem[]
  constructor(label: string, problems: TreeProblem[]) {
    super(problems.map((p) => `${label}: ${p.message}`).join('\n'))
    this.name = 'TreeIntegrityError'
    this.problems = problems
  }
}

/** Throws a `TreeIntegrityError` if `validateTree` finds problems. `label` names the document: `Doorverwijstool "helpers"`. */
export function assertValidTree(tree: TreeGraph, label: string): void {
  const problems = validateTree(tree)
  if (problems.length > 0) throw new TreeIntegrityError(label, problems)
}
