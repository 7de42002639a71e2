import { md, NEWSLETTER_URL, PLATFORM_BASE, SIGNALS_URL, STEP_PLANS_BASE, tipsBase, treeUrl, videosBase } from '@hp/content-schemas'
import { seedStep } from '../step.ts'
import type { SeedPage } from './types.ts'
import { DRAFT_MARKER } from './types.ts'

const homeAlgemeen: SeedPage = {
  slug: 'home',
  title: 'Hulp voor wie iemand helpt na een misdrijf of ongeluk',
  summary:
    'Helpt u iemand na een misdrijf of ongeluk? Of ziet u het in uw werk? Kies hier de informatie die bij u past: voor familie en vrienden, of voor professionals.',
  platform: 'algemeen',
  blocks: [
    {
      blockType: 'hero',
      title: 'Iemand helpen na een misdrijf of ongeluk',
      text: 'Iemand in uw omgeving heeft iets ergs meegemaakt. U wilt helpen, maar hoe? Hier vindt u praktische hulp, of u nu familie, vriend of professional bent.',
    },
    {
      blockType: 'callToAction',
      title: 'Kies wat bij u past',
      links: [
        { label: 'Voor de Helpers: voor familie, vrienden en buren', href: PLATFORM_BASE.helpers },
        { label: 'Voor Professionals: voor huisarts, school, werk, sport en zorg', href: PLATFORM_BASE.professionals },
      ],
    },
    {
      blockType: 'richText',
      body: md`
## Bent u zelf slachtoffer?

Deze website is voor mensen rond een slachtoffer. Bent u zelf slachtoffer? Ook dan vindt u hier veel informatie. U kunt altijd bellen of chatten met [Slachtofferhulp Nederland](organisations:slachtofferhulp).

## Snel weg van deze website

Bent u bang dat iemand meekijkt? Met de knop bovenaan verlaat u deze website meteen. U kunt ook drie keer op de Shift-toets drukken. Is er direct gevaar? Bel **112**.
`,
    },
    { blockType: 'adviceLine', title: 'Liever iemand spreken?' },
  ],
}

const homeHelpers: SeedPage = {
  slug: 'home',
  title: 'Voor de Helpers',
  summary:
    'Helpt u een partner, familielid, vriend of buur na een misdrijf of ongeluk? Lees per situatie wat u kunt doen, krijg tips en vind de juiste hulp.',
  platform: 'helpers',
  blocks: [
    {
      blockType: 'hero',
      title: 'Voor de Helpers',
      text: 'Helpt u iemand na een misdrijf of ongeluk? Hier leest u wat u kunt doen. En hoe u daarbij goed voor uzelf zorgt.',
    },
    { blockType: 'offenceTiles', title: 'Check wat u kunt doen' },
    {
      blockType: 'richText',
      body: md`
## Doe ik het wel goed?

Die vraag stellen veel helpers. Het antwoord is vaak: ja. U hoeft geen deskundige te zijn. Luisteren, er zijn en praktisch helpen doet al veel. Lees [luisteren zonder oordeel](tips:luisteren-zonder-oordeel).

Helpen kost ook energie. Let daarom op uw eigen grenzen. Lees [goed voor uzelf zorgen](tips:goed-voor-uzelf-zorgen).
`,
    },
    {
      blockType: 'callToAction',
      title: 'Meer hulp voor helpers',
      links: [
        { label: 'Tips voor helpers', href: tipsBase('helpers') },
        { label: "Video's: ervaringen en uitleg", href: videosBase('helpers') },
        { label: 'Welke hulp past? Gebruik de doorverwijstool', href: treeUrl('helpers', 'helpers') },
      ],
    },
    { blockType: 'adviceLine', title: 'Praat met iemand van de advieslijn' },
  ],
}

const homeProfessionals: SeedPage = {
  slug: 'home',
  title: 'Voor Professionals',
  summary:
    'Voor huisartsen, onderwijs, sociaal werk, HR, sport en bewindvoering: stappenplannen, een signalenwijzer, gesprekstips en een doorverwijstool bij slachtofferschap.',
  platform: 'professionals',
  blocks: [
    {
      blockType: 'hero',
      title: 'Voor Professionals',
      text: 'Werk je als huisarts, leraar, sociaal werker, HR-adviseur, trainer of bewindvoerder? Hier vind je snel wat je kunt doen als iemand slachtoffer is geworden.',
    },
    {
      blockType: 'callToAction',
      title: 'Direct aan de slag',
      links: [
        { label: 'Stappenplannen per sector', href: STEP_PLANS_BASE },
        { label: 'Signalenwijzer: wat zie je en wat doe je?', href: SIGNALS_URL },
        { label: 'Doorverwijstool voor professionals', href: treeUrl('professionals', 'professionals') },
        { label: 'Nieuwsbrief: zes keer per jaar', href: NEWSLETTER_URL },
      ],
    },
    {
      blockType: 'richText',
      body: md`
## Herkennen, reageren, doorverwijzen

Je hoeft geen hulpverlener te zijn om het verschil te maken. Vaak ben jij degene die als eerste ziet dat er iets is. Een rustige vraag op het goede moment kan veel betekenen.

- **Herkennen:** de signalenwijzer helpt je om signalen te zien en te duiden.
- **Reageren:** lees [gesprekstips voor professionals](tips:gesprekstips-voor-professionals) en de stappenplannen voor je sector.
- **Doorverwijzen:** de doorverwijstool laat zien welke organisatie past.

Zorg ook voor jezelf. Lees [zorg voor jezelf als professional](tips:zorg-voor-jezelf-als-professional).
`,
    },
    { blockType: 'adviceLine', title: 'Wil je overleggen over een situatie?' },
  ],
}

