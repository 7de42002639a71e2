import { md } from '@hp/content-schemas'
import { seedStep } from '../step.ts'
import type { SeedChecklist } from './types.ts'
import { DRAFT_MARKER } from './types.ts'

const fraude: SeedChecklist = {
  slug: 'fraude',
  offence: 'fraude',
  title: 'Check wat u kunt doen bij fraude',
  summary:
    'Is uw naaste opgelicht? Met deze checklist helpt u stap voor stap: de bank bellen, bewijs bewaren, aangifte doen, fraude melden en omgaan met schaamte.',
  intro: md`
Oplichters zijn slim en overtuigend. Iedereen kan erin trappen. Uw naaste schaamt zich misschien of voelt zich dom. Laat merken dat het niet zijn of haar schuld is.

Snel zijn helpt bij fraude. Hoe eerder de bank het weet, hoe groter de kans dat er nog geld terugkomt. Begin daarom bij het eerste blok.
`,
  sections: [
    {
      title: 'Direct na de fraude',
      items: [
        {
          id: 'bel-de-bank',
          title: 'Bel samen meteen de bank',
          body: md`
Bel het fraudenummer van de bank. Dat staat op de achterkant van de bankpas en op de website van de bank. Gebruik nooit een nummer uit een bericht van de oplichter. Vraag de bank om de rekening en de passen te blokkeren. Soms kan de bank een betaling nog tegenhouden.
`,
        },
        {
          id: 'stop-het-contact',
          title: 'Stop alle contact met de oplichter',
          body: md`
Laat uw naaste niet meer reageren op berichten, mails of telefoontjes. Oplichters proberen vaak nog een keer geld te krijgen. Blokkeer het nummer, maar verwijder de berichten niet.
`,
        },
        {
          id: 'wachtwoorden-veranderen',
          title: 'Verander wachtwoorden en codes',
          body: md`
Heeft uw naaste een inlogcode, pincode of wachtwoord gegeven? Verander die dan meteen. Begin met de bank-app en het e-mailadres. Heeft de oplichter meegekeken op de computer of telefoon? Laat het apparaat dan nakijken.
`,
        },
        {
          id: 'bewijs-bewaren',
          title: 'Bewaar alle bewijs',
          body: md`
Maak screenshots van berichten, mails, websites en profielen. Schrijf op welke betalingen er zijn gedaan: datum, bedrag en rekeningnummer. De bank en de politie hebben dit nodig.
`,
        },
      ],
    },
    {
      title: 'In de dagen daarna',
      items: [
        {
          id: 'aangifte-doen',
          title: 'Doe aangifte bij de politie',
          body: md`
Aangifte van online oplichting kan vaak via de website van [de politie](organisations:politie). Voor andere fraude maakt u een afspraak. Veel banken vragen om een aangifte voordat ze iets vergoeden. Lees ook [samen aangifte doen](tips:samen-aangifte-doen).
`,
        },
        {
          id: 'melden-bij-fraudehelpdesk',
          title: 'Meld de fraude bij de Fraudehelpdesk',
          body: md`
De [Fraudehelpdesk](organisations:fraudehelpdesk) geeft advies over wat uw naaste nog kan doen. Zij waarschuwen ook anderen voor nieuwe trucs. Een melding is geen aangifte: doe daarom allebei.
`,
        },
        {
          id: 'geld-terugvragen',
          title: 'Vraag de bank om het geld terug',
          body: md`
Vraag de bank schriftelijk of zij de schade vergoeden. Dat gebeurt soms, bijvoorbeeld als oplichters zich voordeden als medewerker van de bank. Bent u het niet eens met de bank? Het [Juridisch Loket](organisations:juridisch-loket) legt uit wat u kunt doen.
`,
        },
        {
          id: 'pas-op-voor-tweede-oplichting',
          title: 'Pas op voor een tweede oplichting',
          body: md`
Na fraude melden zich soms "hulpverleners" die beloven het geld terug te halen. Ze vragen eerst zelf geld. Dat is ook oplichting. Echte instanties vragen nooit geld om uw geld terug te halen.
`,
        },
      ],
    },
    {
      title: 'Zorg voor uw naaste en voor uzelf',
      items: [
        {
          id: 'geen-verwijten',
          title: 'Maak uw naaste geen verwijten',
          body: md`
Een zin als "Hoe kon je daar nou in trappen?" doet veel pijn. Zeg liever: "Het is niet jouw schuld. Die mensen zijn hier heel goed in." Lees ook [schuld en schaamte](tips:schuld-en-schaamte).
`,
        },
        {
          id: 'helpen-bij-geldzorgen',
          title: 'Help bij geldzorgen',
          body: md`
Is er veel geld weg? Kijk samen welke rekeningen eerst betaald moeten worden, zoals huur en energie. Neem op tijd contact op met wie er geld krijgt. [Slachtofferhulp Nederland](organisations:slachtofferhulp) kan meedenken.
`,
        },
        {
          id: 'vergeet-uzelf-niet',
          title: 'Vergeet uzelf niet',
          body: md`
Helpen kost energie, zeker als het lang duurt. Spreek af wat u wel en niet kunt doen. Lees [goed voor uzelf zorgen](tips:goed-voor-uzelf-zorgen).
`,
        },
      ],
    },
  ],
  relatedTips: ['schuld-en-schaamte', 'het-is-nooit-de-schuld-van-het-slachtoffer', 'samen-aangifte-doen', 'schade-vergoed-krijgen'],
  relatedVideos: ['mijn-moeder-werd-opgelicht', 'hoe-werkt-een-aangifte'],
}

