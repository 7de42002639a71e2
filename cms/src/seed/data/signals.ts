import { md } from '@hp/content-schemas'
import { seedStep } from '../step.ts'
import type { SeedSignal } from './types.ts'
import { DRAFT_MARKER } from './types.ts'

/** The signals guide (signalenwijzer) for professionals; `order` counts within each category. */
export const signals: SeedSignal[] = [
  // Emotioneel
  {
    slug: 'schrikt-snel',
    title: 'Schrikt snel of is steeds gespannen',
    category: 'emotioneel',
    description: 'Iemand springt op bij een hard geluid, zit het liefst met de rug naar de muur of lijkt altijd op zijn hoede.',
    whatToDo: md`
Benoem rustig wat je ziet, zonder conclusie. Bijvoorbeeld: "Ik zie dat je snel schrikt. Hoe gaat het met je?"

Schrikreacties zijn normaal in de eerste weken na een schokkende gebeurtenis. Duren ze langer dan een maand, of worden ze erger? Verwijs dan naar de [huisarts](organisations:huisarts).
`,
    sectors: [],
    order: 0,
  },
  {
    slug: 'prikkelbaar',
    title: 'Is prikkelbaar of snel boos',
    category: 'emotioneel',
    description: 'Iemand reageert fel op kleine dingen, krijgt vaker ruzie of heeft een kort lontje.',
    whatToDo: md`
Reageer niet meteen met straf of een verwijt. Vraag op een rustig moment wat er speelt. Boosheid is vaak een teken van stress of angst.

Stel wel grenzen als iemand anderen kwetst. Leg uit dat je dat doet omdat je om de persoon en de groep geeft. Lees ook [gesprekstips voor professionals](tips:gesprekstips-voor-professionals).
`,
    sectors: ['onderwijs', 'sport', 'hr'],
    order: 1,
  },
  {
    slug: 'somber',
    title: 'Is somber of heeft nergens meer zin in',
    category: 'emotioneel',
    description: 'Iemand lijkt vlak, huilt vaker of geeft niet meer om dingen die eerst belangrijk waren, zoals vrienden of een hobby.',
    whatToDo: md`
Vraag hoe het gaat en neem de tijd voor het antwoord. Vraag ook direct of iemand aan zelfdoding denkt. Die vraag brengt niemand op het idee, en geeft vaak opluchting.

Maak je je zorgen over de veiligheid? Overleg met [113 Zelfmoordpreventie](organisations:113-zelfmoordpreventie). Zij adviseren ook professionals. Is er direct gevaar? Bel 112.
`,
    sectors: [],
    order: 2,
  },
  {
    slug: 'angstig-en-vermijdend',
    title: 'Is angstig of vermijdt plekken en mensen',
    category: 'emotioneel',
    description: 'Iemand wil niet meer alleen over straat, komt niet meer op een bepaalde plek of ontwijkt een bepaald persoon.',
    whatToDo: md`
Vraag voorzichtig waar de angst vandaan komt. Ontwijkt iemand steeds één persoon? Dat kan een teken zijn van grensoverschrijdend gedrag door die persoon.

Bespreek je zorg met de vertrouwenspersoon of de aandachtsfunctionaris in je organisatie. Vermoed je huiselijk geweld? Volg dan de stappen van de meldcode en vraag advies aan [Veilig Thuis](organisations:veilig-thuis).
`,
    sectors: ['onderwijs', 'sport', 'hr', 'sociaal-werk'],
    order: 3,
  },
  {
    slug: 'schuld-en-schaamte',
    title: 'Praat met schuld of schaamte over zichzelf',
    category: 'emotioneel',
    description:
      'Iemand zegt dingen als "Het is mijn eigen schuld" of "Ik ben zo dom geweest", bijvoorbeeld na oplichting of seksueel geweld.',
    whatToDo: md`
Ga er niet overheen, maar spreek het ook niet tegen met een snelle zin. Zeg bijvoorbeeld: "Ik hoor dat je jezelf de schuld geeft. Toch ligt de schuld bij de dader."

Schaamte houdt mensen weg bij hulp. Bied daarom zelf een concrete volgende stap aan, zoals samen bellen met [Slachtofferhulp Nederland](organisations:slachtofferhulp).
`,
    sectors: ['huisartsenzorg', 'sociaal-werk', 'bewindvoering'],
    order: 4,
  },
  // Lichamelijk
  {
    slug: 'slaapt-slecht',
    title: 'Slaapt slecht of is steeds moe',
    category: 'lichamelijk',
    description: 'Iemand slaapt moeilijk in, heeft nachtmerries of komt uitgeput binnen.',
    whatToDo: md`
Vraag niet alleen naar de slaap, maar ook naar wat iemand wakker houdt. Soms komt dan een gebeurtenis ter sprake.

Leg uit dat slecht slapen veel voorkomt na een schok en meestal vanzelf beter wordt. Duurt het langer dan een maand? Verwijs dan naar de [huisarts](organisations:huisarts).
`,
    sectors: [],
    order: 0,
  },
  {
    slug: 'klachten-zonder-oorzaak',
    title: 'Heeft lichamelijke klachten zonder duidelijke oorzaak',
    category: 'lichamelijk',
    description:
      'Hoofdpijn, buikpijn, duizeligheid of rugpijn waar geen medische verklaring voor is. Vaak komt iemand er steeds mee terug.',
    whatToDo: md`
Neem de klachten serieus: ze zijn echt, ook zonder lichamelijke oorzaak. Vraag open naar stress of ingrijpende gebeurtenissen. Bijvoorbeeld: "Is er iets gebeurd dat je bezighoudt?"

Ben je huisarts? Denk bij onverklaarde klachten ook aan huiselijk of seksueel geweld. Volg bij een vermoeden de meldcode.
`,
    sectors: ['huisartsenzorg', 'onderwijs', 'hr'],
    order: 1,
  },
  {
    slug: 'onverklaarde-verwondingen',
    title: 'Heeft verwondingen die niet goed verklaard worden',
    category: 'lichamelijk',
    description: 'Blauwe plekken, brandwonden of andere verwondingen, met een uitleg die niet klopt of steeds verandert.',
    whatToDo: md`
Vraag rustig hoe het is gebeurd, zonder te beschuldigen. Schrijf letterlijk op wat je ziet en wat de persoon zegt.

Vermoed je huiselijk geweld of kindermishandeling? Volg de stappen van de meldcode. Vraag advies aan [Veilig Thuis](organisations:veilig-thuis), ook als je nog twijfelt. Is er direct gevaar? Bel 112.
`,
    sectors: ['huisartsenzorg', 'onderwijs', 'sport', 'sociaal-werk'],
    order: 2,
  },
  // Gedrag
  {
    slug: 'trekt-zich-terug',
    title: 'Trekt zich terug',
    category: 'gedrag',
    description: 'Iemand zoekt geen contact meer, zegt afspraken af of zit in de pauze steeds alleen.',
    whatToDo: md`
Blijf contact zoeken, ook als iemand weinig terugzegt. Een kort gesprekje of berichtje laat zien dat je het ziet.

Zeg dat je er bent als iemand wil praten, maar dring niet aan. Lees ook [gesprekstips voor professionals](tips:gesprekstips-voor-professionals).
`,
    sectors: [],
    order: 0,
  },
  {
    slug: 'verzuimt-vaker',
    title: 'Verzuimt vaker of komt te laat',
    category: 'gedrag',
    description: 'Iemand meldt zich vaker ziek, spijbelt, komt te laat of zegt trainingen af.',
    whatToDo: md`
Zie verzuim als een signaal, niet alleen als een regelprobleem. Vraag in een persoonlijk gesprek wat er aan de hand is.

Werk je op school? Bespreek het met de zorgcoördinator en lees [praten met een leerling](tips:praten-met-een-leerling). Werk je bij HR? Betrek de bedrijfsarts als het verzuim langer duurt.
`,
    sectors: ['onderwijs', 'hr', 'sport'],
    order: 1,
  },
  {
    slug: 'concentratieproblemen',
    title: 'Kan zich slecht concentreren',
    category: 'gedrag',
    description: 'Iemand maakt meer fouten, vergeet afspraken of haalt lagere cijfers dan normaal.',
    whatToDo: md`
Vraag eerst hoe het gaat, voordat je het over de prestaties hebt. Concentratieproblemen komen veel voor na een schokkende gebeurtenis.

Maak samen tijdelijke afspraken. Bijvoorbeeld minder taken, uitstel van een toets of een rustige werkplek. Spreek af wanneer je het weer bespreekt.
`,
    sectors: ['onderwijs', 'hr'],
    order: 2,
  },
  {
    slug: 'verandert-op-sociale-media',
    title: 'Verandert van gedrag op sociale media',
    category: 'gedrag',
    description: 'Iemand verwijdert ineens accounts, is juist steeds online, of schrikt als de telefoon trilt.',
    whatToDo: md`
Dit kan wijzen op online intimidatie, sextortion of stalking. Vraag of iemand online wordt lastiggevallen. Maak duidelijk dat het goed is om dat te vertellen.

Verwijs naar [Helpwanted](organisations:helpwanted). Zeg erbij: niet betalen bij chantage, en bewijs bewaren. Naaktbeelden van minderjarigen stuur je nooit door, ook niet naar een collega.
`,
    sectors: ['onderwijs', 'sport', 'sociaal-werk'],
    order: 3,
  },
  {
    slug: 'meer-alcohol-of-medicijnen',
    title: 'Gebruikt meer alcohol, drugs of medicijnen',
    category: 'gedrag',
    description: 'Iemand drinkt meer, gebruikt vaker slaap- of kalmeringsmiddelen of ruikt op het werk naar alcohol.',
    whatToDo: md`
Misschien probeert iemand spanning of herinneringen weg te drukken. Vraag naar de reden achter het gebruik, niet alleen naar het gebruik zelf.

Verwijs naar de [huisarts](organisations:huisarts). Met vragen over psychische problemen kan iemand anoniem terecht bij [MIND Korrelatie](organisations:mind-korrelatie).
`,
    sectors: ['huisartsenzorg', 'hr', 'sociaal-werk'],
    order: 4,
  },
  {
    slug: 'vreemde-geldzaken',
    title: 'Doet opvallende dingen met geld',
    category: 'gedrag',
    description: 'Iemand neemt ineens grote bedragen op, maakt geld over naar onbekenden of heeft opeens schulden.',
    whatToDo: md`
Dit kan wijzen op oplichting, zoals datingfraude of nepbankmedewerkers. Of op financiële uitbuiting door iemand uit de omgeving. Vraag zonder oordeel waar het geld naartoe gaat.

Denk je aan oplichting? Help de persoon de bank te bellen en verwijs naar de [Fraudehelpdesk](organisations:fraudehelpdesk). Vermoed je uitbuiting door een naaste? Vraag advies aan [Veilig Thuis](organisations:veilig-thuis).
`,
    sectors: ['bewindvoering', 'sociaal-werk'],
    order: 5,
  },
  {
    slug: 'seksueel-gedrag-past-niet-bij-leeftijd',
    title: 'Laat seksueel gedrag zien dat niet bij de leeftijd past',
    category: 'gedrag',
    description:
      'Een kind of jongere praat of doet seksueel op een manier die niet past bij de leeftijd, of is juist erg bang voor aanraking.',
    whatToDo: md`
Blijf rustig en laat niet merken dat je schrikt. Vraag open wat er is gebeurd, maar ga geen verhoor doen. Schrijf letterlijk op wat het kind zegt.

Bespreek je zorg met de aandachtsfunctionaris of vertrouwenscontactpersoon. Volg de meldcode en vraag advies aan [Veilig Thuis](organisations:veilig-thuis). Zorg ook voor jezelf: lees [zorg voor jezelf als professional](tips:zorg-voor-jezelf-als-professional).
`,
    sectors: ['onderwijs', 'sport', 'sociaal-werk'],
    order: 6,
  },
]

/** Draft-only signal: must never reach the built site. */
export const draftSignals: SeedSignal[] = [
  {
    slug: 'concept-signaal',
    title: `Concept-signaal ${DRAFT_MARKER}`,
    category: 'gedrag',
    description: `Dit signaal is nog in bewerking. ${DRAFT_MARKER}`,
    whatToDo: md`Deze tekst is een concept en mag niet op de site komen. ${DRAFT_MARKER}`,
    sectors: [],
    order: 99,
  },
]

/** How the seed creates them (seed/step.ts); linked types first. */
export const seed = seedStep({
  after: ['organisations', 'tips'],
  published: signals,
  drafts: draftSignals,
  toData: (d, map) => map.signal(d),
})
