import type { Platform } from '@hp/content-schemas'

/** The tool's own words. Helpers are addressed with "u", professionals with "je". */
export interface ToolCopy {
  next: string
  previous: string
  change: string
  /** Visually hidden after "Antwoord wijzigen", so each button says which question it changes. */
  changeWhich: string
  restart: string
  answers: string
  problem: string
  chooseAnswer: string
  errorPrefix: string
  /** Without JavaScript (or before the first answer) going back is the browser's job. */
  backHint: string
  whereTo: string
  whatToSay: string
  chatWith: string
  exampleData: string
  /** On the start page: `maxQuestions` is the longest route. */
  howLong: (maxQuestions: number) => string
  start: string
}

const shared = {
  next: 'Volgende',
  previous: 'Vorige vraag',
  change: 'Antwoord wijzigen',
  changeWhich: 'bij de vraag',
  restart: 'Opnieuw beginnen',
  problem: 'Er is een probleem',
  chooseAnswer: 'Kies een antwoord.',
  errorPrefix: 'Fout:',
  chatWith: 'Chat met',
  exampleData: 'Voorbeeldgegevens: de redactie controleert deze contactgegevens nog.',
  start: 'Start',
}

export const TOOL_COPY: Record<Platform, ToolCopy> = {
  helpers: {
    ...shared,
    answers: 'Uw antwoorden',
    backHint: 'Naar de vorige vraag? Gebruik de terugknop van uw browser.',
    whereTo: 'Hier kunt u terecht',
    whatToSay: 'Wat zegt u als u belt?',
    howLong: (n) => `U beantwoordt hooguit ${n} korte vragen. Uw antwoorden blijven op uw eigen apparaat.`,
  },
  professionals: {
    ...shared,
    answers: 'Je antwoorden',
    backHint: 'Naar de vorige vraag? Gebruik de terugknop van je browser.',
    whereTo: 'Hier kun je terecht',
    whatToSay: 'Wat zeg je als je belt?',
    howLong: (n) => `Je beantwoordt hooguit ${n} korte vragen. Je antwoorden blijven op je eigen apparaat.`,
  },
}
