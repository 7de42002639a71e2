import { describe, expect, it } from 'vitest'
import { documentTitle } from '../../lib/title.ts'
import { exampleContent, exampleProps, exampleTree } from './examples.ts'
import { currentWalk, initialState, reduce, type ToolAction, type ToolState } from './logic.ts'
import { toolOrganisations, toolTree } from './props.ts'

const { tree } = exampleProps()
const run = (...actions: ToolAction[]): ToolState => actions.reduce((s, a) => reduce(tree, s, a), initialState(tree.start))
const at = (state: ToolState) => currentWalk(tree, state).current.id
const pick = (option: number): ToolAction[] => [{ type: 'select', option }, { type: 'submit' }]

describe('referral tool state', () => {
  it('keeps a choice only when it is sent', () => {
    const state = run({ type: 'select', option: 1 })
    expect(at(state)).toBe('gevaar')
    expect(state.answers).toEqual([])
    expect(at(run(...pick(1)))).toBe('wat-gebeurd')
  })

  it('shows an error when sent without a choice, and clears it with the next answer', () => {
    const error = run({ type: 'submit' })
    expect(error.error).toBe(true)
    expect(at(error)).toBe('gevaar')
    expect(reduce(tree, error, { type: 'select', option: 0 }).error).toBe(true)
    expect(run({ type: 'submit' }, ...pick(0)).error).toBe(false)
  })

  it('goes back one question with the old answer selected', () => {
    const state = run(...pick(1), ...pick(0), { type: 'back' })
    expect(at(state)).toBe('wat-gebeurd')
    expect(state.answers).toEqual([1])
    expect(state.selected).toBe(0)
  })

  it('changing an earlier answer returns to that question and drops every later answer', () => {
    const state = run(...pick(1), ...pick(0), ...pick(1), { type: 'change', step: 0 })
    expect(at(state)).toBe('gevaar')
    expect(state.answers).toEqual([])
    expect(state.selected).toBe(1)
  })

  it('starting again forgets everything, also on a page that started deeper in the tree', () => {
    const deep = reduce(tree, initialState('steun'), { type: 'select', option: 1 })
    const state = reduce(tree, reduce(tree, deep, { type: 'submit' }), { type: 'restart' })
    expect(state).toMatchObject({ from: 'gevaar', answers: [], selected: null, error: false })
  })

  it('ignores back and change when there is nothing to go back to', () => {
    const start = initialState(tree.start)
    expect(reduce(tree, start, { type: 'back' })).toBe(start)
    expect(reduce(tree, start, { type: 'change', step: 3 })).toBe(start)
  })

  it('counts every move, so focus moves on each step', () => {
    expect(run(...pick(1), { type: 'submit' }, { type: 'restart' }).moves).toBe(3)
  })
})

describe('step titles', () => {
  it('match the static pages (one documentTitle) and say when there is an error', () => {
    expect(documentTitle('Wat is er gebeurd?', 'helpers')).toBe('Wat is er gebeurd? | Voor de Helpers')
    expect(documentTitle('Wat is er gebeurd?', 'helpers', { error: true })).toBe('Fout: Wat is er gebeurd? | Voor de Helpers')
    expect(documentTitle('x'.repeat(80), 'helpers')).toBe(`${'x'.repeat(68)}…`)
  })
})

describe('island props', () => {
  it('resolve links to documents into site paths (href), not into the http(s)-only url field of the contract', () => {
    const outcome = toolTree(exampleTree, exampleContent()).nodes.find((n) => n.id === 'slachtofferhulp')
    if (outcome?.type !== 'outcome') throw new Error('fixture')
    const [paragraph] = outcome.body
    const link = paragraph?.type === 'paragraph' ? paragraph.children.find((n) => n.type === 'link') : undefined
    expect(link).toEqual({
      type: 'link',
      href: '/organisaties/#organisatie-slachtofferhulp',
      external: false,
      children: [{ type: 'text', text: 'alle organisaties' }],
    })
    expect(JSON.stringify(outcome)).not.toMatch(/"(ref|url)"/)
  })

  it('stop the build at a link to an organisation that is not published, naming it in Dutch', () => {
    const content = { ...exampleContent(), organisations: exampleContent().organisations.filter((o) => o.slug !== 'slachtofferhulp') }
    expect(() => toolTree(exampleTree, content)).toThrow('Een link werkt niet. Er is geen gepubliceerde organisatie "slachtofferhulp".')
  })

  it('carry only the organisations the tree refers to', () => {
    expect(toolOrganisations(exampleTree, exampleContent()).map((o) => o.slug)).toEqual(['slachtofferhulp', 'alarmnummer-112'])
  })
})
