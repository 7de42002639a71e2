import type { Assessment } from './assessment.ts'
import { md } from './markdown.ts'

/**
 * A self-scan for helpers: how is it going with you? Two themes, five questions, three bands;
 * one answer is a red flag that lifts the result to the highest band.
 * Max total 10: grenzen 6 (3 questions × 2), stress 4 (2 questions × 2).
 */
export const zelfscanHelper: Assessment = {
  slug: 'zelfscan-hoe-gaat-het-met-u',
  title: 'Hoe gaat het met u?',
  summary: 'Helpen kost energie. Kijk in een paar minuten hoe het met u gaat.',
  kind: 'zelfscan',
  platform: 'helpers',
  intro: md`Lees elke zin. Kies wat het best bij u past. Er zijn geen goede of foute antwoorden.`,
  themes: [
    { id: 'grenzen', title: 'Uw grenzen', threshold: 4, attentionPoint: md`Het is goed om ook nee te zeggen.` },
    { id: 'stress', title: 'Stress', threshold: 3, attentionPoint: md`Praat eens met iemand over hoe het met u gaat.` },
  ],
  questions: [
    { id: 'altijd-bereikbaar', theme: 'grenzen', text: 'Ik ben altijd bereikbaar voor de ander.', options: opts() },
    { id: 'eigen-afspraken', theme: 'grenzen', text: 'Ik zeg eigen afspraken af om te helpen.', options: opts() },
    { id: 'schuldig', theme: 'grenzen', text: 'Ik voel me schuldig als ik tijd voor mezelf neem.', options: opts() },
    { id: 'slaap', theme: 'stress', text: 'Ik slaap slecht.', options: opts() },
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
    { id: 'laag', min: 0, title: 'Het gaat goed', advice: md`U let goed op uzelf. Blijf dat doen.` },
    { id: 'midden', min: 4, title: 'Let op uzelf', advice: md`Helpen kost u energie. Neem ook rust.` },
    { id: 'hoog', min: 7, title: 'Zorg nu voor uzelf', advice: md`Vraag hulp voor uzelf, bijvoorbeeld bij de huisarts.` },
  ],
}

function opts(): Assessment['questions'][number]['options'] {
  return [
    { label: 'Nooit', score: 0 },
    { label: 'Soms', score: 1 },
    { label: 'Vaak', score: 2 },
  ]
}