const geweld: SeedChecklist = {
  slug: 'geweld',
  offence: 'geweld',
  title: 'Check wat u kunt doen bij geweld',
  summary:
    'Is uw naaste mishandeld of bedreigd? Lees wat u direct doet, hoe u letsel laat vastleggen, helpt bij aangifte en schadevergoeding, en hoe u steun biedt.',
  intro: md`
Geweld maakt veel los. Uw naaste kan pijn hebben, bang zijn of heel boos. Dat zijn normale reacties op iets wat niet normaal is.

Is er nu gevaar? Bel dan meteen **112**.
`,
  sections: [
    {
      title: 'Direct na het geweld',
      items: [
        {
          id: 'zorg-voor-veiligheid',
          title: 'Zorg dat uw naaste veilig is',
          body: md`
Is de dader nog in de buurt of is er gevaar? Bel 112. Blijf bij uw naaste, of zorg dat iemand anders dat doet.
`,
        },
        {
          id: 'letsel-laten-nakijken',
          title: 'Laat de verwondingen nakijken',
          body: md`
Ga naar de [huisarts of huisartsenpost](organisations:huisarts), ook bij kleine verwondingen. Letsel is soms erger dan het lijkt, bijvoorbeeld na een klap op het hoofd. Vraag de arts het letsel op te schrijven. Dat helpt later bij aangifte en schadevergoeding.
`,
        },
        {
          id: 'fotos-van-letsel',
          title: "Maak foto's van het letsel",
          body: md`
Maak foto's van blauwe plekken, wonden en kapotte kleding. Doe dat een paar dagen later nog een keer: blauwe plekken zijn dan vaak beter te zien. Gooi kapotte kleding niet weg.
`,
        },
        {
          id: 'opschrijven-wat-er-gebeurde',
          title: 'Schrijf op wat er gebeurde',
          body: md`
Schrijf zo snel mogelijk op wat uw naaste nog weet. Hoe zag de dader eruit? Waren er getuigen of camera's? Na een schok vergeten mensen snel details.
`,
        },
      ],
    },
    {
      title: 'In de weken daarna',
      items: [
        {
          id: 'helpen-bij-aangifte',
          title: 'Help bij de aangifte',
          body: md`
Aangifte doet uw naaste bij [de politie](organisations:politie). Uw naaste beslist zelf of hij of zij dat wil. U mag vaak mee als steun. Zeg bij de aangifte dat uw naaste de schade vergoed wil krijgen.
`,
        },
        {
          id: 'huiselijk-geweld-veilig-thuis',
          title: 'Gebeurde het thuis? Bel Veilig Thuis',
          body: md`
Is de dader een partner, ex of familielid? Dan gaat het om huiselijk geweld. [Veilig Thuis](organisations:veilig-thuis) geeft advies, ook aan u als familie of vriend. U kunt anoniem bellen, dag en nacht.
`,
        },
        {
          id: 'schadefonds',
          title: 'Kijk of het Schadefonds kan helpen',
          body: md`
Heeft uw naaste ernstig letsel door geweld? Dan kan het [Schadefonds Geweldsmisdrijven](organisations:schadefonds-geweldsmisdrijven) een bedrag uitkeren. Dat kan ook als de dader niet wordt gevonden. [Slachtofferhulp Nederland](organisations:slachtofferhulp) helpt gratis bij de aanvraag.
`,
        },
        {
          id: 'klachten-die-blijven',
          title: 'Let op klachten die blijven',
          body: md`
Slecht slapen, schrikken en piekeren zijn normaal in de eerste weken. Blijven de klachten langer dan een maand, of worden ze erger? Raad dan een gesprek met de huisarts aan. Lees ook [normale reacties na een schok](tips:normale-reacties-na-een-schok).
`,
        },
      ],
    },
    {
      title: 'Zorg voor uw naaste en voor uzelf',
      items: [
        {
          id: 'luisteren',
          title: 'Luister als uw naaste wil praten',
          body: md`
Vraag niet door als uw naaste niet wil praten. Laat wel merken dat u er bent. Lees [luisteren zonder oordeel](tips:luisteren-zonder-oordeel).
`,
        },
        {
          id: 'geen-contact-met-de-dader',
          title: 'Zoek geen contact met de dader',
          body: md`
Misschien bent u woedend op de dader. Dat is begrijpelijk. Neem geen wraak en zoek geen contact: dat maakt het voor uw naaste vaak erger. Praat uw boosheid uit bij iemand anders.
`,
        },
      ],
    },
  ],
  relatedTips: ['normale-reacties-na-een-schok', 'samen-aangifte-doen', 'schade-vergoed-krijgen', 'herstel-kost-tijd'],
  relatedVideos: ['wat-doet-schrik-met-je-lichaam', 'hoe-werkt-een-aangifte'],
}

