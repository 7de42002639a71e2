import { md } from '@hp/content-schemas'
import { seedStep } from '../step.ts'
import { DRAFT_MARKER, type SeedAssessment } from './types.ts'

// Shared answer scales; higher scores always mean "more reason to pay attention".
const often = [
  { label: 'Nooit of bijna nooit', score: 0 },
  { label: 'Soms', score: 1 },
  { label: 'Vaak', score: 2 },
  { label: 'Bijna altijd', score: 3 },
]
const oftenReversed = [
  { label: 'Bijna altijd', score: 0 },
  { label: 'Vaak', score: 1 },
  { label: 'Soms', score: 2 },
  { label: 'Nooit of bijna nooit', score: 3 },
]
const habit = [
  { label: 'Bijna nooit', score: 0 },
  { label: 'Soms', score: 1 },
  { label: 'Vaak', score: 2 },
]
const habitReversed = [
  { label: 'Vaak', score: 0 },
  { label: 'Soms', score: 1 },
  { label: 'Bijna nooit', score: 2 },
]
const inPlace = [
  { label: 'Ja', score: 0 },
  { label: 'Deels, of ik weet het niet', score: 5 },
  { label: 'Nee', score: 10 },
]

const zelfscanTijdsbesteding: SeedAssessment = {
  slug: 'zelfscan-tijdsbesteding',
  title: 'Hoeveel tijd besteedt u aan helpen?',
  summary:
    'Een korte zelfscan voor naasten van een slachtoffer. Ziet u hoeveel tijd en energie het helpen kost, en waar u op kunt letten om het vol te houden.',
  kind: 'zelfscan',
  platform: 'helpers',
  intro: md`
    Helpen kost tijd en energie. Vaak meer dan u denkt. Met deze zelfscan krijgt u in een paar minuten een beeld van hoe het met u gaat.

    Beantwoord de vragen over de afgelopen vier weken. Er zijn geen goede of foute antwoorden. Uw antwoorden blijven op uw eigen apparaat en worden niet opgeslagen.
  `,
  themes: [
    {
      id: 'tijd',
      title: 'Tijd',
      threshold: 7,
      attentionPoint: md`
        Helpen neemt veel van uw tijd in beslag. Kijk welke taken iemand anders kan overnemen. Lees de tip [Een steungroep om u heen](tips:een-steungroep-om-u-heen).
      `,
    },
    {
      id: 'eigen-leven',
      title: 'Uw eigen leven',
      threshold: 5,
      attentionPoint: md`
        Uw eigen leven schiet erbij in. Plan vaste momenten voor uzelf, net zo serieus als afspraken voor de ander. Lees de tip [Uw grenzen aangeven](tips:uw-grenzen-aangeven).
      `,
    },
    {
      id: 'energie',
      title: 'Energie',
      threshold: 7,
      attentionPoint: md`
        U hebt weinig energie over. Let op signalen van stress, zoals slecht slapen en piekeren. Lees de tip [Stress herkennen bij uzelf](tips:stress-herkennen).
      `,
    },
  ],
  questions: [
    {
      id: 'uren-per-week',
      theme: 'tijd',
      text: 'Hoeveel uur per week bent u bezig met helpen? Denk aan praten, regelen, bellen en rijden.',
      options: [
        { label: 'Minder dan 5 uur', score: 0 },
        { label: '5 tot 10 uur', score: 1 },
        { label: '10 tot 20 uur', score: 2 },
        { label: 'Meer dan 20 uur', score: 3 },
      ],
    },
    {
      id: 'hoe-lang-al',
      theme: 'tijd',
      text: 'Hoe lang helpt u al?',
      options: [
        { label: 'Minder dan een maand', score: 0 },
        { label: '1 tot 3 maanden', score: 1 },
        { label: '3 tot 12 maanden', score: 2 },
        { label: 'Langer dan een jaar', score: 3 },
      ],
    },
    { id: 'altijd-bereikbaar', theme: 'tijd', text: 'Hebt u het gevoel dat u altijd bereikbaar moet zijn?', options: often },
    { id: 'alles-alleen', theme: 'tijd', text: 'Doet u het meeste alleen, zonder hulp van anderen?', options: often },
    { id: 'werk-of-studie', theme: 'eigen-leven', text: 'Lijden uw werk of studie onder het helpen?', options: often },
    {
      id: 'afspraken-afzeggen',
      theme: 'eigen-leven',
      text: 'Zegt u afspraken met vrienden of familie af om te kunnen helpen?',
      options: often,
    },
    {
      id: 'tijd-voor-uzelf',
      theme: 'eigen-leven',
      text: 'Hebt u nog tijd voor dingen die u zelf leuk vindt?',
      options: oftenReversed,
    },
    { id: 'moe', theme: 'energie', text: 'Voelt u zich moe of uitgeput?', options: often },
    { id: 'slecht-slapen', theme: 'energie', text: 'Slaapt u slecht omdat u zich zorgen maakt?', options: often },
    { id: 'piekeren', theme: 'energie', text: 'Piekert u over de ander, ook als u niet samen bent?', options: often },
    { id: 'geirriteerd', theme: 'energie', text: 'Bent u sneller geïrriteerd dan vroeger?', options: often },
  ],
  bands: [
    {
      id: 'in-balans',
      min: 0,
      title: 'U houdt het goed in balans',
      advice: md`
        Op dit moment lukt het u om te helpen én uw eigen leven door te laten gaan. Mooi. Blijf letten op uzelf, want zorg duurt vaak langer dan gedacht.

        Lees de tip [Zo zorgt u goed voor uzelf](tips:goed-voor-uzelf-zorgen). Doe deze scan over een paar weken gerust nog eens.
      `,
    },
    {
      id: 'let-op-uzelf',
      min: 12,
      title: 'Let goed op uzelf',
      advice: md`
        Helpen kost u veel tijd en energie. U houdt dit waarschijnlijk niet lang vol als het zo blijft.

        - Verdeel taken met anderen. Zie [Een steungroep om u heen](tips:een-steungroep-om-u-heen).
        - Geef eerlijk aan wat u wel en niet kunt. Zie [Uw grenzen aangeven](tips:uw-grenzen-aangeven).
        - Wilt u met iemand meedenken? Bel of chat met onze advieslijn.
      `,
    },
    {
      id: 'te-veel',
      min: 22,
      title: 'Het wordt u te veel',
      advice: md`
        Uw antwoorden laten zien dat helpen u zwaar valt. U geeft veel, en er blijft weinig over voor uzelf. Dat is niet uw falen: het is een teken dat u steun nodig hebt.

        - Bel of chat met onze advieslijn. Samen kijken we wat u kan ontlasten.
        - Ga naar uw [huisarts](organisations:huisarts) als u slecht slaapt of niet meer goed functioneert.
        - Wilt u anoniem praten? Dat kan bij [MIND Korrelatie](organisations:mind-korrelatie).
        - Lees de tip [Stress herkennen bij uzelf](tips:stress-herkennen).
      `,
    },
  ],
}

