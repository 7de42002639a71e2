import { describe, expect, it } from 'vitest'
import { diagramTreeFromForm } from './formTree.ts'
import { BOX_WIDTH, type DiagramTree, GAP_X, layoutTree, wrap } from './layout.ts'

const q = (id: string, ...next: string[]) => ({
  type: 'question' as const,
  id,
  text: `Vraag ${id}?`,
  options: next.map((n, i) => ({ label: `Antwoord ${i + 1}`, next: n })),
})
const o = (id: string) => ({ type: 'outcome' as const, id, text: `Uitkomst ${id}` })

const sound: DiagramTree = { start: 'a', nodes: [q('a', 'b', 'x'), q('b', 'y', 'x', 'x'), o('x'), o('y')] }
const column = (d: ReturnType<typeof layoutTree>, id: string) => {
  const [box, first] = [d.boxes.find((b) => b.id === id), d.boxes[0]]
  if (!box || !first) throw new Error(`no box ${id}`)
  return Math.round((box.x - first.x) / (BOX_WIDTH + GAP_X))
}

describe('tree diagram layout', () => {
  it('places nodes left to right by their distance from the start', () => {
    const d = layoutTree(sound)
    expect(['a', 'b', 'x', 'y'].map((id) => column(d, id))).toEqual([0, 1, 1, 2])
    expect(d.boxes.find((b) => b.id === 'a')?.start).toBe(true)
    expect(d.problems).toEqual([])
  })

  it('stacks boxes of one column without overlap, and the canvas holds them all', () => {
    const d = layoutTree(sound)
    const [b, x] = [d.boxes.find((n) => n.id === 'b'), d.boxes.find((n) => n.id === 'x')]
    if (!b || !x) throw new Error('boxes')
    expect(x.y).toBeGreaterThanOrEqual(b.y + b.height)
    for (const box of d.boxes) {
      expect(box.x + box.width).toBeLessThanOrEqual(d.width)
      expect(box.y + box.height).toBeLessThanOrEqual(d.height)
    }
  })

  it('draws one labelled arrow per target; answers to the same target share it', () => {
    const arrows = layoutTree(sound).arrows.map((a) => `${a.from}→${a.to}: ${a.title}`)
    expect(arrows).toEqual(['a→b: Antwoord 1', 'a→x: Antwoord 2', 'b→y: Antwoord 1', 'b→x: Antwoord 2 / Antwoord 3'])
  })

  it('marks a missing target as a red box and arrow, and lists the problem on the node', () => {
    const d = layoutTree({ start: 'a', nodes: [q('a', 'x', 'weg'), o('x')] })
    expect(d.boxes.find((b) => b.id === 'weg')).toMatchObject({ kind: 'missing', lines: ['Bestaat niet: weg'] })
    expect(d.arrows.find((a) => a.to === 'weg')?.problem).toBe(true)
    expect(d.boxes.find((b) => b.id === 'a')?.problems).toEqual([
      expect.stringContaining('Vraag "a": antwoord "Antwoord 2" gaat naar "weg"'),
    ])
    expect(d.problems.map((p) => p.kind)).toEqual(['missing-target'])
  })

  it('puts unreachable nodes in a last column and flags them; the arrows of a cycle are red', () => {
    const d = layoutTree({ start: 'a', nodes: [q('a', 'b', 'x'), q('b', 'a', 'x'), o('x'), o('los')] })
    expect(column(d, 'los')).toBe(2)
    expect(d.boxes.find((b) => b.id === 'los')?.problems).toEqual([
      expect.stringContaining('Uitkomst "los": deze uitkomst is niet te bereiken'),
    ])
    expect(d.arrows.filter((a) => a.problem).map((a) => `${a.from}→${a.to}`)).toEqual(['a→b', 'b→a'])
  })

  it('copes with an empty draft', () => {
    const d = layoutTree({ start: '', nodes: [] })
    expect(d.boxes.map((b) => b.kind)).toEqual(['missing'])
    expect(d.problems.map((p) => p.kind)).toEqual(['missing-start'])
  })
})

describe('wrap', () => {
  it('wraps at word boundaries and shortens after three lines', () => {
    expect(wrap('Is er nu direct gevaar voor iemand?', 20)).toEqual(['Is er nu direct', 'gevaar voor iemand?'])
    const long = wrap('een twee drie vier vijf zes zeven acht negen tien elf twaalf', 10, 2)
    expect(long).toHaveLength(2)
    expect(long[1]?.endsWith('…')).toBe(true)
    expect(wrap('   ')).toEqual(['(leeg)'])
  })
})

describe('diagramTreeFromForm', () => {
  it('reads the blocks of the edit form, also a half-filled draft', () => {
    const tree = diagramTreeFromForm({
      start: ' a ',
      nodes: [
        { blockType: 'question', key: 'a', question: 'Gevaar?', options: [{ label: 'Ja', next: 'x' }, { label: 'Nee' }] },
        { blockType: 'outcome', key: 'x', title: 'Bel 112', body: {} },
        { blockType: 'question' },
      ],
    })
    expect(tree).toEqual({
      start: 'a',
      nodes: [
        {
          type: 'question',
          id: 'a',
          text: 'Gevaar?',
          options: [
            { label: 'Ja', next: 'x' },
            { label: 'Nee', next: '' },
          ],
        },
        { type: 'outcome', id: 'x', text: 'Bel 112' },
        { type: 'question', id: '', text: '', options: [] },
      ],
    })
    expect(diagramTreeFromForm({})).toEqual({ start: '', nodes: [] })
  })
})