const nabestaandeNaZelfdoding: SeedChecklist = {
  slug: 'nabestaande-na-zelfdoding',
  offence: 'nabestaande-na-zelfdoding',
  title: 'Check wat u kunt doen voor een nabestaande na zelfdoding',
  summary:
    'Heeft iemand in uw omgeving een dierbare verloren door zelfdoding? Lees wat u kunt doen in de eerste dagen, rond de uitvaart en in de lange tijd daarna.',
  intro: md`
Een dood door zelfdoding is een enorme schok. Nabestaanden voelen verdriet, maar vaak ook schuld, boosheid of schaamte. Er is geen goede of foute manier van rouwen.

U hoeft geen oplossingen te hebben. Er zijn en blijven helpt het meest. Denkt uw naaste zelf aan zelfdoding? Bel of chat dan met [113 Zelfmoordpreventie](organisations:113-zelfmoordpreventie). Dat kan dag en nacht.
`,
  sections: [
    {
      title: 'De eerste dagen',
      items: [
        {
          id: 'er-zijn',
          title: 'Ga erheen en blijf in de buurt',
          body: md`
Bel of ga langs. Zeg gewoon: "Ik weet niet wat ik moet zeggen, maar ik ben er." Stilte is niet erg. Dat u er bent, zegt genoeg.
`,
        },
        {
          id: 'uitleg-politie',
          title: 'Leg uit waarom de politie komt',
          body: md`
Na een zelfdoding komen altijd de politie en een forensisch arts. Zij moeten vaststellen hoe iemand is overleden. Dat is een vaste regel. Het betekent niet dat iemand ergens van wordt verdacht.
`,
        },
        {
          id: 'praktische-hulp',
          title: 'Neem praktische dingen uit handen',
          body: md`
Denk aan boodschappen, koken, de hond uitlaten of de telefoon opnemen. Zeg niet "Laat maar weten als ik iets kan doen", maar bied iets concreets aan. Bijvoorbeeld: "Ik breng morgen eten. Is zes uur goed?"
`,
        },
        {
          id: 'kinderen-vertellen',
          title: 'Help bij het vertellen aan kinderen',
          body: md`
Kinderen merken dat er iets ergs is gebeurd. Vertel het eerlijk, in eenvoudige woorden die passen bij hun leeftijd. Een verzonnen verhaal komt later vaak toch uit en schaadt het vertrouwen. Lees ook [een kind helpen](tips:een-kind-helpen).
`,
        },
      ],
    },
    {
      title: 'Rond de uitvaart',
      items: [
        {
          id: 'uitvaart-regelen',
          title: 'Help bij het regelen van de uitvaart',
          body: md`
Een uitvaartondernemer regelt veel en legt alle keuzes uit. Help bijvoorbeeld met het maken van lijsten, het bellen van mensen of het kiezen van muziek. Uw naaste beslist zelf wat er over de doodsoorzaak wordt gezegd.
`,
        },
        {
          id: 'openheid-respecteren',
          title: 'Volg hoe open de familie wil zijn',
          body: md`
Sommige families vertellen eerlijk dat het zelfdoding was, andere niet. Volg wat uw naaste wil. Twijfelt u? Vraag dan: "Wat mag ik tegen anderen zeggen?"
`,
        },
        {
          id: 'let-op-uw-woorden',
          title: 'Let op uw woorden',
          body: md`
Zeg liever "zelfdoding" of "hij heeft een einde aan zijn leven gemaakt" dan "zelfmoord plegen". Vraag niet naar details van hoe het gebeurde. Noem de overledene gewoon bij naam en deel mooie herinneringen.
`,
        },
      ],
    },
    {
      title: 'De maanden daarna',
      items: [
        {
          id: 'contact-houden',
          title: 'Blijf ook na de uitvaart contact houden',
          body: md`
Na een paar weken gaat de rest van de wereld verder. Juist dan voelen nabestaanden zich vaak alleen. Zet belangrijke data in uw agenda, zoals de verjaardag en de sterfdag. Stuur dan een berichtje.
`,
        },
        {
          id: 'vragen-over-schuld',
          title: 'Luister naar vragen over schuld',
          body: md`
Nabestaanden vragen zich vaak af: "Had ik het kunnen zien? Had ik het kunnen voorkomen?" Praat die gedachten niet weg, maar luister. Lees ook [rouw na zelfdoding](tips:rouw-na-zelfdoding).
`,
        },
        {
          id: 'signalen-van-wanhoop',
          title: 'Let op signalen van wanhoop',
          body: md`
Nabestaanden na zelfdoding lopen zelf meer risico op zelfdoding. Zegt uw naaste dat hij of zij er niet meer wil zijn? Vraag er dan rustig naar: praten over zelfdoding brengt iemand niet op het idee. Bel of chat samen met [113 Zelfmoordpreventie](organisations:113-zelfmoordpreventie).
`,
        },
        {
          id: 'hulp-en-lotgenoten',
          title: 'Wijs op hulp en lotgenoten',
          body: md`
Praten met andere nabestaanden na zelfdoding helpt veel mensen. 113 Zelfmoordpreventie heeft ook steun voor nabestaanden. Loopt het rouwen vast? De [huisarts](organisations:huisarts) kan doorverwijzen naar een rouwtherapeut.
`,
        },
        {
          id: 'zorg-voor-uzelf',
          title: 'Zorg ook voor uzelf',
          body: md`
Misschien kende u de overledene ook. Dan rouwt u zelf ook. Zoek steun bij anderen en lees [goed voor uzelf zorgen](tips:goed-voor-uzelf-zorgen).
`,
        },
      ],
    },
  ],
  relatedTips: ['rouw-na-zelfdoding', 'een-kind-helpen', 'goed-voor-uzelf-zorgen', 'een-steungroep-om-u-heen'],
  relatedVideos: [],
}

const onlineSeksueleIntimidatie: SeedChecklist = {
  slug: 'online-seksuele-intimidatie',
  offence: 'online-seksuele-intimidatie',
  title: 'Check wat u kunt doen bij online seksuele intimidatie',
  summary:
    'Wordt uw naaste online lastiggevallen, gechanteerd met naaktbeelden of zijn beelden gedeeld? Lees wat u direct doet en waar u hulp vindt.',
  intro: md`
Online seksuele intimidatie voelt heel bedreigend. Denk aan ongewenste seksuele berichten, chantage met naaktbeelden (sextortion) of beelden die zonder toestemming worden gedeeld. Het overkomt jongeren en volwassenen.

Het is nooit de schuld van het slachtoffer. Ook niet als uw naaste zelf een foto heeft gestuurd. Wat de ander doet, is strafbaar.
`,
  sections: [
    {
      title: 'Direct doen',
      items: [
        {
          id: 'niet-betalen',
          title: 'Betaal niet bij chantage',
          body: md`
Dreigt iemand beelden te delen als uw naaste niet betaalt of meer beelden stuurt? Betaal dan niet en stuur niets meer. Betalen stopt de chantage bijna nooit. De afperser vraagt daarna vaak om nog meer.
`,
        },
        {
          id: 'screenshots-maken',
          title: 'Maak screenshots als bewijs',
          body: md`
Maak screenshots van de berichten, het profiel, de gebruikersnaam en betaalverzoeken. Zorg dat datum en tijd te zien zijn. Stuur naaktbeelden van iemand onder de 18 nooit door, ook niet als bewijs: dat is strafbaar.
`,
        },
        {
          id: 'contact-stoppen',
          title: 'Stop het contact, maar verwijder niets',
          body: md`
Laat uw naaste niet meer reageren. Blokkeer de persoon pas als het bewijs is bewaard. Verwijder het gesprek niet: dat is bewijs.
`,
        },
        {
          id: 'melden-bij-platform',
          title: 'Meld het bij het platform',
          body: md`
Elke app en website heeft een knop om een account of bericht te melden. Vraag het platform om de beelden en het account te verwijderen. Doe dit ook als de beelden al zijn gedeeld.
`,
        },
      ],
    },
    {
      title: 'In de dagen daarna',
      items: [
        {
          id: 'helpwanted',
          title: 'Neem contact op met Helpwanted',
          body: md`
[Helpwanted](organisations:helpwanted) helpt gratis en anoniem bij online seksueel misbruik. Zij helpen ook om beelden offline te krijgen. U kunt samen met uw naaste bellen of chatten.
`,
        },
        {
          id: 'aangifte-overwegen',
          title: 'Bespreek aangifte bij de politie',
          body: md`
Chantage met naaktbeelden en beelden delen zonder toestemming zijn strafbaar. Uw naaste kan daarom aangifte doen bij [de politie](organisations:politie). Neem de screenshots mee. Lees ook [samen aangifte doen](tips:samen-aangifte-doen).
`,
        },
        {
          id: 'accounts-beveiligen',
          title: 'Maak accounts veiliger',
          body: md`
Verander wachtwoorden en zet tweestapsverificatie aan. Kijk welke informatie openbaar is, zoals woonplaats, school of werk. Lees [veilig online na intimidatie](tips:veilig-online-na-intimidatie).
`,
        },
        {
          id: 'niet-zelf-zoeken',
          title: 'Zoek niet zelf naar de beelden',
          body: md`
Steeds zoeken of de beelden nog ergens staan, maakt het zwaarder. Laat het zoeken en verwijderen over aan het platform en Helpwanted.
`,
        },
      ],
    },
    {
      title: 'Steun uw naaste',
      items: [
        {
          id: 'reageren-zonder-oordeel',
          title: 'Reageer zonder oordeel',
          body: md`
Zeg niet: "Waarom stuurde je die foto?" Zeg liever: "Goed dat je het vertelt. We lossen dit samen op." De schaamte is vaak groot. Een rustige reactie maakt het makkelijker om hulp te vragen.
`,
        },
        {
          id: 'telefoon-niet-afpakken',
          title: 'Gaat het om uw kind? Pak de telefoon niet af',
          body: md`
Kinderen vertellen minder als ze bang zijn hun telefoon kwijt te raken. Maak liever samen afspraken. Wilt u de school inlichten? Overleg dan eerst met uw kind. Lees [een kind helpen](tips:een-kind-helpen).
`,
        },
        {
          id: 'let-op-hoe-het-gaat',
          title: 'Let op hoe het met uw naaste gaat',
          body: md`
Angst, schaamte en slecht slapen komen veel voor. Zegt uw naaste dat hij of zij niet meer wil leven? Neem dat altijd serieus en bel of chat met [113 Zelfmoordpreventie](organisations:113-zelfmoordpreventie).
`,
        },
      ],
    },
  ],
  relatedTips: [
    'veilig-online-na-intimidatie',
    'het-is-nooit-de-schuld-van-het-slachtoffer',
    'schuld-en-schaamte',
    'luisteren-zonder-oordeel',
  ],
  relatedVideos: ['zo-reageert-u-als-iemand-vertelt'],
}

