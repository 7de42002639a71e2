import { md } from '@hp/content-schemas'
import { seedStep } from '../step.ts'
import { DRAFT_MARKER, type SeedErvaring } from './types.ts'

// Experiences of helpers as a publisher publishes them: shared through "Deel uw tip of ervaring",
// then anonymised (no names, places or dates that make anyone recognisable). Written in B1.
export const ervaringen: SeedErvaring[] = [
  {
    slug: 'elke-dag-even-langs',
    title: 'Elke dag even langs',
    summary: 'Na de inbraak bij haar vriendin ging een helper elke dag even langs. Niet om te praten, maar om er te zijn.',
    theme: 'reageren',
    offences: ['woninginbraak'],
    body: md`
      Bij mijn beste vriendin was ingebroken. Ze was niet thuis, maar ze durfde daarna bijna niet meer alleen te zijn in haar huis. Ik wist niet goed wat ik moest zeggen.

      Ik ben toen elke dag even langsgegaan. Soms maar tien minuten. Ik nam koffie mee en vroeg niet veel. Als ze wilde praten, luisterde ik. Als ze niet wilde praten, zaten we gewoon samen.

      Na een paar weken zei ze: "Dat je er gewoon was, heeft me het meest geholpen." Daar was ik blij om, want ik had het gevoel dat ik niets bijzonders deed.

      **Mijn tip voor u:** u hoeft geen oplossing te hebben. Er zijn is vaak genoeg.
    `,
  },
  {
    slug: 'samen-naar-de-politie',
    title: 'Samen naar de politie',
    summary:
      'Een vader ging met zijn zoon mee om aangifte te doen na een beroving. Wat hielp, en wat hij de volgende keer anders zou doen.',
    theme: 'aangifte',
    offences: ['overval-of-beroving'],
    body: md`
      Mijn zoon van zeventien werd op straat beroofd van zijn telefoon. Hij wilde eerst geen aangifte doen. "Het heeft toch geen zin," zei hij.

      Ik heb niet gedrukt. Ik heb gezegd dat ik mee zou gaan als hij het wel wilde. Twee dagen later vroeg hij of ik mee kon. Bij de politie zat ik naast hem, maar hij vertelde zelf het verhaal.

      Achteraf zou ik eerder hebben opgeschreven wat er precies gebeurd was. Details vergeet je snel. Ook zou ik eerder de tip over aangifte hebben gelezen.

      **Mijn tip voor u:** laat de keuze bij de ander, maar bied aan om mee te gaan.
    `,
  },
  {
    slug: 'ook-ik-had-hulp-nodig',
    title: 'Ook ik had hulp nodig',
    summary: 'Een helper zorgde maandenlang voor haar moeder na een ongeluk. Pas laat merkte ze dat ze zelf ook steun nodig had.',
    theme: 'zelfzorg',
    offences: ['verkeersongeval'],
    body: md`
      Mijn moeder raakte gewond bij een verkeersongeluk. Ik deed haar boodschappen, ging mee naar de dokter en belde met de verzekering. Dat ging maanden zo door.

      Ik was steeds moe en sliep slecht. Ik dacht: dat hoort erbij. Pas toen een collega vroeg hoe het met míj ging, merkte ik hoe zwaar het was.

      Ik heb toen de advieslijn gebeld. Dat gesprek hielp. Ik hoefde niet alles alleen te doen. Mijn broer neemt nu een deel van de taken over.

      **Mijn tip voor u:** vraag op tijd hulp voor uzelf. Dan kunt u het langer volhouden.
    `,
  },
  {
    slug: 'niet-vragen-waarom',
    title: 'Niet meer vragen waarom',
    summary: 'Een helper vertelt hoe ze leerde om geen waarom-vragen meer te stellen, en wat ze nu zegt.',
    theme: 'victim-blaming',
    offences: [],
    body: md`
      Toen mijn vriendin vertelde dat ze lastiggevallen was, vroeg ik meteen: "Waarom ging je ook alleen naar huis?" Ik bedoelde het goed. Ik was gewoon geschrokken.

      Ze werd stil en veranderde van onderwerp. Later begreep ik dat mijn vraag klonk alsof het haar schuld was.

      Ik heb het haar een week later gezegd: "Die vraag was niet eerlijk. Het was niet jouw schuld." Ze was blij dat ik erop terugkwam. Nu vraag ik liever: "Wat heb je nodig?"

      **Mijn tip voor u:** zei u iets onhandigs? Kom erop terug. Dat is nooit te laat.
    `,
  },
]

export const draftErvaringen: SeedErvaring[] = [
  {
    slug: 'concept-ervaring',
    title: `Ervaring in bewerking ${DRAFT_MARKER}`,
    summary: `Nog niet gecontroleerd ${DRAFT_MARKER}.`,
    offences: [],
    body: md`Deze ervaring wordt nog geanonimiseerd. ${DRAFT_MARKER}`,
  },
]

/** How the seed creates them (seed/step.ts); linked types first. */
export const seed = seedStep({
  after: ['offences'],
  published: ervaringen,
  drafts: draftErvaringen,
  toData: (d, map) => map.ervaring(d),
})
