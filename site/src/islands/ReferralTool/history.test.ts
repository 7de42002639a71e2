import { allPaths } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { exampleProps } from './examples.ts'
import { nodeAtPath, routeFromAddress, stepAddress } from './history.ts'
import { initialState, reduce } from './logic.ts'

const { tree } = exampleProps()
const BASE = '/voor-de-helpers/doorverwijstool/helpers/'
const fromAddress = (address: string, fallback = tree.start) => {
  const url = new URL(address, 'https://voorbeeld.nl')
  return routeFromAddress(tree, url.pathname, url.search, fallback)
}

describe('step addresses', () => {
  it('are the no-JS page of the node shown, with the answers in the query', () => {
    expect(stepAddress(tree, { from: 'gevaar', answers: [] })).toBe(`${BASE}gevaar/`)
    expect(stepAddress(tree, { from: 'gevaar', answers: [1] })).toBe(`${BASE}wat-gebeurd/?antwoorden=1`)
    expect(stepAddress(tree, { from: 'gevaar', answers: [1, 0, 1] })).toBe(`${BASE}zelfzorg/?antwoorden=1.0.1`)
  })

  it('name where the route starts only when it is not the first question', () => {
    expect(stepAddress(tree, { from: 'wat-gebeurd', answers: [] })).toBe(`${BASE}wat-gebeurd/`)
    expect(stepAddress(tree, { from: 'wat-gebeurd', answers: [0] })).toBe(`${BASE}steun/?vanaf=wat-gebeurd&antwoorden=0`)
  })

  it('give back the same route, for every route through the tree and every step on it', () => {
    for (const route of allPaths(tree)) {
      for (let n = 0; n <= route.answers.length; n++) {
        const answers = route.answers.slice(0, n)
        expect(fromAddress(stepAddress(tree, { from: tree.start, answers }))).toEqual({ from: tree.start, answers })
      }
    }
  })

  it('tell apart two routes to the same node', () => {
    // "Oplichting" and "Iets anders" both lead to the same outcome.
    const a = stepAddress(tree, { from: 'gevaar', answers: [1, 1] })
    const b = stepAddress(tree, { from: 'gevaar', answers: [1, 2] })
    expect(new URL(a, 'https://x').pathname).toBe(new URL(b, 'https://x').pathname)
    expect(fromAddress(a).answers).toEqual([1, 1])
    expect(fromAddress(b).answers).toEqual([1, 2])
  })
})

describe('reading an address', () => {
  it('finds the node from the path, only inside this tree', () => {
    expect(nodeAtPath(tree, `${BASE}steun/`)).toBe('steun')
    expect(nodeAtPath(tree, BASE)).toBeUndefined()
    expect(nodeAtPath(tree, `${BASE}bestaat-niet/`)).toBeUndefined()
    expect(nodeAtPath(tree, '/voor-professionals/doorverwijstool/professionals/steun/')).toBeUndefined()
  })

  it('ignores a query that does not lead to the node in the path, and shows that node without answers', () => {
    expect(fromAddress(`${BASE}steun/?antwoorden=0`)).toEqual({ from: 'steun', answers: [] })
    expect(fromAddress(`${BASE}steun/?antwoorden=1.9`)).toEqual({ from: 'steun', answers: [] })
    expect(fromAddress(`${BASE}steun/?antwoorden=abc`)).toEqual({ from: 'steun', answers: [] })
    expect(fromAddress(`${BASE}steun/?antwoorden=`)).toEqual({ from: 'steun', answers: [] })
    expect(fromAddress(`${BASE}steun/?vanaf=bestaat-niet&antwoorden=0`)).toEqual({ from: 'steun', answers: [] })
    expect(fromAddress(`${BASE}steun/`)).toEqual({ from: 'steun', answers: [] })
    // A path outside the tree: the page's own node.
    expect(fromAddress('/elders/', 'wat-gebeurd')).toEqual({ from: 'wat-gebeurd', answers: [] })
  })
})

describe('following the address (Back, Forward, reload)', () => {
  it('shows the route of the address; going back keeps the later answer selected', () => {
    let state = initialState(tree.start)
    for (const option of [1, 0]) {
      state = reduce(tree, state, { type: 'select', option })
      state = reduce(tree, state, { type: 'submit' })
    }
    const back = reduce(tree, state, { type: 'restore', from: 'gevaar', answers: [1] })
    expect(back).toMatchObject({ answers: [1], selected: 0, error: false, moves: state.moves + 1 })
    const forward = reduce(tree, back, { type: 'restore', from: 'gevaar', answers: [1, 0] })
    expect(forward).toMatchObject({ answers: [1, 0], selected: null })
  })

  it('on load, moves nothing (focus and title stay as the page has them)', () => {
    const loaded = reduce(tree, initialState('steun'), { type: 'restore', from: 'gevaar', answers: [1, 0], initial: true })
    expect(loaded).toMatchObject({ from: 'gevaar', answers: [1, 0], moves: 0 })
  })
})