const overvalOfBeroving: SeedChecklist = {
  slug: 'overval-of-beroving',
  offence: 'overval-of-beroving',
  title: 'Check wat u kunt doen bij een overval of beroving',
  summary:
    'Is uw naaste overvallen of beroofd? Lees wat u direct kunt regelen, hoe u helpt bij aangifte en schrikreacties, en waar u hulp vindt.',
  intro: md`
Een overval of beroving duurt vaak maar kort. Toch kan de schrik lang doorwerken. Uw naaste voelt zich misschien niet meer veilig op straat, thuis of op het werk.

Deze checklist helpt u met de eerste praktische dingen. En met de tijd daarna.
`,
  sections: [
    {
      title: 'Direct na de overval',
      items: [
        {
          id: 'bel-112',
          title: 'Bel 112 bij gevaar of letsel',
          body: md`
Is de dader nog in de buurt, of is uw naaste gewond? Bel 112. Is het gevaar voorbij? Neem dan contact op met [de politie](organisations:politie).
`,
        },
        {
          id: 'passen-blokkeren',
          title: 'Blokkeer passen en telefoon',
          body: md`
Zijn bankpassen, een creditcard of een telefoon meegenomen? Laat ze zo snel mogelijk blokkeren via de bank en de provider. Verander ook de wachtwoorden van apps op de telefoon.
`,
        },
        {
          id: 'sleutels-en-papieren',
          title: 'Denk aan sleutels en papieren',
          body: md`
Zijn huissleutels meegenomen, samen met iets waarop het adres staat? Laat dan de sloten vervangen. Een gestolen paspoort, ID-kaart of rijbewijs meldt u bij de gemeente.
`,
        },
        {
          id: 'opschrijven',
          title: 'Schrijf op wat uw naaste nog weet',
          body: md`
Hoe zag de dader eruit? Wat zei hij of zij? Welke kant ging de dader op? Waren er getuigen of camera's? Na een schok vergeten mensen snel details.
`,
        },
      ],
    },
    {
      title: 'In de weken daarna',
      items: [
        {
          id: 'aangifte',
          title: 'Help bij de aangifte',
          body: md`
Uw naaste doet aangifte bij [de politie](organisations:politie). Ga mee als steun, als uw naaste dat wil. Neem een lijst mee van wat er is gestolen. Lees ook [wat er gebeurt na de aangifte](tips:wat-gebeurt-er-na-de-aangifte).
`,
        },
        {
          id: 'werkgever-betrekken',
          title: 'Overval op het werk? Vraag wat de werkgever regelt',
          body: md`
Een werkgever moet zorgen voor opvang na een overval. Vraag wat er is geregeld, zoals een gesprek met een opvangteam. Uw naaste hoeft niet meteen weer achter de kassa te staan.
`,
        },
        {
          id: 'schade-vergoeden',
          title: 'Kijk naar schadevergoeding',
          body: md`
De verzekering vergoedt gestolen spullen soms. Heeft uw naaste letsel door het geweld? Dan kan het [Schadefonds Geweldsmisdrijven](organisations:schadefonds-geweldsmisdrijven) misschien helpen. Lees [schade vergoed krijgen](tips:schade-vergoed-krijgen).
`,
        },
        {
          id: 'schrikreacties-normaal',
          title: 'Leg uit dat schrikreacties normaal zijn',
          body: md`
Veel mensen slapen slecht, zijn schrikkerig of zien de overval steeds weer voor zich. Dat is een normale reactie en wordt meestal na een paar weken minder. Lees [normale reacties na een schok](tips:normale-reacties-na-een-schok).
`,
        },
      ],
    },
    {
      title: 'Zorg voor uw naaste en voor uzelf',
      items: [
        {
          id: 'samen-naar-buiten',
          title: 'Ga samen weer naar buiten',
          body: md`
Durft uw naaste niet meer over straat of naar de plek van de overval? Ga dan eerst samen. Kleine stappen helpen om weer vertrouwen te krijgen. Dwing niets.
`,
        },
        {
          id: 'hulp-bij-blijvende-klachten',
          title: 'Zoek hulp als de klachten blijven',
          body: md`
Blijven angst of nachtmerries langer dan een maand? Of worden ze erger? Dan kunnen [Slachtofferhulp Nederland](organisations:slachtofferhulp) en de [huisarts](organisations:huisarts) helpen.
`,
        },
        {
          id: 'let-op-uzelf',
          title: 'Let ook op uzelf',
          body: md`
Was u erbij, of schrok u erg van het nieuws? Dan kunt u zelf ook klachten krijgen. Lees [stress herkennen](tips:stress-herkennen).
`,
        },
      ],
    },
  ],
  relatedTips: ['normale-reacties-na-een-schok', 'stress-herkennen', 'samen-aangifte-doen', 'schade-vergoed-krijgen'],
  relatedVideos: ['wat-doet-schrik-met-je-lichaam'],
}

