import { checklistUrl, md, type SiteContentInput, tipUrl } from '@hp/content-schemas'

/**
 * A small bundle for the search unit tests: two offences with search terms, one checklist, one
 * tip, one step plan. Parse it with `SiteContentSchema` so it stays valid.
 */
export const searchContentExample: SiteContentInput = {
  version: 1,
  generatedAt: '2026-11-29T12:00:00.000Z',
  settings: {
    organisationName: 'Slachtofferhulp Voorbeeld',
    adviceLine: { phone: '0900 0101', hours: 'Elke werkdag', exampleData: true },
    quickExitUrl: 'https://www.google.nl/',
    navigation: {},
    searchSynonyms: [{ word: 'Opgelicht', alternatives: ['oplichting', 'nepbank'] }],
  },
  externalServices: [],
  offences: [
    { slug: 'woninginbraak', name: 'Woninginbraak', summary: 'Er is ingebroken.', searchTerms: ['diefstal thuis', 'inbraak'], order: 2 },
    {
      slug: 'fraude',
      name: 'Fraude',
      summary: 'Iemand is opgelicht.',
      searchTerms: ['oplichting', 'Phishing', 'WhatsApp-fraude', 'geld  kwijt'],
      order: 1,
    },
  ],
  checklists: [
    {
      slug: 'fraude',
      offence: 'fraude',
      title: 'Check wat u kunt doen bij fraude',
      summary: 'Wat u kunt doen als iemand is opgelicht.',
      intro: md`Zo kunt u helpen.`,
      sections: [{ title: 'De eerste dagen', items: [{ id: 'bel-de-bank', title: 'Bel de bank', body: md`Samen bellen.` }] }],
    },
  ],
  tips: [
    {
      slug: 'luisteren',
      title: 'Luister zonder te oordelen',
      summary: 'Luisteren helpt.',
      theme: 'reageren',
      platforms: ['helpers'],
      offences: ['woninginbraak'],
      body: md`Laat de ander vertellen.`,
    },
  ],
  videos: [],
  stepPlans: [
    {
      slug: 'nazorg-bij-suicide-op-school',
      title: 'Nazorg bij suïcide op school',
      summary: 'Wat je doet na een suïcide.',
      sectors: ['onderwijs'],
      phases: [{ phase: 'nazorg', steps: [{ id: 'informeer', title: 'Informeer het team', body: md`Dezelfde dag.` }] }],
    },
  ],
  signals: [],
  organisations: [],
  referralTrees: [],
  assessments: [],
  newsletterIssues: [],
  pages: [],
}

/** What a visitor types and the page that must come first; the browser check and e2e suite use these with the seed content. */
export const searchRankingExamples = [
  { query: 'oplichting', first: checklistUrl('fraude') },
  { query: 'phishing', first: checklistUrl('fraude') },
  { query: 'inbraak', first: checklistUrl('woninginbraak') },
  { query: 'ongeluk', first: checklistUrl('verkeersongeval') },
] as const

/** A misspelling and the "Bedoelde u …?" suggestion it must get with the seed content, and the page following it finds first. */
export const searchSuggestionExamples = [
  { query: 'oplichtnig', suggestion: 'oplichting', first: checklistUrl('fraude') },
  { query: 'stalkng', suggestion: 'stalking', first: checklistUrl('stalking') },
] as const

/** Sentences people type (issue 12) and the checklist that must be in the top 3 with the seed content. */
export const searchSentenceExamples = [
  { query: 'mijn zus is beroofd', top3: checklistUrl('overval-of-beroving') },
  { query: 'mijn zus is overvallen', top3: checklistUrl('overval-of-beroving') },
  { query: 'hoe help ik iemand na een overval', top3: checklistUrl('overval-of-beroving') },
  { query: 'mijn vader is aangereden', top3: checklistUrl('verkeersongeval') },
  // Only the site-wide synonyms (CMS → export → page) link this word to the checklist.
  { query: 'mijn oom is verongelukt', top3: checklistUrl('verkeersongeval') },
  // Only the tip's own search terms (metadata, not on the page) hold "puber".
  { query: 'mijn puber heeft iets ergs meegemaakt', top3: tipUrl('een-kind-helpen', ['helpers']) },
] as const

/** Correctly spelled queries that once got a nonsense "Bedoelde u …?" (issue 12): they must get none. */
export const searchNoSuggestionExamples = [
  'hoe help ik iemand na een overval',
  'mijn vader is aangereden',
  'mijn vaker is aangereden',
  'wat moet ik zeggen',
  'steungroep starten',
  // A plural pagefind finds by stemming ("inbraak"): not "inbreker".
  'inbraken',
] as const
