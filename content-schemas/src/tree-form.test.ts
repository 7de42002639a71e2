import { describe, expect, it } from 'vitest'
import { helpersTree, outcomeNode } from './tree.examples.ts'
import { ReservedNodeIdError, redirectLine, reservedNodeIds, treeFormAction, treeFormRedirects } from './tree-form.ts'
import { treeStepUrl } from './urls.ts'

const professionalsTree = { ...helpersTree, slug: 'professionals', platform: 'professionals' as const }

describe('referral tool URLs', () => {
  it('gives every step its own page under the tree, and one form target per tree', () => {
    expect(treeStepUrl('helpers', 'helpers', 'bel-112')).toBe('/voor-de-helpers/doorverwijstool/helpers/bel-112/')
    expect(treeFormAction('professionals', 'professionals')).toBe('/voor-professionals/doorverwijstool/professionals/ga/')
  })
})

describe('treeFormRedirects', () => {
  it('routes each tree’s form by the chosen next node, then falls back to the start page', () => {
    const lines = treeFormRedirects({ referralTrees: [helpersTree, professionalsTree] }).map(redirectLine)
    expect(lines).toEqual([
      '/voor-de-helpers/doorverwijstool/helpers/ga/ naar=:naar /voor-de-helpers/doorverwijstool/helpers/:naar/ 302',
      '/voor-de-helpers/doorverwijstool/helpers/ga/ /voor-de-helpers/doorverwijstool/helpers/ 302',
      '/voor-professionals/doorverwijstool/professionals/ga/ naar=:naar /voor-professionals/doorverwijstool/professionals/:naar/ 302',
      '/voor-professionals/doorverwijstool/professionals/ga/ /voor-professionals/doorverwijstool/professionals/ 302',
    ])
  })

  it('writes nothing without trees', () => {
    expect(treeFormRedirects({ referralTrees: [] })).toEqual([])
  })

  it('refuses a node named like the form route, naming tree and node', () => {
    const tree = { ...helpersTree, nodes: [...helpersTree.nodes, outcomeNode('ga')] }
    expect(reservedNodeIds(tree)).toEqual(['ga'])
    expect(reservedNodeIds(helpersTree)).toEqual([])
    expect(() => treeFormRedirects({ referralTrees: [tree] })).toThrow(ReservedNodeIdError)
    expect(() => treeFormRedirects({ referralTrees: [tree] })).toThrow(
      'Doorverwijstool "helpers": de sleutel "ga" is al bezet door het formulier van de tool. Kies een andere sleutel.',
    )
  })
})