const seksueelMisbruik: SeedChecklist = {
  slug: 'seksueel-misbruik',
  offence: 'seksueel-misbruik',
  title: 'Check wat u kunt doen bij seksueel misbruik',
  summary:
    'Heeft uw naaste seksueel geweld of misbruik meegemaakt? Lees hoe u steunt, wat u in de eerste dagen kunt doen en waar u hulp vindt, ook als het lang geleden is.',
  intro: md`
Als iemand u vertelt over seksueel geweld, is dat een teken van groot vertrouwen. Uw eerste reactie is belangrijk. Geloof uw naaste en blijf rustig.

Uw naaste bepaalt wat er gebeurt en in welk tempo. Is het minder dan een week geleden? Dan kan het [Centrum Seksueel Geweld](organisations:centrum-seksueel-geweld) snel helpen. Zij zijn dag en nacht bereikbaar.
`,
  sections: [
    {
      title: 'Als het kort geleden is',
      items: [
        {
          id: 'veiligheid',
          title: 'Zorg dat uw naaste veilig is',
          body: md`
Is er nu gevaar of ernstig letsel? Bel 112. Blijf bij uw naaste, of zorg dat er iemand bij is.
`,
        },
        {
          id: 'centrum-seksueel-geweld-bellen',
          title: 'Bel het Centrum Seksueel Geweld',
          body: md`
Is het minder dan zeven dagen geleden? Bel dan het [Centrum Seksueel Geweld](organisations:centrum-seksueel-geweld). Zij geven medische hulp, ook tegen zwangerschap en soa's. Ze kunnen ook sporen vastleggen, zodat uw naaste later nog kan kiezen voor aangifte.
`,
        },
        {
          id: 'sporen-bewaren',
          title: 'Bewaar sporen zo goed mogelijk',
          body: md`
Wil uw naaste misschien aangifte doen? Dan is het beter om nog niet te douchen en de kleding niet te wassen. Stop gedragen kleding in een papieren zak. Heeft uw naaste al gedoucht? Dat is niet erg: ga toch naar het Centrum Seksueel Geweld.
`,
        },
        {
          id: 'niet-alleen-laten',
          title: 'Laat uw naaste niet alleen',
          body: md`
Ga mee naar de arts of het Centrum Seksueel Geweld, als uw naaste dat wil. Vraag wat uw naaste nodig heeft. Soms is dat praten, soms een kop thee en stilte.
`,
        },
      ],
    },
    {
      title: 'Steun bij praten en kiezen',
      items: [
        {
          id: 'geloof-uw-naaste',
          title: 'Geloof uw naaste',
          body: md`
Zeg: "Ik geloof je. Het is niet jouw schuld." Vraag niet waarom uw naaste niet eerder iets zei of niet wegging. Zulke vragen voelen als een verwijt. Lees [wat zegt u wel en niet](tips:wat-zegt-u-wel-en-niet).
`,
        },
        {
          id: 'zelf-laten-kiezen',
          title: 'Laat uw naaste zelf kiezen',
          body: md`
Bij seksueel geweld is iemand de controle kwijtgeraakt. Beslis daarom niets over het hoofd van uw naaste heen. Geef informatie en vraag wat uw naaste wil.
`,
        },
        {
          id: 'informatief-gesprek',
          title: 'Vertel over het informatieve gesprek bij de politie',
          body: md`
Twijfelt uw naaste over aangifte? Dan kan hij of zij eerst een informatief gesprek hebben met de zedenpolitie. Uw naaste hoort dan wat een aangifte inhoudt. In dat gesprek wordt nog geen aangifte gedaan. Neem contact op via [de politie](organisations:politie).
`,
        },
        {
          id: 'ook-als-het-lang-geleden-is',
          title: 'Weet dat er ook hulp is als het lang geleden is',
          body: md`
Veel mensen vertellen pas na jaren over misbruik. Ook dan kunnen het [Centrum Seksueel Geweld](organisations:centrum-seksueel-geweld), [Slachtofferhulp Nederland](organisations:slachtofferhulp) en de [huisarts](organisations:huisarts) helpen. Aangifte is vaak ook na lange tijd nog mogelijk.
`,
        },
        {
          id: 'gaat-het-om-een-kind',
          title: 'Gaat het om een kind? Vraag advies aan Veilig Thuis',
          body: md`
Denkt u dat een kind seksueel wordt misbruikt? Bel [Veilig Thuis](organisations:veilig-thuis) voor advies. Ga de dader niet zelf confronteren. Dat kan het kind in gevaar brengen.
`,
        },
      ],
    },
    {
      title: 'Zorg ook voor uzelf',
      items: [
        {
          id: 'eigen-gevoelens',
          title: 'Geef uw eigen gevoelens een plek',
          body: md`
Het verhaal van uw naaste kan u boos, verdrietig of machteloos maken. Praat daarover met iemand anders dan uw naaste. Ook u kunt terecht bij [Slachtofferhulp Nederland](organisations:slachtofferhulp).
`,
        },
        {
          id: 'geduld-met-intimiteit',
          title: 'Bent u de partner? Wees geduldig met intimiteit',
          body: md`
Aanraken of seks kan een tijd moeilijk zijn. Praat er open over en laat uw partner het tempo bepalen. Lees [als uw relatie verandert](tips:als-uw-relatie-verandert).
`,
        },
      ],
    },
  ],
  relatedTips: ['luisteren-zonder-oordeel', 'het-is-nooit-de-schuld-van-het-slachtoffer', 'wat-zegt-u-wel-en-niet', 'uw-grenzen-aangeven'],
  relatedVideos: ['zo-reageert-u-als-iemand-vertelt'],
}

