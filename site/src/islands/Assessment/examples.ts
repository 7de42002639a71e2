import {
  assessmentUrl,
  type LinkedBlock,
  type LinkedInline,
  organisationUrl,
  STEP_PLANS_BASE,
  stepPlanUrl,
  tipsBase,
  tipUrl,
} from '@hp/content-schemas'
import type { AssessmentProps } from './types.ts'

const text = (t: string): LinkedInline => ({ type: 'text', text: t })
const link = (href: string, t: string): LinkedInline => ({ type: 'link', href, external: false, children: [{ type: 'text', text: t }] })
const para = (...children: (string | LinkedInline)[]): LinkedBlock => ({
  type: 'paragraph',
  children: children.map((c) => (typeof c === 'string' ? text(c) : c)),
})
const often = [
  { label: 'Nooit', score: 0 },
  { label: 'Soms', score: 1 },
  { label: 'Vaak', score: 2 },
]
const adviceLine = {
  phone: '0900\u00a00101',
  telHref: 'tel:09000101',
  chatUrl: 'https://www.example.nl/chat',
  hours: 'Werkdagen 9.00 tot 17.00 uur',
}

/**
 * A self-scan for helpers. Max total 10: grenzen 6 (3 questions × 2), stress 4 (2 × 2).
 * Bands: laag 0–3, midden 4–6, hoog 7+. "Vaak" on "op" is a red flag that lifts the result to "hoog".
 */
export const helperScan: AssessmentProps = {
  assessment: {
    slug: 'zelfscan-voorbeeld',
    title: 'Hoe gaat het met u?',
    kind: 'zelfscan',
    platform: 'helpers',
    themes: [
      {
        id: 'grenzen',
        title: 'Uw grenzen',
        threshold: 4,
        attentionPoint: [para('Het is goed om ook nee te zeggen. Lees ', link(tipUrl('grenzen', ['helpers']), 'Uw grenzen aangeven'), '.')],
      },
      { id: 'stress', title: 'Stress', threshold: 3, attentionPoint: [para('Praat eens met iemand over hoe het met u gaat.')] },
    ],
    questions: [
      { id: 'altijd-bereikbaar', theme: 'grenzen', text: 'Ik ben altijd bereikbaar voor de ander.', options: often },
      { id: 'eigen-afspraken', theme: 'grenzen', text: 'Ik zeg eigen afspraken af om te helpen.', options: often },
      { id: 'schuldig', theme: 'grenzen', text: 'Ik voel me schuldig als ik tijd voor mezelf neem.', options: often },
      { id: 'slaap', theme: 'stress', text: 'Ik slaap slecht.', options: often },
      {
        id: 'op',
        theme: 'stress',
        text: 'Ik voel me helemaal op.',
        options: [
          { label: 'Nooit', score: 0 },
          { label: 'Soms', score: 1 },
          { label: 'Vaak', score: 2, redFlagBand: 'hoog' },
        ],
      },
    ],
    bands: [
      { id: 'laag', min: 0, title: 'Het gaat goed', advice: [para('U let goed op uzelf. Blijf dat doen.')] },
      { id: 'midden', min: 4, title: 'Let op uzelf', advice: [para('Helpen kost u energie. Neem ook rust.')] },
      {
        id: 'hoog',
        min: 7,
        title: 'Zorg nu voor uzelf',
        advice: [
          para('Vraag hulp voor uzelf.'),
          {
            type: 'list',
            ordered: false,
            items: [[text('Bel de advieslijn.')], [link(organisationUrl('huisarts'), 'Ga naar de huisarts')]],
          },
        ],
      },
    ],
  },
  related: [
    { href: tipUrl('grenzen', ['helpers']), title: 'Uw grenzen aangeven', label: 'Tip · Grenzen aangeven' },
    { href: tipUrl('stress', ['helpers']), title: 'Stress herkennen', label: 'Tip · Stress' },
  ],
  overviewHref: tipsBase('helpers'),
  adviceLine,
}