const advieslijn: SeedPage = {
  slug: 'advieslijn',
  title: 'De advieslijn',
  summary:
    'Bel of chat met de advieslijn als u iemand helpt na een misdrijf of ongeluk. Wij luisteren, denken mee en vertellen waar u terechtkunt.',
  platform: 'algemeen',
  blocks: [
    {
      blockType: 'hero',
      title: 'Bel of chat met de advieslijn',
      text: 'Helpt u iemand na een misdrijf of ongeluk, en loopt u ergens tegenaan? Of ziet u in uw werk iets wat u zorgen baart? Bel of chat met ons.',
    },
    { blockType: 'adviceLine', title: 'Zo bereikt u de advieslijn' },
    {
      blockType: 'richText',
      body: md`
## Waarvoor kunt u bellen of chatten?

- U weet niet goed hoe u moet reageren op wat uw naaste vertelt.
- U zoekt de juiste hulp voor uw naaste of voor uzelf.
- U wilt weten hoe aangifte of schadevergoeding werkt.
- Het helpen valt u zwaar en u wilt uw verhaal kwijt.
- U bent professional en wilt overleggen over een leerling, cliënt of collega.

## Wat kunt u verwachten?

U spreekt met een medewerker die getraind is in het steunen van slachtoffers en hun naasten. Wij luisteren, denken met u mee en vertellen welke hulp er is. U hoeft uw naam niet te noemen als u dat niet wilt.

## Bij spoed

Is er direct gevaar? Bel dan **112**. Denkt u aan zelfdoding, of maakt u zich zorgen om iemand? Bel of chat dag en nacht met [113 Zelfmoordpreventie](organisations:113-zelfmoordpreventie).
`,
    },
    {
      blockType: 'callToAction',
      title: 'Liever eerst zelf zoeken?',
      links: [
        { label: 'Doorverwijstool voor helpers', href: treeUrl('helpers', 'helpers') },
        { label: 'Doorverwijstool voor professionals', href: treeUrl('professionals', 'professionals') },
      ],
    },
  ],
}

const privacyverklaring: SeedPage = {
  slug: 'privacyverklaring',
  title: 'Privacyverklaring',
  summary:
    'Deze website gebruikt geen cookies en geen trackers. Wat u invult in de hulpmiddelen blijft in uw browser. Alleen voor de nieuwsbrief bewaren wij gegevens.',
  platform: 'algemeen',
  blocks: [
    {
      blockType: 'hero',
      title: 'Privacyverklaring',
      text: 'Wie deze website bezoekt, zit vaak in een moeilijke situatie. Misschien woont u zelfs samen met de dader. Daarom verzamelen wij zo weinig mogelijk. Hier leest u precies wat wel en niet.',
    },
    {
      blockType: 'richText',
      body: md`
## In het kort

- Deze website gebruikt **geen cookies**.
- Wij gebruiken **geen trackers** en geen programma's die bezoekers tellen of volgen.
- Uw browser haalt niets op bij andere bedrijven. Teksten, afbeeldingen en lettertypen komen allemaal van deze website.
- Wat u invult in de doorverwijstool, de zelfscans en de quickscan, blijft in uw browser.
- Alleen als u zich aanmeldt voor de nieuwsbrief, bewaren wij gegevens van u.

## De doorverwijstool, zelfscans en quickscan

Uw antwoorden worden in uw eigen browser verwerkt. Wij slaan ze niet op en ze worden niet naar ons verstuurd. Sluit u de pagina, dan zijn uw antwoorden weg.

De doorverwijstool werkt met gewone pagina's: elke vraag heeft een eigen adres. Onze webhost ziet dus welke pagina's worden opgevraagd, zoals bij elke website. Wij koppelen dat niet aan wie u bent.

## Vinkjes in de checklists

Vinkt u iets af in een checklist? Dan bewaart uw browser dat vinkje in de lokale opslag (localStorage) van deze browser. Het gaat niet naar ons. U kunt de vinkjes wissen met de knop bij de checklist, of door de websitegegevens in uw browser te wissen.

Let op: deelt u de telefoon of computer met iemand anders? Dan kan die persoon de vinkjes ook zien. Wis ze na gebruik, of gebruik een privévenster.

## Zoeken op deze website

De zoekfunctie werkt in uw browser. Uw zoekwoorden worden niet naar ons gestuurd.

## Video's

Een video laadt pas als u op afspelen klikt. Komt een video van een ander platform? Dan vragen wij eerst of u dat goed vindt.

## De nieuwsbrief voor professionals

Als u zich aanmeldt, bewaren wij:

- uw e-mailadres;
- uw sector, als u die kiest;
- het moment waarop u toestemming gaf;
- welke versie van de toestemmingstekst u toen zag.

Wij gebruiken deze gegevens alleen om u de nieuwsbrief te sturen. En om te laten zien dat u daar toestemming voor gaf. Na uw aanmelding krijgt u eerst een e-mail om te bevestigen. Bevestigt u niet, dan sturen wij u niets.

Wij meten niet of u de nieuwsbrief opent of op links klikt. Wij delen uw gegevens met niemand en verkopen ze nooit.

**Afmelden kan met één klik**, via de link onderaan elke nieuwsbrief. Daarna krijgt u geen nieuwsbrief meer.

## Onze webhost

Deze website staat bij een webhost. Die verwerkt technische gegevens, zoals uw IP-adres, om de website te laten werken en te beveiligen. Wij gebruiken die gegevens niet om te zien wie u bent.

## Uw rechten

U mag altijd vragen welke gegevens wij van u hebben. U mag ook vragen om ze te verbeteren of te verwijderen. Neem daarvoor contact op via de advieslijn. Wij reageren binnen een maand.

Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de [Autoriteit Persoonsgegevens](https://www.autoriteitpersoonsgegevens.nl/).
`,
    },
    { blockType: 'adviceLine', title: 'Vragen over uw privacy?' },
  ],
}