const testOordeelloosLuisteren: SeedAssessment = {
  slug: 'test-oordeelloos-luisteren',
  title: 'Test: luistert u zonder oordeel?',
  summary:
    'Tien uitspraken over hoe u luistert en reageert als iemand iets ergs vertelt. Ontdek wat u al goed doet en waar u nog kunt groeien.',
  kind: 'test',
  platform: 'helpers',
  intro: md`
    Iemand vertelt u over iets ergs. Hoe reageert u dan meestal? Lees de uitspraken en kies wat het best bij u past. Denk aan echte gesprekken, niet aan hoe het zou moeten.

    Uw antwoorden blijven op uw eigen apparaat en worden niet opgeslagen.
  `,
  themes: [
    {
      id: 'luisteren',
      title: 'Luisteren',
      threshold: 3,
      attentionPoint: md`
        Echt luisteren vraagt volle aandacht. Leg uw telefoon weg, laat de ander uitpraten en vat samen wat u hoorde. Lees de tip [Luister zonder te oordelen](tips:luisteren-zonder-oordeel).
      `,
    },
    {
      id: 'reageren',
      title: 'Reageren',
      threshold: 4,
      attentionPoint: md`
        Advies, waarom-vragen en eigen verhalen liggen voor de hand. Maar ze kunnen klinken als een oordeel. Lees de tip [Wat zegt u wel en wat niet?](tips:wat-zegt-u-wel-en-niet).
      `,
    },
    {
      id: 'ruimte-geven',
      title: 'Ruimte geven',
      threshold: 3,
      attentionPoint: md`
        De ander bepaalt het tempo en de keuzes. Dat is soms moeilijk om aan te zien. Lees de tip [Het is nooit de schuld van het slachtoffer](tips:het-is-nooit-de-schuld-van-het-slachtoffer).
      `,
    },
  ],
  questions: [
    {
      id: 'onderbreken',
      theme: 'luisteren',
      text: 'Ik onderbreek de ander als ik denk dat ik al weet wat er komt.',
      options: habit,
    },
    {
      id: 'samenvatten',
      theme: 'luisteren',
      text: 'Ik vat samen wat ik heb gehoord, om te checken of ik het goed begrijp.',
      options: habitReversed,
    },
    {
      id: 'afgeleid',
      theme: 'luisteren',
      text: 'Tijdens het gesprek kijk ik op mijn telefoon of denk ik aan andere dingen.',
      options: habit,
    },
    {
      id: 'waarom-vragen',
      theme: 'reageren',
      text: 'Ik vraag waarom de ander iets wel of niet heeft gedaan.',
      options: habit,
    },
    { id: 'snel-advies', theme: 'reageren', text: 'Ik geef snel advies over wat de ander moet doen.', options: habit },
    {
      id: 'eigen-verhaal',
      theme: 'reageren',
      text: 'Ik vertel al snel over iets wat ik zelf heb meegemaakt.',
      options: habit,
    },
    {
      id: 'gevoel-benoemen',
      theme: 'reageren',
      text: 'Ik zeg hardop dat ik zie dat het de ander raakt.',
      options: habitReversed,
    },
    {
      id: 'stiltes',
      theme: 'ruimte-geven',
      text: 'Ik vind stiltes lastig en vul ze snel op.',
      options: habit,
    },
    {
      id: 'eigen-tempo',
      theme: 'ruimte-geven',
      text: 'Ik laat de ander zelf bepalen wanneer en hoeveel hij of zij vertelt.',
      options: habitReversed,
    },
    {
      id: 'aandringen',
      theme: 'ruimte-geven',
      text: 'Ik dring aan op aangifte of hulp, ook als de ander dat nog niet wil.',
      options: habit,
    },
  ],
  bands: [
    {
      id: 'open-luisteraar',
      min: 0,
      title: 'U luistert al open en zonder oordeel',
      advice: md`
        U geeft de ander de ruimte en blijft bij het verhaal. Daarmee helpt u meer dan u misschien denkt. Let er wel op dat u zelf ook ergens terechtkunt met wat u hoort.

        Lees de tip [Zo zorgt u goed voor uzelf](tips:goed-voor-uzelf-zorgen).
      `,
    },
    {
      id: 'goed-op-weg',
      min: 6,
      title: 'U bent goed op weg',
      advice: md`
        U luistert vaak goed, maar soms neemt u het gesprek over. Bijvoorbeeld met advies of een waarom-vraag. Dat is heel menselijk.

        Lees de tip [Luister zonder te oordelen](tips:luisteren-zonder-oordeel). Of bekijk de video Zo reageert u als iemand iets ergs vertelt.
      `,
    },
    {
      id: 'veel-te-winnen',
      min: 12,
      title: 'Hier valt veel te winnen',
      advice: md`
        U wilt graag helpen, en dat is waardevol. Maar uw reacties kunnen de ander het gevoel geven dat er geoordeeld wordt. Met een paar kleine veranderingen maakt u al groot verschil.

        - Lees de tips [Luister zonder te oordelen](tips:luisteren-zonder-oordeel) en [Wat zegt u wel en wat niet?](tips:wat-zegt-u-wel-en-niet).
        - Bekijk de video Zo reageert u als iemand iets ergs vertelt.
        - Wilt u een lastig gesprek voorbereiden? Bel of chat met onze advieslijn.
      `,
    },
  ],
}

