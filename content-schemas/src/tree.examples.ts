import { md } from './markdown.ts'
import type { OutcomeNode, QuestionNode, ReferralTree } from './referral-tree.ts'

/**
 * "Waar kan ik terecht?" for helpers: a small but realistic referral tree, shared by the tree,
 * reference and site tests. Every question leads, answer by answer, to an outcome.
 */
export const helpersTree: ReferralTree = {
  slug: 'helpers',
  title: 'Waar kan ik terecht?',
  summary: 'Beantwoord een paar vragen en zie waar u en de ander hulp kunnen krijgen.',
  platform: 'helpers',
  intro: md`U helpt iemand na een misdrijf of ongeval. Met een paar vragen ziet u waar u terecht kunt.`,
  start: 'is-er-gevaar',
  nodes: [
    {
      type: 'question',
      id: 'is-er-gevaar',
      question: 'Is er nu direct gevaar?',
      hint: 'Bijvoorbeeld: de dader is nog in de buurt, of iemand is gewond.',
      options: [
        { label: 'Ja', next: 'bel-112' },
        { label: 'Nee', next: 'wanneer-gebeurd' },
      ],
    },
    {
      type: 'question',
      id: 'wanneer-gebeurd',
      question: 'Wanneer is het gebeurd?',
      options: [
        { label: 'In de afgelopen week', next: 'aangifte-gedaan' },
        { label: 'Langer geleden', next: 'last-van-gevolgen' },
      ],
    },
    {
      type: 'question',
      id: 'aangifte-gedaan',
      question: 'Is er al aangifte gedaan bij de politie?',
      options: [
        { label: 'Ja', next: 'slachtofferhulp' },
        { label: 'Nee', next: 'aangifte-doen' },
        { label: 'Weet ik niet', next: 'slachtofferhulp' },
      ],
    },
    {
      type: 'question',
      id: 'last-van-gevolgen',
      question: 'Heeft de ander nog veel last van wat er is gebeurd?',
      options: [
        { label: 'Ja, elke dag', next: 'huisarts' },
        { label: 'Soms', next: 'slachtofferhulp' },
        { label: 'Nee', next: 'zelf-steunen' },
      ],
    },
    {
      type: 'outcome',
      id: 'bel-112',
      title: 'Bel 112',
      body: md`Is er direct gevaar? Bel dan meteen 112. Blijf bij de ander als dat veilig is.`,
      organisations: [],
      whatToSay: md`Zeg wie u bent, waar u bent en wat er gebeurt.`,
    },
    {
      type: 'outcome',
      id: 'aangifte-doen',
      title: 'Help bij het doen van aangifte',
      body: md`Aangifte doen kan op het politiebureau of online. U mag meegaan.`,
      organisations: ['politie-voorbeeld'],
      whatToSay: [],
    },
    {
      type: 'outcome',
      id: 'slachtofferhulp',
      title: 'Neem contact op met Slachtofferhulp',
      body: md`Slachtofferhulp helpt gratis. U kunt samen met de ander bellen.`,
      organisations: ['slachtofferhulp-voorbeeld'],
      whatToSay: md`Zeg dat u belt voor iemand anders, en wat er is gebeurd.`,
    },
    {
      type: 'outcome',
      id: 'huisarts',
      title: 'Ga samen naar de huisarts',
      body: md`Heeft de ander elke dag last? De huisarts kan helpen of doorverwijzen.`,
      organisations: ['huisartsenpost-voorbeeld', 'slachtofferhulp-voorbeeld'],
      whatToSay: [],
    },
    {
      type: 'outcome',
      id: 'zelf-steunen',
      title: 'U kunt zelf veel doen',
      body: md`Luister, vraag wat de ander nodig heeft en lees onze [tips](tips:luisteren-zonder-oordeel).`,
      organisations: [],
      whatToSay: [],
    },
  ],
}

/** A bare question node for graph tests: one answer per target, labelled "Antwoord 1", "Antwoord 2", … */
export function questionNode(id: string, ...next: string[]): QuestionNode {
  return { type: 'question', id, question: `Vraag ${id}?`, options: next.map((n, i) => ({ label: `Antwoord ${i + 1}`, next: n })) }
}

/** A bare outcome node for graph tests. */
export function outcomeNode(id: string): OutcomeNode {
  return { type: 'outcome', id, title: `Uitkomst ${id}`, body: md`Advies.`, organisations: [], whatToSay: [] }
}
