import { nextNode, type ReferralTree, ReferralTreeSchema, validateTree } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { referralTrees } from './referral-trees.ts'

/**
 * Node by node, as alphagov/smart-answers tests its flows (ADR 003): per question, where each
 * answer leads, in option order. The table is written out by hand, not derived from the data, so
 * a changed route fails here; the test names show the answer text, the assertions never do.
 */
const EXPECTED: Record<string, Record<string, string[]>> = {
  helpers: {
    'is-er-nu-gevaar': ['bel-112', 'gedachten-aan-zelfdoding'],
    'gedachten-aan-zelfdoding': ['bel-113', 'bel-113', 'wat-is-er-gebeurd'],
    'wat-is-er-gebeurd': ['veilig-thuis', 'wanneer-seksueel-geweld', 'geld-of-codes-gegeven', 'helpwanted', 'waar-zoekt-u-hulp-bij'],
    'wanneer-seksueel-geweld': ['centrum-seksueel-geweld', 'waar-zoekt-u-hulp-bij'],
    'geld-of-codes-gegeven': ['bel-de-bank', 'fraudehelpdesk'],
    'waar-zoekt-u-hulp-bij': ['slachtofferhulp', 'politie', 'ernstig-letsel', 'huisarts', 'steun-voor-uzelf'],
    'ernstig-letsel': ['schadefonds', 'juridisch-loket'],
  },
  professionals: {
    'acuut-gevaar': ['bel-112', 'signalen-van-suicidaliteit'],
    'signalen-van-suicidaliteit': ['overleg-met-113', 'geweld-in-afhankelijkheidsrelatie'],
    'geweld-in-afhankelijkheidsrelatie': ['veilig-thuis', 'soort-gebeurtenis'],
    'soort-gebeurtenis': ['seksueel-geweld-recent', 'fraude', 'helpwanted', 'nabestaanden-na-zelfdoding', 'wat-is-de-hulpvraag'],
    'seksueel-geweld-recent': ['centrum-seksueel-geweld', 'wat-is-de-hulpvraag'],
    'wat-is-de-hulpvraag': ['slachtofferhulp', 'huisarts', 'ernstig-letsel'],
    'ernstig-letsel': ['schadefonds', 'juridisch-loket'],
  },
}

/** The outcomes each demo tree must be able to reach. */
const OUTCOMES: Record<string, string[]> = {
  helpers: [
    'bel-112',
    'bel-113',
    'veilig-thuis',
    'centrum-seksueel-geweld',
    'bel-de-bank',
    'fraudehelpdesk',
    'helpwanted',
    'slachtofferhulp',
    'politie',
    'huisarts',
    'steun-voor-uzelf',
    'schadefonds',
    'juridisch-loket',
  ],
  professionals: [
    'bel-112',
    'overleg-met-113',
    'veilig-thuis',
    'centrum-seksueel-geweld',
    'fraude',
    'helpwanted',
    'nabestaanden-na-zelfdoding',
    'slachtofferhulp',
    'huisarts',
    'schadefonds',
    'juridisch-loket',
  ],
}

const START: Record<string, string> = { helpers: 'is-er-nu-gevaar', professionals: 'acuut-gevaar' }

const trees: ReferralTree[] = referralTrees.map((t) => ReferralTreeSchema.parse(t))

for (const tree of trees) {
  const expected = EXPECTED[tree.slug] ?? {}
  describe(`referral tree: ${tree.slug}`, () => {
    it(`starts at ${START[tree.slug]} and is a sound graph`, () => {
      expect(tree.start).toBe(START[tree.slug])
      expect(validateTree(tree)).toEqual([])
    })

    it('has exactly the questions and outcomes this test describes', () => {
      const questions = tree.nodes.filter((n) => n.type === 'question')
      expect(questions.map((q) => q.id).sort()).toEqual(Object.keys(expected).sort())
      expect(questions.map((q) => [q.id, q.options.length])).toEqual(questions.map((q) => [q.id, expected[q.id]?.length]))
      expect(
        tree.nodes
          .filter((n) => n.type === 'outcome')
          .map((n) => n.id)
          .sort(),
      ).toEqual([...(OUTCOMES[tree.slug] ?? [])].sort())
    })

    for (const [questionId, targets] of Object.entries(expected)) {
      describe(`question: ${questionId}`, () => {
        const node = tree.nodes.find((n) => n.id === questionId)
        const options = node?.type === 'question' ? node.options : []
        targets.forEach((target, index) => {
          it(`goes to ${target} for "${options[index]?.label ?? `answer ${index + 1}`}"`, () => {
            expect(nextNode(tree, questionId, index).id).toBe(target)
          })
        })
      })
    }
  })
}
