import { describe, expect, it } from 'vitest'
import type { TreeNode } from './referral-tree.ts'
import { helpersTree, outcomeNode, questionNode } from './tree.examples.ts'
import { validateTree } from './tree.ts'

const kinds = (start: string, nodes: TreeNode[]) => validateTree({ start, nodes }).map((p) => [p.kind, p.nodeId])

describe('validateTree', () => {
  it('finds nothing wrong with the example tree', () => {
    expect(validateTree(helpersTree)).toEqual([])
  })

  it('reports a duplicate id once, naming the id', () => {
    const nodes = [questionNode('a', 'x', 'y'), outcomeNode('x'), outcomeNode('y'), outcomeNode('x')]
    expect(validateTree({ start: 'a', nodes })).toEqual([
      { kind: 'duplicate-id', nodeId: 'x', message: 'node "x": 2 nodes use this id; give each node its own id' },
    ])
  })

  it('reports a missing start, without also calling every node unreachable', () => {
    expect(kinds('b', [questionNode('a', 'x', 'x'), outcomeNode('x')])).toEqual([['missing-start', 'b']])
  })

  it('reports a start that is an outcome', () => {
    expect(kinds('x', [questionNode('a', 'x', 'x'), outcomeNode('x')])).toEqual([
      ['start-not-question', 'x'],
      ['unreachable', 'a'],
    ])
  })

  it('reports an answer leading to a missing node, naming the answer and the target', () => {
    expect(validateTree({ start: 'a', nodes: [questionNode('a', 'x', 'weg'), outcomeNode('x')] })).toEqual([
      {
        kind: 'missing-target',
        nodeId: 'a',
        message: 'node "a": answer "Antwoord 2" goes to "weg", which is not a node in this tree; choose an existing question or outcome',
      },
    ])
  })

  it('reports unreachable questions and outcomes', () => {
    const nodes = [questionNode('a', 'x', 'x'), outcomeNode('x'), questionNode('los', 'y', 'x'), outcomeNode('y')]
    expect(kinds('a', nodes)).toEqual([
      ['unreachable', 'los'],
      ['unreachable', 'y'],
    ])
  })

  it('reports a question from which no outcome can be reached', () => {
    expect(kinds('a', [questionNode('a', 'x', 'b'), questionNode('b'), outcomeNode('x')])).toEqual([['dead-end', 'b']])
  })

  it('reports a loop without a way out as dead ends and a cycle', () => {
    expect(kinds('a', [questionNode('a', 'x', 'b'), questionNode('b', 'c', 'c'), questionNode('c', 'b', 'b'), outcomeNode('x')])).toEqual([
      ['dead-end', 'b'],
      ['dead-end', 'c'],
      ['cycle', 'c'],
    ])
  })

  it('reports a cycle once, naming the node whose answer closes it and every node on it', () => {
    const nodes = [questionNode('a', 'b', 'x'), questionNode('b', 'a', 'a', 'x'), outcomeNode('x')]
    expect(validateTree({ start: 'a', nodes })).toEqual([
      { kind: 'cycle', nodeId: 'b', message: 'node "b": cycle: a → b → a; change an answer so the route ends in an outcome' },
    ])
  })

  it('reports an answer that leads back to its own question', () => {
    expect(validateTree({ start: 'a', nodes: [questionNode('a', 'a', 'x'), outcomeNode('x')] })[0]?.message).toBe(
      'node "a": cycle: a → a; change an answer so the route ends in an outcome',
    )
  })

  it('reports separate cycles separately, in a fixed order', () => {
    const nodes = [questionNode('a', 'b', 'c'), questionNode('b', 'a', 'x'), questionNode('c', 'c', 'x'), outcomeNode('x')]
    expect(validateTree({ start: 'a', nodes }).map((p) => p.message.split(';')[0])).toEqual([
      'node "b": cycle: a → b → a',
      'node "c": cycle: c → c',
    ])
  })

  it('lists problems by kind in a fixed order', () => {
    const nodes = [outcomeNode('dubbel'), questionNode('a', 'x', 'weg'), outcomeNode('x'), outcomeNode('dubbel')]
    expect(kinds('a', nodes)).toEqual([
      ['duplicate-id', 'dubbel'],
      ['missing-target', 'a'],
      ['unreachable', 'dubbel'],
    ])
  })
})