const stalking: SeedChecklist = {
  slug: 'stalking',
  offence: 'stalking',
  title: 'Check wat u kunt doen bij stalking',
  summary:
    'Wordt uw naaste gestalkt? Lees hoe u helpt om bewijs te verzamelen, veilig te blijven en stappen te zetten om de stalking te laten stoppen.',
  intro: md`
Bij stalking zoekt iemand steeds contact terwijl uw naaste dat niet wil. Of houdt iemand uw naaste in de gaten. Vaak is het een ex-partner, maar het kan ook een bekende of een onbekende zijn. Stalking is strafbaar. In de wet heet het belaging.

Stalking duurt vaak lang. Dat maakt het zwaar, ook voor u. Deze checklist helpt u stap voor stap.
`,
  sections: [
    {
      title: 'Veiligheid en bewijs',
      items: [
        {
          id: 'dreiging-serieus-nemen',
          title: 'Neem dreiging altijd serieus',
          body: md`
Wordt uw naaste bedreigd of staat de stalker voor de deur? Bel 112. Maak samen een plan: waar kan uw naaste heen als het misgaat, en wie belt hij of zij dan?
`,
        },
        {
          id: 'logboek-bijhouden',
          title: 'Houd samen een logboek bij',
          body: md`
Schrijf elk voorval op: datum, tijd, plaats, wat er gebeurde en wie het zag. Ook kleine dingen, zoals een auto die steeds langsrijdt. Zo ziet de politie dat het om een patroon gaat.
`,
        },
        {
          id: 'bewijs-bewaren',
          title: 'Bewaar alle berichten en cadeaus',
          body: md`
Verwijder geen berichten, mails of voicemails. Maak screenshots en bewaar brieven en cadeaus. Vraag buren of collega's om op te letten en het te vertellen als ze iets zien.
`,
        },
        {
          id: 'contact-stoppen',
          title: 'Stop alle contact met de stalker',
          body: md`
Laat uw naaste één keer duidelijk zeggen dat hij of zij geen contact wil. Dat kan het best in een bericht of brief. Reageer daarna nergens meer op. Elke reactie, ook een boze, kan de stalker aanmoedigen.
`,
        },
        {
          id: 'telefoon-en-accounts',
          title: 'Controleer telefoon en accounts',
          body: md`
Stalkers lezen soms mee via gedeelde accounts, locatie-apps of verborgen apps. Verander wachtwoorden en zet locatie delen uit. Twijfelt u of de telefoon veilig is? Laat hem nakijken.
`,
        },
      ],
    },
    {
      title: 'Stappen zetten',
      items: [
        {
          id: 'naar-de-politie',
          title: 'Doe aangifte bij de politie',
          body: md`
Neem het logboek en het bewijs mee naar [de politie](organisations:politie). Vraag of uw naaste een vaste contactpersoon krijgt. Lees [samen aangifte doen](tips:samen-aangifte-doen).
`,
        },
        {
          id: 'contactverbod',
          title: 'Vraag naar een contactverbod',
          body: md`
Een rechter kan de stalker verbieden om contact te zoeken of in de buurt te komen. Het [Juridisch Loket](organisations:juridisch-loket) legt uit hoe dat werkt. Vaak is er een advocaat voor nodig.
`,
        },
        {
          id: 'ex-partner-veilig-thuis',
          title: 'Is de stalker een ex? Bel Veilig Thuis',
          body: md`
Stalking door een ex-partner is een vorm van huiselijk geweld. [Veilig Thuis](organisations:veilig-thuis) geeft advies en helpt bij een veiligheidsplan.
`,
        },
      ],
    },
    {
      title: 'Zorg voor uw naaste en voor uzelf',
      items: [
        {
          id: 'serieus-nemen',
          title: 'Neem uw naaste serieus',
          body: md`
Zeg niet: "Hij bedoelt het vast niet zo" of "Negeer het gewoon." Stalking maakt mensen angstig en moe. Laat merken dat u uw naaste gelooft en wilt helpen.
`,
        },
        {
          id: 'steun-lange-termijn',
          title: 'Zoek steun voor de lange termijn',
          body: md`
[Slachtofferhulp Nederland](organisations:slachtofferhulp) helpt bij stalking, praktisch en emotioneel. Vraag ook anderen om mee te helpen, zodat niet alles op u neerkomt. Lees [een steungroep om u heen](tips:een-steungroep-om-u-heen).
`,
        },
        {
          id: 'eigen-grenzen',
          title: 'Bewaak uw eigen grenzen',
          body: md`
Soms richt de stalker zich ook op u. Ga nooit zelf in gesprek met de stalker. Schrijf ook op wat u zelf meemaakt. Lees [uw grenzen aangeven](tips:uw-grenzen-aangeven).
`,
        },
      ],
    },
  ],
  relatedTips: ['uw-grenzen-aangeven', 'samen-aangifte-doen', 'stress-herkennen', 'een-steungroep-om-u-heen'],
  relatedVideos: ['hoe-werkt-een-aangifte'],
}

const verkeersongeval: SeedChecklist = {
  slug: 'verkeersongeval',
  offence: 'verkeersongeval',
  title: 'Check wat u kunt doen na een verkeersongeval',
  summary:
    'Heeft uw naaste een verkeersongeval gehad? Lees wat u kunt regelen rond schade, letsel, verzekering en rijbewijs, en hoe u steun biedt.',
  intro: md`
Een ongeluk gebeurt in een paar seconden. De gevolgen kunnen lang duren: pijn, schade, gedoe met verzekeraars en angst in het verkeer. Misschien voelt uw naaste zich schuldig, ook als dat niet terecht is.

Deze checklist helpt u bij de eerste regelzaken en de tijd daarna.
`,
  sections: [
    {
      title: 'Direct na het ongeluk',
      items: [
        {
          id: 'bel-112',
          title: 'Bel 112 bij letsel of gevaar',
          body: md`
Is iemand gewond, of staat een voertuig op een gevaarlijke plek? Bel 112. Is er alleen schade aan de voertuigen en werkt iedereen mee? Dan is 112 niet nodig.
`,
        },
        {
          id: 'schadeformulier',
          title: 'Vul het schadeformulier in',
          body: md`
Vul samen met de andere partij het Europees schadeformulier in. Dat kan op papier of met een app. Schrijf ook kenteken, naam en verzekeraar van de ander op. Laat uw naaste niets tekenen waar hij of zij het niet mee eens is.
`,
        },
        {
          id: 'fotos-en-getuigen',
          title: "Maak foto's en noteer getuigen",
          body: md`
Maak foto's van de plek, de voertuigen, de schade en het letsel. Vraag getuigen om hun naam en telefoonnummer. Dat is later belangrijk om te bepalen wie schuld heeft.
`,
        },
        {
          id: 'letsel-laten-nakijken',
          title: 'Laat letsel altijd nakijken',
          body: md`
Sommige klachten, zoals nekpijn of hoofdpijn, komen pas later. Ga naar de [huisarts](organisations:huisarts) en vraag om het letsel in het dossier te zetten. Bewaar bonnetjes van alle kosten.
`,
        },
      ],
    },
    {
      title: 'In de weken daarna',
      items: [
        {
          id: 'schade-melden',
          title: 'Meld de schade bij de verzekeraar',
          body: md`
Meld de schade zo snel mogelijk bij de eigen verzekeraar. Die neemt contact op met de verzekeraar van de ander. Bewaar alle brieven en mails in één map.
`,
        },
        {
          id: 'letselschade',
          title: 'Zoek hulp bij letselschade',
          body: md`
Is uw naaste gewond geraakt door een ander? Dan betaalt de verzekeraar van de ander meestal ook de kosten van een letselschadedeskundige. Kies iemand met een keurmerk. [Slachtofferhulp Nederland](organisations:slachtofferhulp) kan u hierover adviseren.
`,
        },
        {
          id: 'doorgereden-of-onverzekerd',
          title: 'Doorgereden of onverzekerd? Er is een fonds',
          body: md`
Is de andere bestuurder doorgereden of niet verzekerd? Dan kan het Waarborgfonds Motorverkeer de schade soms vergoeden. Doe in dat geval altijd aangifte bij [de politie](organisations:politie).
`,
        },
        {
          id: 'rijbewijs',
          title: 'Weet wat er met het rijbewijs kan gebeuren',
          body: md`
Heeft de politie het rijbewijs van uw naaste ingenomen? Dan beslist de officier van justitie binnen tien dagen of uw naaste het terugkrijgt. Het [Juridisch Loket](organisations:juridisch-loket) kan uitleg geven. Vraag bij letsel ook de arts of autorijden weer veilig is.
`,
        },
      ],
    },
    {
      title: 'Zorg voor uw naaste en voor uzelf',
      items: [
        {
          id: 'angst-in-het-verkeer',
          title: 'Help bij angst in het verkeer',
          body: md`
Veel mensen zijn na een ongeluk bang om weer te rijden of te fietsen. Rijd eerst samen een rustig stukje. Dwing niets, maar wacht ook niet te lang.
`,
        },
        {
          id: 'schuldgevoel',
          title: 'Luister naar schuldgevoel',
          body: md`
Uw naaste denkt misschien steeds: "Had ik maar…" Luister, maar ga er niet over in discussie. Is er iemand overleden of ernstig gewond? Dan is extra steun van [Slachtofferhulp Nederland](organisations:slachtofferhulp) belangrijk.
`,
        },
        {
          id: 'lange-adem',
          title: 'Houd rekening met een lange adem',
          body: md`
Een letselschadezaak duurt soms jaren. Help uw naaste om overzicht te houden, maar neem niet alles over. Lees ook [herstel kost tijd](tips:herstel-kost-tijd).
`,
        },
      ],
    },
  ],
  relatedTips: ['schade-vergoed-krijgen', 'herstel-kost-tijd', 'normale-reacties-na-een-schok', 'rechten-van-slachtoffers'],
  relatedVideos: ['wat-doet-schrik-met-je-lichaam'],
}