/** A quickscan for professionals: two themes, one red-flag question; no chat on the advice line. */
export const quickscan: AssessmentProps = {
  assessment: {
    slug: 'quickscan-voorbeeld',
    title: 'Hoe staat jouw organisatie ervoor?',
    kind: 'quickscan',
    platform: 'professionals',
    themes: [
      { id: 'beleid', title: 'Beleid', threshold: 10, attentionPoint: [para('Zorg voor een gedragscode die iedereen kent.')] },
      { id: 'melden', title: 'Melden', threshold: 10, attentionPoint: [para('Zorg voor een vertrouwenspersoon.')] },
    ],
    questions: [
      { id: 'gedragscode', theme: 'beleid', text: 'Is er een gedragscode?', options: yesNo() },
      { id: 'vertrouwenspersoon', theme: 'melden', text: 'Is er een vertrouwenspersoon?', options: yesNo() },
      {
        id: 'melding-blijft-liggen',
        theme: 'melden',
        text: 'Is er een melding die niet is opgepakt?',
        options: [
          { label: 'Nee', score: 0 },
          { label: 'Ja', score: 10, redFlagBand: 'actie' },
        ],
      },
    ],
    bands: [
      { id: 'goed', min: 0, title: 'Goed op weg', advice: [para('De basis staat.')] },
      { id: 'aandacht', min: 15, title: 'Aandacht nodig', advice: [para('Kies twee punten en maak een plan.')] },
      { id: 'actie', min: 25, title: 'Er is nu actie nodig', advice: [para('Pak de melding deze week op.')] },
    ],
  },
  related: [
    {
      href: stepPlanUrl('sportclub'),
      title: 'Grensoverschrijdend gedrag in de sportclub',
      label: 'Stappenplan · Sport',
    },
  ],
  overviewHref: STEP_PLANS_BASE,
  adviceLine: { phone: adviceLine.phone, telHref: adviceLine.telHref, hours: adviceLine.hours },
}

function yesNo() {
  return [
    { label: 'Ja', score: 0 },
    { label: 'Nee', score: 10 },
  ]
}

/** Answer sets for the examples (option index per question id) and the band each one gives. */
export const exampleAnswers = {
  /** helperScan: total 2, band "laag"; no attention points. */
  calm: { 'altijd-bereikbaar': 0, 'eigen-afspraken': 1, schuldig: 0, slaap: 1, op: 0 },
  /** helperScan: total 5, band "midden"; attention on "grenzen" (4 ≥ 4), not on "stress" (1 < 3). */
  busy: { 'altijd-bereikbaar': 2, 'eigen-afspraken': 1, schuldig: 1, slaap: 1, op: 0 },
  /** helperScan: total 2, lifted from "laag" to "hoog" by "Vaak" on "op". */
  redFlag: { 'altijd-bereikbaar': 0, 'eigen-afspraken': 0, schuldig: 0, slaap: 0, op: 2 },
  /** quickscan: total 10, lifted from "goed" to "actie" by the unhandled report. */
  quickscanRedFlag: { gedragscode: 0, vertrouwenspersoon: 0, 'melding-blijft-liggen': 1 },
} satisfies Record<string, Record<string, number>>

/**
 * Runs through the three demo assessments (cms/src/seed/data/assessments.ts) for the browser tests:
 * the option to pick for each question (`pick`, by question id) or else `otherwise`. The expected
 * band is computed from the exported content with `scoreAssessment`, so no copy is asserted.
 */
export const demoRuns: { path: string; slug: string; otherwise: number; pick?: Record<string, number> }[] = [
  { path: assessmentUrl('helpers', 'zelfscan-tijdsbesteding'), slug: 'zelfscan-tijdsbesteding', otherwise: 2 },
  { path: assessmentUrl('helpers', 'test-oordeelloos-luisteren'), slug: 'test-oordeelloos-luisteren', otherwise: 1 },
  // All "Ja" (0 points) except one red flag: the total says "op koers", the red flag lifts it.
  {
    path: assessmentUrl('professionals', 'quickscan-grensoverschrijdend-gedrag'),
    slug: 'quickscan-grensoverschrijdend-gedrag',
    otherwise: 0,
    pick: { 'lopende-situatie': 2 },
  },
]
