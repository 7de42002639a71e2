import { describe, expect, it } from 'vitest'
import { helpersTree, outcomeNode, questionNode } from './tree.examples.ts'
import { assertValidTree, TreeIntegrityError, validateTree } from './tree.ts'
import { allPaths, getNode, nextNode, TreeWalkError, walkTree } from './tree-walk.ts'

// Where each answer of each question leads, by answer position. Written out by hand on purpose:
// the fixture is what is under test, so it cannot also be the expectation.
const expectedNext: Record<string, string[]> = {
  'is-er-gevaar': ['bel-112', 'wanneer-gebeurd'],
  'wanneer-gebeurd': ['aangifte-gedaan', 'last-van-gevolgen'],
  'aangifte-gedaan': ['slachtofferhulp', 'aangifte-doen', 'slachtofferhulp'],
  'last-van-gevolgen': ['huisarts', 'slachtofferhulp', 'zelf-steunen'],
}

function question(id: string) {
  const node = getNode(helpersTree, id)
  if (node.type !== 'question') throw new Error(`fixture: "${id}" is not a question`)
  return node
}

it('the table covers every question of the example tree', () => {
  const questions = helpersTree.nodes.filter((n) => n.type === 'question').map((n) => n.id)
  expect(questions.sort()).toEqual(Object.keys(expectedNext).sort())
})

it('the example tree is valid', () => {
  expect(validateTree(helpersTree)).toEqual([])
})

for (const [id, nexts] of Object.entries(expectedNext)) {
  describe(`question: ${id}`, () => {
    it(`has ${nexts.length} answers`, () => {
      expect(question(id).options).toHaveLength(nexts.length)
    })
    nexts.forEach((next, answer) => {
      const label = question(id).options[answer]?.label ?? `answer ${answer}`
      it(`goes to ${next} for "${label}"`, () => {
        expect(nextNode(helpersTree, id, answer).id).toBe(next)
      })
    })
  })
}

describe('walkTree', () => {
  it('starts at the start question when nothing is answered', () => {
    expect(walkTree(helpersTree, [])).toEqual({ path: [], current: getNode(helpersTree, 'is-er-gevaar') })
  })

  it('follows the answers to an outcome and records the route', () => {
    const walk = walkTree(helpersTree, [1, 1, 2])
    expect(walk.path.map((s) => [s.node.id, s.answer])).toEqual([
      ['is-er-gevaar', 1],
      ['wanneer-gebeurd', 1],
      ['last-van-gevolgen', 2],
    ])
    expect(walk.current.id).toBe('zelf-steunen')
  })

  it('rejects an answer index the question does not have', () => {
    expect(() => walkTree(helpersTree, [1, 2])).toThrow(TreeWalkError)
    expect(() => walkTree(helpersTree, [1, 2])).toThrow('Vraag "wanneer-gebeurd" heeft geen antwoord 2. Kies 0 t/m 1.')
    expect(() => walkTree(helpersTree, [-1])).toThrow('heeft geen antwoord -1')
    expect(() => walkTree(helpersTree, [0.5])).toThrow('heeft geen antwoord 0.5')
  })

  it('rejects answers after an outcome is reached', () => {
    expect(() => walkTree(helpersTree, [0, 0])).toThrow('Antwoord 2 van 2 komt na uitkomst "bel-112". Bij een uitkomst houdt de route op.')
  })

  it('rejects an answer that leads to a missing node', () => {
    const tree = { start: 'a', nodes: [questionNode('a', 'b', 'weg'), outcomeNode('b')] }
    expect(() => walkTree(tree, [1])).toThrow('Vraag "a": antwoord "Antwoord 2" gaat naar "weg", maar die bestaat niet.')
  })
})

describe('getNode and nextNode', () => {
  it('getNode names the missing id', () => {
    expect(() => getNode(helpersTree, 'onbekend')).toThrow(
      new TreeWalkError('Vraag of uitkomst "onbekend" bestaat niet in deze doorverwijstool.'),
    )
  })

  it('nextNode refuses an outcome', () => {
    expect(() => nextNode(helpersTree, 'huisarts', 0)).toThrow('Uitkomst "huisarts" heeft geen antwoorden om uit te kiezen.')
  })
})

describe('allPaths', () => {
  it('lists every route from start to outcome, in answer order', () => {
    expect(allPaths(helpersTree).map((r) => [...r.path.map((s) => s.node.id), r.outcome.id].join(' > '))).toEqual([
      'is-er-gevaar > bel-112',
      'is-er-gevaar > wanneer-gebeurd > aangifte-gedaan > slachtofferhulp',
      'is-er-gevaar > wanneer-gebeurd > aangifte-gedaan > aangifte-doen',
      'is-er-gevaar > wanneer-gebeurd > aangifte-gedaan > slachtofferhulp',
      'is-er-gevaar > wanneer-gebeurd > last-van-gevolgen > huisarts',
      'is-er-gevaar > wanneer-gebeurd > last-van-gevolgen > slachtofferhulp',
      'is-er-gevaar > wanneer-gebeurd > last-van-gevolgen > zelf-steunen',
    ])
  })

  it('reaches every outcome of the example tree', () => {
    const outcomes = helpersTree.nodes.filter((n) => n.type === 'outcome').map((n) => n.id)
    expect(new Set(allPaths(helpersTree).map((r) => r.outcome.id))).toEqual(new Set(outcomes))
  })

  it('ends on a cyclic tree, skipping the loop', () => {
    const tree = { start: 'a', nodes: [questionNode('a', 'b', 'x'), questionNode('b', 'a', 'x'), outcomeNode('x')] }
    expect(allPaths(tree).map((r) => r.answers)).toEqual([[0, 1], [1]])
  })
})

describe('assertValidTree', () => {
  it('passes a valid tree', () => {
    expect(() => assertValidTree(helpersTree, 'Doorverwijstool "helpers"')).not.toThrow()
  })

  it('throws a TreeIntegrityError listing each problem on its own line', () => {
    const tree = { start: 'a', nodes: [questionNode('a', 'x', 'weg'), outcomeNode('x'), outcomeNode('los')] }
    let error: unknown
    try {
      assertValidTree(tree, 'Doorverwijstool "helpers"')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(TreeIntegrityError)
    expect((error as TreeIntegrityError).problems.map((p) => p.kind)).toEqual(['missing-target', 'unreachable'])
    expect((error as TreeIntegrityError).message.split('\n')).toEqual([
      'Doorverwijstool "helpers": Vraag "a": antwoord "Antwoord 2" gaat naar "weg", maar die bestaat niet. Kies een bestaande vraag of uitkomst.',
      'Doorverwijstool "helpers": Uitkomst "los": deze uitkomst is niet te bereiken vanaf de eerste vraag "a". Laat een antwoord hierheen gaan, of haal de uitkomst weg.',
    ])
  })
})
