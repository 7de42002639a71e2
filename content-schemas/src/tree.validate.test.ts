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
      {
        kind: 'duplicate-id',
        nodeId: 'x',
        message: 'Uitkomst "x": deze sleutel staat er 2 keer in. Geef elke vraag en uitkomst een eigen sleutel.',
      },
    ])
  })

  it('reports a missing start, without also calling every node unreachable', () => {
    expect(kinds('b', [questionNode('a', 'x', 'x'), outcomeNode('x')])).toEqual([['missing-start', 'b']])
    expect(validateTree({ start: 'b', nodes: [questionNode('a', 'x', 'x'), outcomeNode('x')] })[0]?.message).toBe(
      'Vraag "b": deze eerste vraag bestaat niet. Vul bij "Eerste vraag" de sleutel van een bestaande vraag in.',
    )
  })

  it('reports a start that is an outcome', () => {
    const problems = validateTree({ start: 'x', nodes: [questionNode('a', 'x', 'x'), outcomeNode('x')] })
    expect(problems.map((p) => [p.kind, p.nodeId, p.message])).toEqual([
      ['start-not-question', 'x', 'Uitkomst "x": de tool begint nu bij een uitkomst. Vul bij "Eerste vraag" de sleutel van een vraag in.'],
      [
        'unreachable',
        'a',
        'Vraag "a": deze vraag is niet te bereiken vanaf de eerste vraag "x". Laat een antwoord hierheen gaan, of haal de vraag weg.',
      ],
    ])
  })

  it('reports an answer leading to a missing node, naming the answer and the target', () => {
    expect(validateTree({ start: 'a', nodes: [questionNode('a', 'x', 'weg'), outcomeNode('x')] })).toEqual([
      {
        kind: 'missing-target',
        nodeId: 'a',
        message: 'Vraag "a": antwoord "Antwoord 2" gaat naar "weg", maar die bestaat niet. Kies een bestaande vraag of uitkomst.',
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
    expect(validateTree({ start: 'a', nodes: [questionNode('a', 'x', 'b'), questionNode('b'), outcomeNode('x')] })).toEqual([
      {
        kind: 'dead-end',
        nodeId: 'b',
        message: 'Vraag "b": hier loopt de route dood. Geen antwoord leidt naar een uitkomst. Laat een antwoord naar een uitkomst gaan.',
      },
    ])
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
      {
        kind: 'cycle',
        nodeId: 'b',
        message: `Vraag "b": de route gaat in een rondje: a → b → a. Verander een antwoord, zodat de route bij een uitkomst eindigt.`,
      },
    ])
  })

  it('reports an answer that leads back to its own question', () => {
    expect(validateTree({ start: 'a', nodes: [questionNode('a', 'a', 'x'), outcomeNode('x')] })[0]?.message).toBe(
      `Vraag "a": de route gaat in een rondje: a → a. Verander een antwoord, zodat de route bij een uitkomst eindigt.`,
    )
  })

  it('reports separate cycles separately, in a fixed order', () => {
    const nodes = [questionNode('a', 'b', 'c'), questionNode('b', 'a', 'x'), questionNode('c', 'c', 'x'), outcomeNode('x')]
    expect(validateTree({ start: 'a', nodes }).map((p) => p.message.split('. ')[0])).toEqual([
      'Vraag "b": de route gaat in een rondje: a → b → a',
      'Vraag "c": de route gaat in een rondje: c → c',
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