const toegankelijkheidsverklaring: SeedPage = {
  slug: 'toegankelijkheidsverklaring',
  title: 'Toegankelijkheidsverklaring',
  summary:
    'Wij willen dat iedereen deze website kan gebruiken. Wij streven naar WCAG 2.2 niveau AA. Lees hoe wij testen en hoe u een probleem meldt.',
  platform: 'algemeen',
  blocks: [
    {
      blockType: 'hero',
      title: 'Toegankelijkheidsverklaring',
      text: 'Iedereen moet deze website kunnen gebruiken. Ook met alleen een toetsenbord, met een schermlezer, met een vergrootprogramma of op een kleine telefoon.',
    },
    {
      blockType: 'richText',
      body: md`
## Ons doel: WCAG 2.2 niveau AA

Wij volgen de richtlijnen voor toegankelijke websites: WCAG 2.2, niveau AA. Die richtlijnen zorgen er onder meer voor dat teksten goed te lezen zijn en dat alles werkt zonder muis.

## Hoe wij testen

- Bij elke nieuwe versie controleert een automatische test (axe) elke pagina. Ook elke stap van de hulpmiddelen, zoals de doorverwijstool en de zelfscans.
- Wij testen of alles werkt met alleen een toetsenbord. Zo kunt u elke knop en elk formulier bereiken, en ziet u steeds waar u bent.
- Wij schrijven in eenvoudige taal, op taalniveau B1.

Automatische tests vinden niet alle problemen. Een volledig onderzoek door een onafhankelijke deskundige is nog niet gedaan.

## Status: in onderzoek

Omdat dat onderzoek nog niet klaar is, is de status van deze verklaring: **in onderzoek**. Wij passen deze verklaring aan zodra de uitkomst bekend is.

## Een probleem melden

Lukt iets niet op deze website? Of kunt u iets niet lezen of gebruiken? Laat het ons weten via de advieslijn, telefonisch of in de chat. Vertel op welke pagina het was en wat er misging. Wij reageren binnen vijf werkdagen en zoeken samen met u naar een oplossing.
`,
    },
    { blockType: 'adviceLine', title: 'Een probleem melden' },
  ],
}

/** Published pages; `home` exists once per platform on purpose. */
export const pages: SeedPage[] = [homeAlgemeen, homeHelpers, homeProfessionals, advieslijn, privacyverklaring, toegankelijkheidsverklaring]

/** Draft-only page: must never reach the built site. */
export const draftPages: SeedPage[] = [
  {
    slug: 'concept-pagina',
    title: `Conceptpagina ${DRAFT_MARKER}`,
    summary: `Deze pagina is nog in bewerking. ${DRAFT_MARKER}`,
    platform: 'algemeen',
    blocks: [
      {
        blockType: 'richText',
        body: md`Deze pagina is een concept en mag niet op de site komen. ${DRAFT_MARKER}`,
      },
    ],
  },
]

/** How the seed creates them (seed/step.ts); linked types first. */
export const seed = seedStep({
  after: ['organisations', 'tips'],
  published: pages,
  drafts: draftPages,
  toData: (d, map) => map.page(d),
})
