import { md, type ReferralTree, type SiteContent, SiteContentSchema, treeUrl } from '@hp/content-schemas'
import type { ReferralToolProps } from './logic.ts'
import { referralToolProps } from './props.ts'

/**
 * Fixtures for the referral tool's tests. `exampleTree` is small but has every case the tool
 * renders: a hint, two answers to the same next node, an outcome with organisations (phone with
 * spaces, chat, website, hours, a link to a document) and one without "what to say".
 */
export const exampleTree: ReferralTree = {
  slug: 'helpers',
  title: 'Waar kan ik terecht?',
  summary: 'Een paar vragen, en u ziet waar u terechtkunt.',
  platform: 'helpers',
  intro: md`Met een paar vragen ziet u waar u terechtkunt.`,
  start: 'gevaar',
  nodes: [
    {
      type: 'question',
      id: 'gevaar',
      question: 'Is er nu direct gevaar?',
      hint: 'Bijvoorbeeld: iemand is gewond.',
      options: [
        { label: 'Ja', next: 'bel-112' },
        { label: 'Nee', next: 'wat-gebeurd' },
      ],
    },
    {
      type: 'question',
      id: 'wat-gebeurd',
      question: 'Wat is er gebeurd?',
      options: [
        { label: 'Inbraak', next: 'steun' },
        { label: 'Oplichting', next: 'slachtofferhulp' },
        { label: 'Iets anders', next: 'slachtofferhulp' },
      ],
    },
    {
      type: 'question',
      id: 'steun',
      question: 'Wie zoekt er steun?',
      options: [
        { label: 'Het slachtoffer', next: 'slachtofferhulp' },
        { label: 'Ik, als helper', next: 'zelfzorg' },
      ],
    },
    {
      type: 'outcome',
      id: 'bel-112',
      title: 'Bel nu 112',
      body: md`Er is direct gevaar. Bel meteen 112.`,
      organisations: ['alarmnummer-112'],
      whatToSay: md`
        - Zeg waar u bent.
        - Zeg wat er gebeurt.
      `,
    },
    {
      type: 'outcome',
      id: 'slachtofferhulp',
      title: 'Bel Slachtofferhulp',
      body: md`Slachtofferhulp helpt gratis. Zie ook [alle organisaties](organisations:slachtofferhulp).`,
      organisations: ['slachtofferhulp'],
      whatToSay: md`Zeg dat u belt voor iemand anders.`,
    },
    {
      type: 'outcome',
      id: 'zelfzorg',
      title: 'Zorg ook voor uzelf',
      body: md`Helpen is zwaar. U mag ook zelf steun zoeken.`,
      organisations: [],
      whatToSay: [],
    },
  ],
}

/** The same tree on the professionals platform (addressed with "je"). */
export const exampleProfessionalsTree: ReferralTree = { ...exampleTree, slug: 'professionals', platform: 'professionals' }

/** A bundle with just the trees and their organisations, parsed like the site build parses it. */
export function exampleContent(): SiteContent {
  return SiteContentSchema.parse({
    version: 1,
    generatedAt: '2026-11-29T12:00:00.000Z',
    settings: {
      organisationName: 'Slachtofferhulp Voorbeeld',
      adviceLine: { phone: '0900 0101', hours: 'Elke werkdag', exampleData: true },
      quickExitUrl: 'https://www.google.nl/',
      navigation: {},
    },
    offences: [],
    checklists: [],
    tips: [],
    videos: [],
    stepPlans: [],
    signals: [],
    organisations: [
      {
        slug: 'slachtofferhulp',
        name: 'Slachtofferhulp Nederland',
        description: 'Gratis hulp na een misdrijf of ongeluk.',
        phone: '0900 0101',
        chatUrl: 'https://www.slachtofferhulp.nl/chat/',
        url: 'https://www.slachtofferhulp.nl/',
        hours: 'Maandag tot en met vrijdag, 8.00 tot 20.00 uur',
        exampleData: true,
      },
      { slug: 'alarmnummer-112', name: 'Alarmnummer 112', description: 'Bij direct gevaar.', phone: '112', exampleData: false },
      { slug: 'niet-gebruikt', name: 'Niet in de boom', description: 'Wordt nergens genoemd.', exampleData: false },
    ],
    referralTrees: [exampleTree, exampleProfessionalsTree],
    assessments: [],
    newsletterIssues: [],
    pages: [],
  })
}

/** Props as a step page makes them; `at` defaults to the first question. */
export const exampleProps = (at = exampleTree.start, tree = exampleTree): ReferralToolProps => referralToolProps(tree, exampleContent(), at)

/**
 * Routes through the demo trees (cms/src/seed/data/referral-trees.ts) for the browser tests:
 * per question its id and the answer to choose, then the outcome reached.
 */
export const demoRoutes = {
  helpers: {
    url: treeUrl('helpers', 'helpers'),
    steps: [
      { id: 'is-er-nu-gevaar', question: 'Is er nu direct gevaar voor iemand?', answer: 'Nee, er is nu geen direct gevaar' },
      { id: 'gedachten-aan-zelfdoding', question: 'Praat de persoon over de dood of over niet meer willen leven?', answer: 'Nee' },
      { id: 'wat-is-er-gebeurd', question: 'Wat is er gebeurd?', answer: 'Oplichting of fraude' },
      { id: 'geld-of-codes-gegeven', question: 'Is er geld overgemaakt, of zijn er inloggegevens of codes gegeven?', answer: 'Ja' },
    ],
    outcome: { id: 'bel-de-bank', title: 'Bel direct de bank' },
  },
  professionals: {
    url: treeUrl('professionals', 'professionals'),
    steps: [
      { id: 'acuut-gevaar', question: 'Is er nu acuut gevaar voor de persoon of voor anderen?', answer: 'Nee' },
      { id: 'signalen-van-suicidaliteit', question: 'Zijn er signalen van suïcidale gedachten?', answer: 'Nee' },
      {
        id: 'geweld-in-afhankelijkheidsrelatie',
        question: 'Gaat het om geweld, misbruik of uitbuiting in het gezin of in een afhankelijkheidsrelatie?',
        answer: 'Nee',
      },
      { id: 'soort-gebeurtenis', question: 'Om wat voor gebeurtenis gaat het?', answer: 'Fraude of oplichting' },
    ],
    outcome: { id: 'fraude', title: 'Beperk de schade en verwijs naar de Fraudehelpdesk' },
  },
} as const