const woninginbraak: SeedChecklist = {
  slug: 'woninginbraak',
  offence: 'woninginbraak',
  title: 'Check wat u kunt doen na een woninginbraak',
  summary:
    'Is er ingebroken bij uw naaste? Lees wat u direct doet, hoe u schade, verzekering en sloten regelt en hoe u helpt om zich weer veilig te voelen.',
  intro: md`
Een inbraak is meer dan spullen kwijt. Er is een vreemde in huis geweest. Veel mensen voelen zich daarna niet meer veilig in hun eigen huis. Dat is een normale reactie.

Deze checklist helpt u met de eerste uren, de praktische zaken en de tijd daarna.
`,
  sections: [
    {
      title: 'Direct na de inbraak',
      items: [
        {
          id: 'inbreker-nog-binnen',
          title: 'Bel 112 als de inbreker er nog kan zijn',
          body: md`
Ga niet naar binnen als u denkt dat de inbreker nog in huis is. Wacht buiten op een veilige plek en bel 112.
`,
        },
        {
          id: 'niets-aanraken',
          title: 'Raak zo weinig mogelijk aan',
          body: md`
De politie kan sporen zoeken, zoals vingerafdrukken en schoenafdrukken. Laat alles liggen tot de politie is geweest. Ruim nog niet op en maak niets schoon.
`,
        },
        {
          id: 'politie-bellen',
          title: 'Bel de politie',
          body: md`
Is de inbreker weg? Neem dan contact op met [de politie](organisations:politie). Zij vertellen of ze langskomen voor sporenonderzoek en hoe uw naaste aangifte doet.
`,
        },
        {
          id: 'fotos-van-de-schade',
          title: "Maak foto's van de schade",
          body: md`
Maak foto's van de deur, het raam en de kamers, voordat u gaat opruimen. De verzekeraar vraagt daar vaak om.
`,
        },
      ],
    },
    {
      title: 'Praktisch regelen',
      items: [
        {
          id: 'lijst-gestolen-spullen',
          title: 'Maak een lijst van wat weg is',
          body: md`
Schrijf op wat er is gestolen, met merk, type en serienummer als dat kan. Zoek aankoopbonnen en foto's op. Deze lijst is nodig voor de aangifte en de verzekering.
`,
        },
        {
          id: 'passen-en-papieren',
          title: 'Blokkeer passen en meld papieren',
          body: md`
Zijn bankpassen weg? Laat ze meteen blokkeren. Is een paspoort, ID-kaart of rijbewijs gestolen? Meld dat bij de gemeente en vermeld het bij de aangifte.
`,
        },
        {
          id: 'sloten-vervangen',
          title: 'Laat kapotte sloten snel maken',
          body: md`
Zijn deuren of ramen kapot, of zijn er sleutels meegenomen? Laat de sloten dan dezelfde dag nog maken of vervangen. Kies sloten met het SKG-keurmerk van minimaal twee sterren. Veel verzekeraars vragen daarom.
`,
        },
        {
          id: 'verzekering',
          title: 'Meld de inbraak bij de verzekeraar',
          body: md`
Gestolen spullen meldt u bij de inboedelverzekering. Schade aan het huis zelf valt vaak onder de opstalverzekering. Huurt uw naaste? Dan regelt de verhuurder meestal de schade aan deuren en ramen.
`,
        },
      ],
    },
    {
      title: 'Weer veilig voelen',
      items: [
        {
          id: 'angst-serieus-nemen',
          title: 'Neem de angst serieus',
          body: md`
Veel mensen slapen slecht na een inbraak of schrikken van elk geluid. Zeg niet: "Het zijn maar spullen." Luister en vraag wat uw naaste nodig heeft. Lees [normale reacties na een schok](tips:normale-reacties-na-een-schok).
`,
        },
        {
          id: 'blijven-slapen',
          title: 'Bied aan om te blijven slapen',
          body: md`
Durft uw naaste de eerste nachten niet alleen te zijn? Blijf dan slapen of bied een logeerplek aan. Extra licht bij de deur kan ook rust geven.
`,
        },
        {
          id: 'kinderen',
          title: 'Praat met kinderen over de inbraak',
          body: md`
Kinderen zijn soms bang dat de inbreker terugkomt. Leg eenvoudig uit wat er is gebeurd en wat u doet om het huis veilig te maken. Lees [een kind helpen](tips:een-kind-helpen).
`,
        },
      ],
    },
  ],
  relatedTips: ['normale-reacties-na-een-schok', 'samen-aangifte-doen', 'een-kind-helpen'],
  relatedVideos: ['ervaring-na-een-woninginbraak'],
}

