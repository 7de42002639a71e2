import { md } from '@hp/content-schemas'
import { seedStep } from '../step.ts'
import { DRAFT_MARKER, type SeedNewsletterIssue } from './types.ts'

export const newsletterIssues: SeedNewsletterIssue[] = [
  {
    slug: '1',
    number: 1,
    title: 'Nieuwsbrief mei: praten met leerlingen na een schokkende gebeurtenis',
    date: '2026-05-14',
    intro: md`
      Welkom bij de eerste nieuwsbrief Voor Professionals. Zes keer per jaar krijg je praktische kennis voor je werk met slachtoffers en hun naasten.

      Deze keer gaat het over scholen. Een leerling die iets ergs vertelt, of een overlijden door suïcide: daar wil je op voorbereid zijn. Je vindt een nieuw stappenplan, een voorbeeldgesprek en onze doorverwijstool.
    `,
    items: [
      {
        title: 'Nieuw stappenplan: Nazorg bij suïcide op school',
        summary:
          'Wat doe je in de eerste uren, wie informeer je eerst en hoe houd je kwetsbare leerlingen in beeld? Een stappenplan voor preventie, de acute fase en nazorg.',
        ref: { collection: 'step-plans', slug: 'nazorg-bij-suicide-op-school' },
      },
      {
        title: 'Een leerling vertelt iets ergs: zo reageer je',
        summary: 'Blijf rustig, geloof de leerling en beloof geen geheimhouding. Lees wat je tijdens en na het gesprek doet.',
        ref: { collection: 'tips', slug: 'praten-met-een-leerling' },
      },
      {
        title: 'Bekijk het voorbeeldgesprek met Sanne',
        summary:
          'Mentor Jeroen merkt dat Sanne afwezig is. In deze video zie je hoe hij het gesprek opent en samen met haar de volgende stap zet.',
        ref: { collection: 'videos', slug: 'gesprek-met-een-leerling' },
      },
      {
        title: 'Twijfel je waar je naar doorverwijst?',
        summary:
          'Met een paar vragen over veiligheid en de hulpvraag zie je direct welke organisatie past. Inclusief wat je zegt als je belt.',
        ref: { collection: 'referral-trees', slug: 'professionals' },
      },
    ],
  },
  {
    slug: '2',
    number: 2,
    title: 'Nieuwsbrief juli: veilig sporten en veilig werken',
    date: '2026-07-09',
    intro: md`
      De zomer begint, en veel sportclubs en bedrijven maken plannen voor het nieuwe seizoen. Een goed moment om te kijken hoe veilig jouw organisatie is.

      In deze nieuwsbrief: een quickscan over grensoverschrijdend gedrag, twee stappenplannen en aandacht voor jezelf. Want wie anderen opvangt, moet ook zelf op adem kunnen komen.
    `,
    items: [
      {
        title: 'Quickscan: hoe staat jouw organisatie ervoor?',
        summary:
          'Twaalf vragen over beleid, cultuur, melden en nazorg. In tien minuten zie je waar je sterk bent en wat aandacht nodig heeft.',
        ref: { collection: 'assessments', slug: 'quickscan-grensoverschrijdend-gedrag' },
      },
      {
        title: 'Stappenplan: grensoverschrijdend gedrag in de sportclub',
        summary:
          'Van gedragsregels en VOG tot het afhandelen van een melding en nazorg voor de sporter. Voor bestuurders, trainers en vertrouwenscontactpersonen.',
        ref: { collection: 'step-plans', slug: 'grensoverschrijdend-gedrag-in-de-sportclub' },
      },
      {
        title: 'Stappenplan: een medewerker is overvallen',
        summary: 'Voor HR en leidinggevenden: zo vang je medewerkers op na een overval op het werk, en zo houd je de weken daarna contact.',
        ref: { collection: 'step-plans', slug: 'medewerker-slachtoffer-van-een-overval' },
      },
      {
        title: 'Zorg ook voor jezelf',
        summary: 'Heftige verhalen horen hoort bij je werk. Maar het kan zich opstapelen. Herken de signalen en bouw steun in.',
        ref: { collection: 'tips', slug: 'zorg-voor-jezelf-als-professional' },
      },
    ],
  },
  {
    slug: '3',
    number: 3,
    title: 'Nieuwsbrief september: oplichting, schrik en een goed gesprek',
    date: '2026-09-17',
    intro: md`
      Oplichting raakt steeds meer mensen. Vaak ouderen, en vaak mensen die al kwetsbaar zijn. Als sociaal werker of bewindvoerder ben je soms de eerste die het merkt.

      Deze keer lees je hoe je snel schade beperkt en je cliënt daarna steunt. En hoe je in een kort gesprek toch veel kunt betekenen, ook in de spreekkamer.
    `,
    items: [
      {
        title: 'Stappenplan: een cliënt is opgelicht of financieel uitgebuit',
        summary:
          'Signalen herkennen, rekeningen laten blokkeren, aangifte doen en daarna de schaamte bespreken. Voor sociaal werkers en bewindvoerders.',
        ref: { collection: 'step-plans', slug: 'financiele-uitbuiting-of-fraude-bij-een-client' },
      },
      {
        title: 'Voor huisartsen: een patiënt na geweld of inbraak',
        summary: 'Hoe leg je letsel goed vast, en wanneer screen je op PTSS? Het stappenplan voor de huisartsenpraktijk.',
        ref: { collection: 'step-plans', slug: 'patient-na-geweld-of-inbraak' },
      },
      {
        title: 'Weinig tijd? Zo voer je toch een goed gesprek',
        summary:
          'Erkennen, uitleggen wat normaal is, vragen naar veiligheid en warm doorverwijzen. Vijf stappen voor een gesprek van tien minuten.',
        ref: { collection: 'tips', slug: 'gesprekstips-voor-professionals' },
      },
      {
        title: 'Animatie: wat doet schrik met het lichaam?',
        summary:
          'Een korte animatie die je kunt laten zien aan cliënten en patiënten. Het legt uit waarom reacties na een schok normaal zijn.',
        ref: { collection: 'videos', slug: 'wat-doet-schrik-met-je-lichaam' },
      },
      {
        title: 'Fraudehelpdesk: actuele waarschuwingen',
        summary: 'Op de website van de Fraudehelpdesk vind je de nieuwste vormen van oplichting. Handig om met cliënten te bespreken.',
        url: 'https://www.fraudehelpdesk.nl',
      },
    ],
  },
]

// Never published: tests prove the marker never reaches the site, the archive or any e-mail.
export const draftNewsletterIssues: SeedNewsletterIssue[] = [
  {
    slug: '99',
    number: 99,
    title: `Nieuwsbrief in voorbereiding ${DRAFT_MARKER}`,
    date: '2026-12-10',
    intro: md`${DRAFT_MARKER}: deze nieuwsbrief is nog niet af.`,
    items: [
      {
        title: `Nog te schrijven ${DRAFT_MARKER}`,
        summary: 'Dit item is nog niet klaar.',
        ref: { collection: 'tips', slug: 'gesprekstips-voor-professionals' },
      },
    ],
  },
]

/** How the seed creates them (seed/step.ts); linked types first. */
export const seed = seedStep({
  after: ['assessments', 'referral-trees', 'step-plans', 'tips', 'videos'],
  published: newsletterIssues,
  drafts: draftNewsletterIssues,
  toData: (d, map) => map.newsletterIssue(d),
})