const quickscanGrensoverschrijdendGedrag: SeedAssessment = {
  slug: 'quickscan-grensoverschrijdend-gedrag',
  title: 'Hoe staat jouw organisatie ervoor?',
  summary:
    'Een quickscan over grensoverschrijdend gedrag voor scholen, sportclubs, zorg- en welzijnsorganisaties en werkgevers. Zie in tien minuten waar je organisatie sterk is en wat aandacht nodig heeft.',
  kind: 'quickscan',
  platform: 'professionals',
  intro: md`
    Grensoverschrijdend gedrag komt in elke organisatie voor. Het verschil zit in hoe je het voorkomt, hoe je meldingen oppakt en hoe je voor mensen zorgt. Deze quickscan geeft je in tien minuten een eerste beeld.

    Beantwoord de vragen zo eerlijk mogelijk. Weet je iets niet? Dan is dat ook een uitkomst. Je antwoorden blijven in je browser en worden niet opgeslagen.
  `,
  themes: [
    {
      id: 'beleid',
      title: 'Beleid',
      threshold: 15,
      attentionPoint: md`
        Zorg voor een gedragscode die concreet is en die iedereen kent. Vraag bij nieuwe medewerkers en vrijwilligers altijd een VOG en referenties. Sportclubs kunnen hulp vragen bij [Centrum Veilige Sport Nederland](https://www.centrumveiligesport.nl).
      `,
    },
    {
      id: 'cultuur',
      title: 'Cultuur',
      threshold: 15,
      attentionPoint: md`
        Regels werken alleen als mensen elkaar durven aanspreken. Bespreek in teamoverleg voorbeelden van grensoverschrijdend gedrag. Laat de leiding het goede voorbeeld geven. Lees ook [Het is nooit de schuld van het slachtoffer](tips:het-is-nooit-de-schuld-van-het-slachtoffer).
      `,
    },
    {
      id: 'melden',
      title: 'Melden',
      threshold: 15,
      attentionPoint: md`
        Zorg voor een vertrouwenspersoon die iedereen kent en een meldprocedure met duidelijke termijnen. Pak elke melding op, ook als die vaag of oud is. Bij een vermoeden van huiselijk geweld of kindermishandeling volg je de meldcode en kun je advies vragen bij [Veilig Thuis](organisations:veilig-thuis).
      `,
    },
    {
      id: 'nazorg',
      title: 'Nazorg',
      threshold: 15,
      attentionPoint: md`
        Houd melders en slachtoffers op de hoogte en bied steun, bijvoorbeeld via [Slachtofferhulp Nederland](organisations:slachtofferhulp). Leg vooraf vast welke tijdelijke maatregelen mogelijk zijn. Evalueer elke melding. Zie ook de stappenplannen voor jouw sector.
      `,
    },
  ],
  questions: [
    {
      id: 'gedragscode',
      theme: 'beleid',
      text: 'Heeft je organisatie een gedragscode die concreet zegt wat wel en niet kan?',
      options: inPlace,
    },
    {
      id: 'gedragscode-bekend',
      theme: 'beleid',
      text: 'Kennen medewerkers en vrijwilligers de gedragscode, en hebben ze die ondertekend?',
      options: inPlace,
    },
    {
      id: 'screening',
      theme: 'beleid',
      text: 'Vraag je bij nieuwe medewerkers en vrijwilligers altijd een VOG en referenties?',
      options: inPlace,
    },
    {
      id: 'elkaar-aanspreken',
      theme: 'cultuur',
      text: "Spreken collega's elkaar aan op grensoverschrijdend gedrag, zoals seksuele grappen of ongewenste aanrakingen?",
      options: inPlace,
    },
    {
      id: 'voorbeeld-leiding',
      theme: 'cultuur',
      text: 'Praat de leiding open over dit onderwerp en geeft ze zelf het goede voorbeeld?',
      options: inPlace,
    },
    {
      id: 'lopende-situatie',
      theme: 'cultuur',
      text: 'Weet je van grensoverschrijdend gedrag dat nu nog speelt, zonder dat er iets mee gebeurt?',
      options: [
        { label: 'Nee', score: 0 },
        { label: 'Ik twijfel', score: 5 },
        { label: 'Ja', score: 10, redFlagBand: 'actie-nodig' },
      ],
    },
    {
      id: 'vertrouwenspersoon',
      theme: 'melden',
      text: 'Is er een vertrouwenspersoon die iedereen kent en makkelijk kan bereiken?',
      options: inPlace,
    },
    {
      id: 'meldprocedure',
      theme: 'melden',
      text: 'Is er een meldprocedure die zegt wie wat doet en binnen welke termijn?',
      options: inPlace,
    },
    {
      id: 'melding-niet-opgepakt',
      theme: 'melden',
      text: 'Is er een melding geweest die niet is opgepakt of niet is afgerond?',
      options: [
        { label: 'Nee', score: 0 },
        { label: 'Weet ik niet', score: 5 },
        { label: 'Ja', score: 10, redFlagBand: 'actie-nodig' },
      ],
    },
    {
      id: 'steun-voor-melders',
      theme: 'nazorg',
      text: 'Krijgen melders en slachtoffers steun, en horen ze wat er met hun melding gebeurt?',
      options: inPlace,
    },
    {
      id: 'tijdelijke-maatregelen',
      theme: 'nazorg',
      text: 'Ligt vast welke tijdelijke maatregelen je kunt nemen bij een ernstige melding, zoals iemand op non-actief zetten?',
      options: inPlace,
    },
    {
      id: 'beschuldigde-werkt-door',
      theme: 'nazorg',
      text: 'Werkt iemand tegen wie een ernstige melding loopt nog zonder afspraken met kinderen of kwetsbare mensen?',
      options: [
        { label: 'Nee, of er is geen melding', score: 0 },
        { label: 'Weet ik niet', score: 5 },
        { label: 'Ja', score: 10, redFlagBand: 'actie-nodig' },
      ],
    },
  ],
  bands: [
    {
      id: 'op-koers',
      min: 0,
      title: 'Je organisatie is goed op weg',
      advice: md`
        De basis staat: er is beleid, er wordt gemeld en er is nazorg. Houd het levend. Bespreek de gedragscode elk jaar en vraag medewerkers en leden of ze zich veilig voelen.

        Zet de stappenplannen klaar voor het moment dat er toch iets gebeurt.
      `,
    },
    {
      id: 'aandacht-nodig',
      min: 30,
      title: 'Op een aantal punten is aandacht nodig',
      advice: md`
        Er zijn gaten in beleid, cultuur, melden of nazorg. Kies de twee belangrijkste punten en maak een plan met een datum.

        Betrek je vertrouwenspersoon en de leiding. Lees ook de [gesprekstips voor professionals](tips:gesprekstips-voor-professionals).
      `,
    },
    {
      id: 'actie-nodig',
      min: 60,
      title: 'Er is nu actie nodig',
      advice: md`
        Je organisatie loopt een serieus risico. Mensen zijn mogelijk nu niet veilig, of een melding krijgt niet de aandacht die nodig is.

        - Pak een melding die is blijven liggen deze week nog op. Leg vast wat je doet.
        - Zorg dat een beschuldigde niet zonder afspraken met kwetsbare mensen werkt.
        - Vraag advies: bij [Veilig Thuis](organisations:veilig-thuis) als het om huiselijk geweld of kindermishandeling gaat, bij de [politie](organisations:politie) bij een mogelijk strafbaar feit.
        - Sportclubs kunnen terecht bij [Centrum Veilige Sport Nederland](https://www.centrumveiligesport.nl).
      `,
    },
  ],
}