const algemeen: SeedChecklist = {
  slug: 'algemeen',
  offence: 'algemeen',
  title: 'Check wat u kunt doen als uw naaste iets ergs heeft meegemaakt',
  summary:
    'Heeft uw naaste een misdrijf, ongeluk of iets anders ergs meegemaakt? Deze checklist helpt u op weg, ook als u nog niet precies weet wat er is gebeurd.',
  intro: md`
Niet alles past in een hokje. Misschien gaat het om diefstal, vernieling, discriminatie of iets wat u nog niet goed kunt benoemen. De basis is steeds hetzelfde: zorg voor veiligheid, luister en help bij de volgende stap.

Gaat het bijvoorbeeld om [fraude](offences:fraude), [geweld](offences:geweld) of [stalking](offences:stalking)? Dan vindt u daar een eigen checklist.
`,
  sections: [
    {
      title: 'Eerst',
      items: [
        {
          id: 'veiligheid',
          title: 'Zorg eerst voor veiligheid',
          body: md`
Is er gevaar of letsel? Bel 112. Is het gevaar voorbij, maar wil uw naaste de politie spreken? Neem dan contact op met [de politie](organisations:politie).
`,
        },
        {
          id: 'luisteren',
          title: 'Luister zonder te oordelen',
          body: md`
Laat uw naaste vertellen in eigen woorden en in eigen tempo. Vraag niet: "Waarom deed je dat?" Lees [luisteren zonder oordeel](tips:luisteren-zonder-oordeel).
`,
        },
        {
          id: 'vragen-wat-nodig-is',
          title: 'Vraag wat uw naaste nodig heeft',
          body: md`
Neem niet alles over, maar vraag: "Wat kan ik nu voor je doen?" Soms is dat praktische hulp, soms gewoon er zijn.
`,
        },
        {
          id: 'opschrijven',
          title: 'Schrijf op wat er is gebeurd',
          body: md`
Noteer zo snel mogelijk wat uw naaste nog weet: datum, tijd, plaats en wie erbij was. Bewaar bewijs, zoals berichten, foto's en bonnetjes.
`,
        },
      ],
    },
    {
      title: 'De volgende stappen',
      items: [
        {
          id: 'aangifte-bespreken',
          title: 'Bespreek of aangifte zinvol is',
          body: md`
Bij een strafbaar feit kan uw naaste aangifte doen bij [de politie](organisations:politie). Uw naaste beslist dat zelf. Lees [samen aangifte doen](tips:samen-aangifte-doen).
`,
        },
        {
          id: 'slachtofferhulp',
          title: 'Neem contact op met Slachtofferhulp',
          body: md`
[Slachtofferhulp Nederland](organisations:slachtofferhulp) helpt gratis na een misdrijf of verkeersongeval. Met praktische zaken, juridische vragen en emotionele steun. Ook u kunt als naaste bellen.
`,
        },
        {
          id: 'rechten',
          title: 'Zoek uit welke rechten uw naaste heeft',
          body: md`
Slachtoffers hebben rechten, zoals informatie over hun zaak en hulp bij schadevergoeding. Lees [rechten van slachtoffers](tips:rechten-van-slachtoffers). Met juridische vragen kunt u ook terecht bij het [Juridisch Loket](organisations:juridisch-loket).
`,
        },
        {
          id: 'passende-hulp',
          title: 'Kijk welke hulp past',
          body: md`
Gaat het om geweld thuis? Bel [Veilig Thuis](organisations:veilig-thuis). Bij seksueel geweld helpt het [Centrum Seksueel Geweld](organisations:centrum-seksueel-geweld). Lees ook [de juiste hulp vinden](tips:de-juiste-hulp-vinden).
`,
        },
      ],
    },
    {
      title: 'Zorg voor uw naaste en voor uzelf',
      items: [
        {
          id: 'herstel-tijd-geven',
          title: 'Geef het herstel tijd',
          body: md`
Schrik, slecht slapen en piekeren zijn normaal in de eerste weken. Blijven de klachten langer dan een maand? Raad dan een gesprek met de [huisarts](organisations:huisarts) aan.
`,
        },
        {
          id: 'zorg-voor-uzelf',
          title: 'Zorg ook goed voor uzelf',
          body: md`
Helpen is waardevol, maar kost energie. Praat zelf ook met iemand, bijvoorbeeld met [MIND Korrelatie](organisations:mind-korrelatie). Lees [goed voor uzelf zorgen](tips:goed-voor-uzelf-zorgen).
`,
        },
      ],
    },
  ],
  relatedTips: ['luisteren-zonder-oordeel', 'de-juiste-hulp-vinden', 'rechten-van-slachtoffers', 'goed-voor-uzelf-zorgen'],
  relatedVideos: ['zo-reageert-u-als-iemand-vertelt'],
}

/** One checklist per offence, in offence order. */
export const checklists: SeedChecklist[] = [
  fraude,
  geweld,
  nabestaandeNaZelfdoding,
  onlineSeksueleIntimidatie,
  overvalOfBeroving,
  seksueelMisbruik,
  stalking,
  verkeersongeval,
  woninginbraak,
  algemeen,
]

/** Draft-only checklist for the draft offence `concept-delict`: must never reach the built site. */
export const draftChecklists: SeedChecklist[] = [
  {
    slug: 'concept-delict',
    offence: 'concept-delict',
    title: `Check wat u kunt doen bij een concept-delict ${DRAFT_MARKER}`,
    summary: `Deze checklist is nog in bewerking. ${DRAFT_MARKER}`,
    intro: md`Deze checklist is nog niet klaar en mag niet op de site komen. ${DRAFT_MARKER}`,
    sections: [
      {
        title: `Eerste stappen ${DRAFT_MARKER}`,
        items: [
          {
            id: 'concept-stap',
            title: `Concept-stap ${DRAFT_MARKER}`,
            body: md`Deze tekst is een concept. ${DRAFT_MARKER}`,
          },
        ],
      },
    ],
    relatedTips: [],
    relatedVideos: [],
  },
]

/** How the seed creates them (seed/step.ts); linked types first. */
export const seed = seedStep({
  after: ['offences', 'organisations', 'tips', 'videos'],
  published: checklists,
  drafts: draftChecklists,
  toData: (d, map) => map.checklist(d),
  // The draft checklist belongs to the draft offence, which has no published id.
  draftLinks: (d) => [{ collection: 'offences', slug: d.offence }],
})
