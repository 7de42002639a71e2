import { seedStep } from '../step.ts'
import type { SeedOrganisation } from './types.ts'
import { DRAFT_MARKER } from './types.ts'

/** Organisations helpers and professionals are referred to (the referral tool and rich-text links use these slugs). */
export const organisations: SeedOrganisation[] = [
  {
    slug: 'slachtofferhulp',
    name: 'Slachtofferhulp Nederland',
    description:
      'Gratis hulp voor slachtoffers, nabestaanden en hun naasten na een misdrijf, verkeersongeval of ramp. Praktisch, juridisch en bij wat het met iemand doet.',
    phone: '0900 0101',
    chatUrl: 'https://www.slachtofferhulp.nl/chat/',
    url: 'https://www.slachtofferhulp.nl/',
    hours: 'Maandag tot en met vrijdag 8.00 tot 20.00 uur, zaterdag 10.00 tot 17.00 uur',
    exampleData: true,
  },
  {
    slug: 'politie',
    name: 'Politie',
    description: 'Voor aangifte, een melding of een vraag aan de politie als er geen spoed is. Bij spoed: bel altijd 112.',
    phone: '0900 8844',
    url: 'https://www.politie.nl/',
    hours: 'Dag en nacht bereikbaar',
    exampleData: true,
  },
  {
    slug: 'alarmnummer-112',
    name: 'Alarmnummer 112',
    description:
      'Bel 112 bij direct gevaar, als iemand ernstig gewond is of bij een misdrijf dat nu gebeurt. Dan komen politie, ambulance of brandweer.',
    phone: '112',
    url: 'https://www.112.nl/',
    hours: 'Dag en nacht, ook in het weekend',
    exampleData: true,
  },
  {
    slug: 'veilig-thuis',
    name: 'Veilig Thuis',
    description:
      'Advies- en meldpunt bij huiselijk geweld, ouderenmishandeling en kindermishandeling. Voor slachtoffers, familie, buren en professionals. Anoniem bellen kan ook.',
    phone: '0800 2000',
    chatUrl: 'https://veiligthuis.nl/chat/',
    url: 'https://veiligthuis.nl/',
    hours: 'Dag en nacht, gratis',
    exampleData: true,
  },
  {
    slug: 'centrum-seksueel-geweld',
    name: 'Centrum Seksueel Geweld',
    description:
      'Hulp na seksueel geweld: medisch, psychisch en het vastleggen van sporen, op één plek. Het best binnen zeven dagen, maar bellen kan ook later.',
    phone: '0800 0188',
    chatUrl: 'https://centrumseksueelgeweld.nl/chat/',
    url: 'https://centrumseksueelgeweld.nl/',
    hours: 'Dag en nacht, gratis',
    exampleData: true,
  },
  {
    slug: '113-zelfmoordpreventie',
    name: '113 Zelfmoordpreventie',
    description: 'Anoniem praten bij gedachten aan zelfdoding, of bij zorgen om een ander. Ook steun voor nabestaanden na zelfdoding.',
    phone: '0800 0113',
    chatUrl: 'https://www.113.nl/chat/',
    url: 'https://www.113.nl/',
    hours: 'Dag en nacht, gratis',
    exampleData: true,
  },
  {
    slug: 'fraudehelpdesk',
    name: 'Fraudehelpdesk',
    description: 'Meldpunt en advies bij fraude en oplichting. Zij vertellen wat er nog kan en waarschuwen anderen voor nieuwe trucs.',
    phone: '088 786 73 72',
    url: 'https://www.fraudehelpdesk.nl/',
    hours: 'Maandag tot en met vrijdag, 9.00 tot 17.00 uur',
    exampleData: true,
  },
  {
    slug: 'juridisch-loket',
    name: 'Het Juridisch Loket',
    description:
      'Gratis juridisch advies bij vragen over rechten, als niet duidelijk is waar te beginnen. Zij verwijzen zo nodig door naar een advocaat.',
    phone: '0900 8020',
    url: 'https://www.juridischloket.nl/',
    hours: 'Maandag tot en met vrijdag, 9.00 tot 17.00 uur',
    exampleData: true,
  },
  {
    slug: 'schadefonds-geweldsmisdrijven',
    name: 'Schadefonds Geweldsmisdrijven',
    description:
      'Geeft een eenmalig bedrag aan mensen met ernstig letsel door een geweldsmisdrijf, en aan nabestaanden. Ook als de dader niet is gevonden.',
    phone: '070 414 20 00',
    url: 'https://www.schadefonds.nl/',
    hours: 'Maandag tot en met vrijdag, 9.00 tot 17.00 uur',
    exampleData: true,
  },
  {
    slug: 'mind-korrelatie',
    name: 'MIND Korrelatie',
    description: 'Anonieme hulplijn voor vragen over psychische problemen en zware gevoelens. Over de beller zelf of over iemand anders.',
    phone: '0900 1450',
    chatUrl: 'https://mindkorrelatie.nl/chat/',
    url: 'https://mindkorrelatie.nl/',
    hours: 'Maandag tot en met vrijdag, 9.00 tot 18.00 uur',
    exampleData: true,
  },
  {
    slug: 'helpwanted',
    name: 'Helpwanted',
    description:
      'Hulp bij online seksueel misbruik, zoals sextortion en gedeelde naaktbeelden. Anoniem en gratis, ook voor ouders en professionals.',
    phone: '020 261 52 75',
    chatUrl: 'https://www.helpwanted.nl/chat/',
    url: 'https://www.helpwanted.nl/',
    hours: 'Maandag tot en met vrijdag, 9.00 tot 17.00 uur',
    exampleData: true,
  },
  {
    slug: 'huisarts',
    name: 'Huisarts / huisartsenpost',
    description:
      'De huisarts helpt bij lichamelijke en psychische klachten en verwijst zo nodig door. Buiten kantoortijd: de huisartsenpost in de regio.',
    url: 'https://www.thuisarts.nl/',
    hours: 'Huisarts op werkdagen overdag; huisartsenpost in de avond, de nacht en het weekend',
    exampleData: true,
  },
]

/** Draft-only organisation: must never reach the built site. */
export const draftOrganisations: SeedOrganisation[] = [
  {
    slug: 'concept-organisatie',
    name: `Concept-organisatie ${DRAFT_MARKER}`,
    description: `Deze organisatie is nog niet gecontroleerd. ${DRAFT_MARKER}`,
    phone: '0900 0000',
    exampleData: true,
  },
]

/** How the seed creates them (seed/step.ts); linked types first. */
export const seed = seedStep({
  after: [],
  published: organisations,
  drafts: draftOrganisations,
  toData: (d) => d,
})
