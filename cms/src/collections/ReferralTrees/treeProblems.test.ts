import { md, type ReferralTree, validateTree } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { reservedIdProblems, treeProblemsByField } from './treeProblems.ts'

const tree = (...ids: string[]): ReferralTree => ({
  slug: 'boom',
  title: 'Boom',
  summary: 'Een boom.',
  platform: 'helpers',
  intro: md`Intro.`,
  start: 'vraag',
  nodes: [
    { type: 'question', id: 'vraag', question: 'Vraag?', options: ids.map((next) => ({ label: `Naar ${next}`, next })) },
    ...ids
      .filter((id) => id !== 'weg')
      .map((id) => ({ type: 'outcome' as const, id, title: id, body: md`Advies.`, organisations: [], whatToSay: [] })),
  ],
})

describe('tree problems in the CMS', () => {
  it('puts each graph problem on the key of the node it concerns', () => {
    const broken = tree('klaar', 'weg')
    expect(treeProblemsByField(broken, validateTree(broken))).toEqual([
      { path: 'nodes.0.key', message: expect.stringContaining('goes to "weg"') },
    ])
  })

  it('refuses the key "ga", which the site needs for the form that works without JavaScript', () => {
    expect(reservedIdProblems(tree('klaar', 'ga'))).toEqual([{ path: 'nodes.2.key', message: expect.stringContaining('"ga" is reserved') }])
    expect(reservedIdProblems(tree('klaar', 'gaan'))).toEqual([])
  })
})
