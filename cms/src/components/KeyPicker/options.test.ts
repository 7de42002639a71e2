import { describe, expect, it } from 'vitest'
import { keyOptions } from './options.ts'

const form = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).map(([path, value]) => [path, { value }]))

describe('the choices of a key picker', () => {
  const tree = form({
    'nodes.0.blockType': 'question',
    'nodes.0.key': 'gevaar',
    'nodes.0.question': 'Is er nu gevaar?',
    'nodes.1.blockType': 'outcome',
    'nodes.1.key': 'bel-112',
    'nodes.1.title': 'Bel 112',
    'nodes.1.organisations': [],
    'nodes.10.blockType': 'outcome',
    'nodes.10.key': 'later',
    'nodes.10.title': '',
    'nodes.2.blockType': 'question',
    'nodes.2.key': '',
    'nodes.0.options.0.next': 'bel-112',
    title: 'Hulp',
  })
  const source = { list: 'nodes', titles: ['question', 'title'], kinds: { question: 'Vraag', outcome: 'Uitkomst' } }

  it('names each row by its kind, key and title, in the order of the rows, without empty keys', () => {
    expect(keyOptions(tree, source, 'bel-112')).toEqual([
      { value: 'gevaar', label: 'Vraag · gevaar: Is er nu gevaar?' },
      { value: 'bel-112', label: 'Uitkomst · bel-112: Bel 112' },
      { value: 'later', label: 'Uitkomst · later' },
    ])
  })

  it('offers only the kinds asked for (a tree starts at a question)', () => {
    expect(keyOptions(tree, { ...source, onlyKinds: ['question'] }, undefined).map((o) => o.value)).toEqual(['gevaar'])
  })

  it('keeps a key that no row has any more, and says so', () => {
    expect(keyOptions(tree, source, 'weg').at(-1)).toEqual({ value: 'weg', label: 'weg (bestaat niet)' })
  })
})
