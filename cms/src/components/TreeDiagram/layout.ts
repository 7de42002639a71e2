import { type TreeGraph, type TreeProblem, validateTree } from '@hp/content-schemas'

/** A tree as the editor has it in the form: possibly a draft, with empty or broken fields. */
export interface DiagramTree {
  start: string
  nodes: DiagramNode[]
}
export type DiagramNode =
  | { type: 'question'; id: string; text: string; options: { label: string; next: string }[] }
  | { type: 'outcome'; id: string; text: string }

/** A box: a question, an outcome, or a target that does not exist (`missing`). */
export interface Box {
  id: string
  kind: 'question' | 'outcome' | 'missing'
  /** The question or outcome title, wrapped and shortened to fit. */
  lines: string[]
  /** The full text, for a tooltip. */
  text: string
  start: boolean
  x: number
  y: number
  width: number
  height: number
  /** Messages of the problems validateTree reports for this node. */
  problems: string[]
}

/** An arrow for one or more answers from `from` to `to`. */
export interface Arrow {
  from: string
  to: string
  /** The answers, shortened; `title` has them in full. */
  label: string
  title: string
  /** SVG path data. */
  d: string
  labelX: number
  labelY: number
  /** The target does not exist, or the arrow closes a cycle. */
  problem: boolean
}

export interface Diagram {
  boxes: Box[]
  arrows: Arrow[]
  width: number
  height: number
  problems: TreeProblem[]
}

export const BOX_WIDTH = 240
export const GAP_X = 180
const GAP_Y = 28
const LINE = 18
const PAD = 12
const MARGIN = 20
const CHARS = 26

/** Word-wraps `text` into at most `max` lines of about `width` characters; the last line ends in … when cut. */
export function wrap(text: string, width = CHARS, max = 3): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (next.length <= width || !line) line = next
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  const cut = lines.slice(0, max).map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l))
  const last = cut.length - 1
  if (lines.length > max && last >= 0) cut[last] = `${(cut[last] ?? '').slice(0, width - 1).trimEnd()}…`
  return cut.length > 0 ? cut : ['(leeg)']
}

const shorten = (text: string, max = 22) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text)

/** Columns by distance from the start (breadth first, answers in order); unreachable nodes go last. */
function columns(tree: DiagramTree, byId: Map<string, DiagramNode>): Map<string, number> {
  const depth = new Map<string, number>()
  const queue = byId.has(tree.start) ? [tree.start] : []
  depth.set(tree.start, 0)
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const node = byId.get(id)
    if (node?.type !== 'question') continue
    for (const o of node.options) {
      if (!depth.has(o.next)) {
        depth.set(o.next, (depth.get(id) ?? 0) + 1)
        if (byId.has(o.next)) queue.push(o.next)
      }
    }
  }
  const deepest = Math.max(0, ...[...depth.values()])
  for (const id of byId.keys()) if (!depth.has(id)) depth.set(id, deepest + 1)
  return depth
}

/**
 * Lays a tree out left to right by depth: one column per step from the start, boxes stacked in
 * the order they are reached, an arrow per target (answers to the same target share it). Problems
 * from `validateTree` are attached to their boxes and arrows, so the diagram can show them in red.
 */
export function layoutTree(tree: DiagramTree): Diagram {
  const graph: TreeGraph = { start: tree.start, nodes: tree.nodes.map((n) => (n.type === 'question' ? n : { type: n.type, id: n.id })) }
  const problems = validateTree(graph)
  const byId = new Map<string, DiagramNode>()
  for (const n of tree.nodes) if (!byId.has(n.id)) byId.set(n.id, n)
  const depth = columns(tree, byId)
  // Boxes in the order they are reached (unreachable nodes after them), then targets that do not exist.
  const ids = [...[...depth.keys()].filter((id) => byId.has(id)), ...[...depth.keys()].filter((id) => !byId.has(id))]
  const nextY = new Map<number, number>()
  const boxes: Box[] = []
  for (const id of ids) {
    const node = byId.get(id)
    const column = depth.get(id) ?? 0
    const text = node ? node.text : `Bestaat niet: ${id || '(leeg)'}`
    const lines = wrap(text)
    const height = PAD * 2 + lines.length * LINE + LINE
    const y = nextY.get(column) ?? MARGIN
    nextY.set(column, y + height + GAP_Y)
    boxes.push({
      id,
      kind: node ? node.type : 'missing',
      lines,
      text,
      start: id === tree.start,
      x: MARGIN + column * (BOX_WIDTH + GAP_X),
      y,
      width: BOX_WIDTH,
      height,
      problems: problems.filter((p) => p.nodeId === id).map((p) => p.message),
    })
  }
  const box = new Map(boxes.map((b) => [b.id, b]))
  // An arrow is part of a cycle when its target leads back to its source.
  const leadsTo = (from: string, to: string): boolean => {
    const seen = new Set<string>()
    const todo = [from]
    for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
      if (id === to) return true
      const n = byId.get(id)
      if (seen.has(id) || n?.type !== 'question') continue
      seen.add(id)
      todo.push(...n.options.map((o) => o.next))
    }
    return false
  }
  const arrows: Arrow[] = []
  for (const node of byId.values()) {
    if (node.type !== 'question') continue
    const targets = [...new Set(node.options.map((o) => o.next))]
    for (const to of targets) {
      const a = box.get(node.id)
      const b = box.get(to)
      if (!a || !b) continue
      const labels = node.options.filter((o) => o.next === to).map((o) => o.label || '(leeg)')
      const forward = b.x > a.x
      const [sx, sy] = forward ? [a.x + a.width, a.y + a.height / 2] : [a.x + a.width / 2, a.y + a.height]
      const [tx, ty] = forward ? [b.x, b.y + b.height / 2] : [b.x + b.width / 2, b.y + b.height]
      // Forward: an S-curve between the columns. Back (a cycle or same column): a loop under both boxes.
      const [c1x, c1y, c2x, c2y] = forward ? [sx + GAP_X / 2, sy, tx - GAP_X / 2, ty] : [sx, sy + 60, tx, ty + 60]
      // The label sits on the curve's midpoint (cubic Bézier at t = ½).
      const labelX = (sx + 3 * c1x + 3 * c2x + tx) / 8
      const labelY = (sy + 3 * c1y + 3 * c2y + ty) / 8
      arrows.push({
        from: node.id,
        to,
        label: shorten(labels.join(' / ')),
        title: labels.join(' / '),
        d: `M ${sx} ${sy} C ${c1x} ${c1y}, ${c2x} ${c2y}, ${tx} ${ty}`,
        labelX,
        labelY,
        problem: b.kind === 'missing' || leadsTo(to, node.id),
      })
    }
  }
  const width = Math.max(0, ...boxes.map((b) => b.x + b.width)) + MARGIN
  const height = Math.max(0, ...boxes.map((b) => b.y + b.height), ...arrows.map((a) => a.labelY + LINE)) + MARGIN
  return { boxes, arrows, width, height, problems }
}
