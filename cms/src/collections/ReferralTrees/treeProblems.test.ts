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
  it('puts each graph problem on the key of the node it concerns, in Dutch, naming the node once', () => {
    const broken = tree('klaar', 'weg')
    expect(treeProblemsByField(broken, validateTree(broken))).toEqual([
      {
        path: 'nodes.0.key',
        message: 'Vraag "vraag": antwoord "Naar weg" gaat naar "weg", maar die bestaat niet. Kies een bestaande vraag of uitkomst.',
      },
    ])
  })

  it('puts a missing first question on the start field', () => {
    const broken = { ...tree('klaar', 'ander'), start: 'begin' }
    expect(treeProblemsByField(broken, validateTree(broken))).toEqual([
      {
        path: 'start',
        message: 'Vraag "begin": deze eerste vraag bestaat niet. Vul bij "Eerste vraag" de sleutel van een bestaande vraag in.',
      },
    ])
  })

  it('refuses the key "ga", which the site needs for the form that works without JavaScript', () => {
    expect(reservedIdProblems(tree('klaar', 'ga'))).toEqual([
      {
        path: 'nodes.2.key',
        message: 'Uitkomst "ga": de sleutel "ga" is al bezet door het formulier van de tool. Kies een andere sleutel.',
      },
    ])
    expect(reservedIdProblems(tree('klaar', 'gaan'))).toEqual([])
  })
})
