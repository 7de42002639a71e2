import type { Platform } from '@hp/content-schemas'

/**
 * The island's words, per platform: helpers are addressed with "u", professionals with "je".
 * Taalniveau B1: short sentences, everyday words.
 */
export type AssessmentCopy = {
  privacy: string
  noScript: string
  questionsHeading: string
  questionsHint: (count: number) => string
  submit: string
  errorTitle: string
  errorIntro: string
  errorMessage: string
  resultHeading: string
  printedOn: (date: string) => string
  whyHeading: string
  whyIntro: (scoreBand: string, band: string) => string
  yourAnswer: string
  attentionHeading: string
  /** Above the attention points, when at least one theme needs attention. */
  attentionIntro: string
  /** No theme needs attention and the result is the calmest band. */
  noAttention: string
  /** No theme needs attention, but the total gives a higher band: the points are spread over `themes`. */
  spreadOut: (themes: string) => string
  fineThemes: string
  relatedHeading: string
  overview: string
  adviceHeading: string
  adviceCall: string
  adviceChat: string
  print: string
  change: string
  restart: string
  nothingKept: string
}

const helpers: AssessmentCopy = {
  privacy: 'Uw antwoorden blijven op uw eigen apparaat. We bewaren en versturen niets.',
  noScript:
    'Voor de uitslag van deze scan is JavaScript nodig. Zonder JavaScript kunt u de vragen wel lezen. Zet JavaScript aan en laad de pagina opnieuw. Of bespreek de vragen met de advieslijn.',
  questionsHeading: 'De vragen',
  questionsHint: (count) => `Beantwoord alle ${count} vragen. Daarna ziet u uw uitslag.`,
  submit: 'Bekijk uw uitslag',
  errorTitle: 'Er ontbreken antwoorden',
  errorIntro: 'Beantwoord ook deze vragen:',
  errorMessage: 'Kies een antwoord.',
  resultHeading: 'Uw uitslag',
  printedOn: (date) => `Uitslag van ${date}`,
  whyHeading: 'Waarom deze uitslag?',
  whyIntro: (scoreBand, band) =>
    `Uw punten samen passen bij "${scoreBand}". Maar een antwoord vraagt om extra aandacht. Daarom is uw uitslag "${band}".`,
  yourAnswer: 'Uw antwoord',
  attentionHeading: 'Waar u op kunt letten',
  attentionIntro: 'Kijk eerst naar deze onderdelen:',
  noAttention: 'Er is geen onderdeel dat extra aandacht vraagt.',
  spreadOut: (themes) =>
    `Geen onderdeel springt eruit. Uw punten komen uit verschillende onderdelen: ${themes}. Kijk daarom naar het geheel.`,
  fineThemes: 'Geen aandachtspunt bij',
  relatedHeading: 'Lees verder',
  overview: 'Alle tips',
  adviceHeading: 'Praat erover met de advieslijn',
  adviceCall: 'Bel gratis en anoniem:',
  adviceChat: 'Chat met de advieslijn',
  print: 'Afdrukken of opslaan als PDF',
  change: 'Antwoorden aanpassen',
  restart: 'Opnieuw beginnen',
  nothingKept: 'Uw antwoorden zijn nergens opgeslagen. Sluit u deze pagina, dan zijn ze weg.',
}

const professionals: AssessmentCopy = {
  privacy: 'Je antwoorden blijven in je browser. We bewaren en versturen niets.',
  noScript:
    'Voor de uitslag van deze scan is JavaScript nodig. Zonder JavaScript kun je de vragen wel lezen. Zet JavaScript aan en laad de pagina opnieuw. Of bespreek de vragen met de advieslijn.',
  questionsHeading: 'De vragen',
  questionsHint: (count) => `Beantwoord alle ${count} vragen. Daarna zie je de uitslag.`,
  submit: 'Bekijk de uitslag',
  errorTitle: 'Er ontbreken antwoorden',
  errorIntro: 'Beantwoord ook deze vragen:',
  errorMessage: 'Kies een antwoord.',
  resultHeading: 'Uitslag',
  printedOn: (date) => `Uitslag van ${date}`,
  whyHeading: 'Waarom deze uitslag?',
  whyIntro: (scoreBand, band) =>
    `De punten samen passen bij "${scoreBand}". Maar een antwoord vraagt om directe aandacht. Daarom is de uitslag "${band}".`,
  yourAnswer: 'Je antwoord',
  attentionHeading: 'Aandachtspunten',
  attentionIntro: 'Begin bij deze onderdelen:',
  noAttention: 'Er is geen onderdeel dat extra aandacht vraagt.',
  spreadOut: (themes) =>
    `Geen onderdeel springt eruit. De punten komen uit verschillende onderdelen: ${themes}. Kies zelf de twee punten waar je mee begint.`,
  fineThemes: 'Geen aandachtspunt bij',
  relatedHeading: 'Verder lezen',
  overview: 'Alle stappenplannen per sector',
  adviceHeading: 'Overleg met de advieslijn',
  adviceCall: 'Bel gratis:',
  adviceChat: 'Chat met de advieslijn',
  print: 'Afdrukken of opslaan als PDF',
  change: 'Antwoorden aanpassen',
  restart: 'Opnieuw beginnen',
  nothingKept: 'Je antwoorden zijn nergens opgeslagen. Sluit je deze pagina, dan zijn ze weg.',
}

export const COPY: Record<Platform, AssessmentCopy> = { helpers, professionals }