export const assessments: SeedAssessment[] = [zelfscanTijdsbesteding, testOordeelloosLuisteren, quickscanGrensoverschrijdendGedrag]

// Never published: tests prove the marker never reaches the site or the search index.
export const draftAssessments: SeedAssessment[] = [
  {
    slug: 'concept-zelfscan-slaap',
    title: `Zelfscan slaap ${DRAFT_MARKER}`,
    summary: 'Conceptversie van een zelfscan over slapen na een schok. Nog niet klaar voor publicatie.',
    kind: 'zelfscan',
    platform: 'helpers',
    intro: md`${DRAFT_MARKER}: deze zelfscan is nog niet af.`,
    themes: [{ id: 'slaap', title: 'Slaap', threshold: 2, attentionPoint: md`Praat met de huisarts als u weken slecht slaapt.` }],
    questions: [{ id: 'slecht-slapen', theme: 'slaap', text: 'Slaapt u slecht?', options: often }],
    bands: [{ id: 'laag', min: 0, title: `Uitslag ${DRAFT_MARKER}`, advice: md`${DRAFT_MARKER}: advies volgt.` }],
  },
]

/** How the seed creates them (seed/step.ts); linked types first. */
export const seed = seedStep({
  after: ['organisations', 'tips'],
  published: assessments,
  drafts: draftAssessments,
  toData: (d, map) => map.assessment(d),
})
