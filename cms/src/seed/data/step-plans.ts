import { md } from '@hp/content-schemas'
import { seedStep } from '../step.ts'
import { DRAFT_MARKER, type SeedStepPlan } from './types.ts'

export const stepPlans: SeedStepPlan[] = [
  {
    slug: 'nazorg-bij-suicide-op-school',
    title: 'Nazorg bij suïcide op school',
    summary:
      'Een leerling of collega overlijdt door suïcide. Dit stappenplan helpt je school om voorbereid te zijn, de eerste dagen goed te handelen en leerlingen en team daarna te blijven steunen.',
    sectors: ['onderwijs'],
    offences: ['nabestaande-na-zelfdoding'],
    organisations: ['113-zelfmoordpreventie', 'huisarts', 'slachtofferhulp', 'mind-korrelatie'],
    phases: [
      {
        phase: 'preventief',
        intro: md`Een suïcide is altijd een schok. Wie vooraf afspraken maakt, kan in de eerste uren rustiger handelen.`,
        steps: [
          {
            id: 'stel-een-crisisteam-samen',
            title: 'Stel een crisisteam samen',
            body: md`Wijs vooraf een klein team aan: iemand van de directie, de zorgcoördinator, een mentor en iemand voor communicatie. Leg vast wie wie belt en wie met de familie praat. Zet de namen en telefoonnummers in een protocol schokkende gebeurtenissen. Bespreek dat protocol elk schooljaar met het hele team.`,
          },
          {
            id: 'train-medewerkers-in-signaleren',
            title: 'Train medewerkers in het herkennen van signalen',
            body: md`Leer mentoren en docenten signalen van suïcidale gedachten herkennen. Oefen ook hoe je er direct naar vraagt: "Denk je weleens aan zelfdoding?" Die vraag brengt een leerling niet op het idee. Het geeft juist ruimte om te praten. [113 Zelfmoordpreventie](organisations:113-zelfmoordpreventie) biedt hiervoor trainingen aan.`,
          },
          {
            id: 'maak-een-sociale-kaart',
            title: 'Maak een overzicht van hulp in de buurt',
            body: md`Zet op één pagina waar je naartoe verwijst: 113, de huisarts, de jeugdarts van de GGD en de lokale jeugd-GGZ. Noteer ook wie je bij de gemeente belt. Dan hoef je in een crisis niet te zoeken.`,
          },
          {
            id: 'maak-mentale-gezondheid-bespreekbaar',
            title: 'Maak mentale gezondheid bespreekbaar in de klas',
            body: md`Besteed in de lessen aandacht aan stress, somberheid en hulp vragen. Hang het nummer van 113 op plekken waar leerlingen komen, zoals de toiletten en de aula. Zo weten leerlingen waar ze terechtkunnen, ook anoniem.`,
          },
        ],
      },
      {
        phase: 'acuut',
        intro: md`De eerste dagen na het bericht. Handel snel, maar zorgvuldig. Eerlijke en rustige informatie voorkomt geruchten.`,
        steps: [
          {
            id: 'controleer-het-bericht',
            title: 'Controleer eerst het bericht',
            body: md`Berichten via sociale media kloppen niet altijd. Check de feiten bij de familie of de politie voordat je iets vertelt. Roep daarna meteen het crisisteam bij elkaar.`,
          },
          {
            id: 'overleg-met-de-familie',
            title: 'Overleg met de familie wat je vertelt',
            body: md`Laat de mentor of de directeur de familie bellen en condoleren. Vraag wat de school mag vertellen, ook over de doodsoorzaak. Wil de familie niet dat je suïcide noemt? Lieg dan niet. Zeg dat de familie de oorzaak niet wil delen, en vraag leerlingen om dat te respecteren.`,
          },
          {
            id: 'informeer-eerst-het-team',
            title: 'Informeer eerst het team, dan de leerlingen',
            body: md`Breng het team samen vóór de lessen beginnen. Geef iedereen dezelfde korte tekst. Vertel het daarna in alle betrokken klassen tegelijk, in kleine groepen, door een bekende docent. Noem nooit de methode of de plek. Dat verkleint de kans op navolging.`,
          },
          {
            id: 'vang-leerlingen-op',
            title: 'Vang leerlingen op en zoek kwetsbare leerlingen',
            body: md`Richt een rustige ruimte in met vaste mensen die er zijn om te praten. Maak een lijst van leerlingen die extra risico lopen. Denk aan goede vrienden, broers en zussen, klasgenoten en leerlingen die zelf somber zijn. Spreek hen persoonlijk aan. Verwijs bij zorgen direct naar de huisarts of [113 Zelfmoordpreventie](organisations:113-zelfmoordpreventie).`,
          },
          {
            id: 'informeer-alle-ouders',
            title: 'Stuur dezelfde dag een brief aan ouders',
            body: md`Vertel in de brief kort wat er is gebeurd en wat de school doet. Noem signalen waar ouders op kunnen letten, zoals terugtrekken of praten over de dood. Zet de nummers van 113 en de huisarts erin.`,
          },
          {
            id: 'regel-de-communicatie-naar-buiten',
            title: 'Regel de communicatie naar buiten',
            body: md`Wijs één woordvoerder aan voor pers en vragen van buiten. Vraag leerlingen om geen foto's, video's of geruchten te delen online. Houd in de gaten wat er rondgaat en reageer rustig en feitelijk.`,
          },
        ],
      },
      {
        phase: 'nazorg',
        intro: md`Rouw stopt niet na de uitvaart. De weken en maanden daarna zijn net zo belangrijk.`,
        steps: [
          {
            id: 'volg-kwetsbare-leerlingen',
            title: 'Volg kwetsbare leerlingen maandenlang',
            body: md`Laat mentoren de leerlingen op de risicolijst de eerste weken elke week spreken. Vraag direct naar suïcidale gedachten als je je zorgen maakt. Houd contact met ouders en de huisarts. Neem ook leerlingen mee die later pas signalen laten zien.`,
          },
          {
            id: 'geef-ruimte-voor-afscheid',
            title: 'Geef ruimte voor afscheid en herdenken',
            body: md`Overleg met de familie of leerlingen bij de uitvaart mogen zijn. Een condoleanceregister of een tijdelijke herdenkingsplek helpt bij het rouwen. Houd het ingetogen en maak de overledene niet tot held. Haal een herdenkingsplek na een paar weken in overleg weer weg.`,
          },
          {
            id: 'zorg-voor-het-team',
            title: 'Zorg ook voor het team',
            body: md`Mentoren en docenten rouwen ook, en dragen tegelijk de klas. Plan een nabespreking en vraag persoonlijk hoe het gaat. Bied gesprekken aan met de bedrijfsarts of [Slachtofferhulp Nederland](organisations:slachtofferhulp). Houdt iemand klachten? Verwijs dan naar de eigen huisarts.`,
          },
          {
            id: 'plan-de-moeilijke-momenten',
            title: 'Zet moeilijke momenten in de agenda',
            body: md`Denk aan de verjaardag van de overledene, de diploma-uitreiking en de sterfdag een jaar later. Bespreek met de klas wat ze willen, bijvoorbeeld met de lege stoel. Stuur de familie op die dagen een kaartje.`,
          },
          {
            id: 'evalueer-het-protocol',
            title: 'Evalueer na drie maanden',
            body: md`Bespreek met het crisisteam wat goed ging en wat beter kan. Pas het protocol aan. Leg ook vast welke leerlingen nog extra aandacht nodig hebben bij de overgang naar een nieuw schooljaar.`,
          },
        ],
      },
    ],
  },
  {
    slug: 'patient-na-geweld-of-inbraak',
    title: 'Een patiënt na geweld, overval of inbraak',
    summary:
      'Een patiënt komt op het spreekuur na geweld, een overval of een inbraak. Zo zorg je voor veiligheid, leg je letsel goed vast en houd je psychische klachten in de gaten.',
    sectors: ['huisartsenzorg'],
    offences: ['geweld', 'overval-of-beroving', 'woninginbraak'],
    organisations: ['slachtofferhulp', 'politie', 'veilig-thuis', 'centrum-seksueel-geweld', 'schadefonds-geweldsmisdrijven'],
    phases: [
      {
        phase: 'preventief',
        steps: [
          {
            id: 'zet-verwijsgegevens-klaar',
            title: 'Zet verwijsgegevens klaar in het HIS',
            body: md`Zet de gegevens van Slachtofferhulp Nederland, Veilig Thuis en het Centrum Seksueel Geweld in je informatiesysteem. Maak een korte tekst voor de patiënt met deze nummers. Dan kun je die direct meegeven.`,
          },
          {
            id: 'bereid-de-assistentes-voor',
            title: 'Bereid de doktersassistentes voor',
            body: md`Leer assistentes bij triage te vragen hoe letsel is ontstaan. Spreek af dat patiënten na geweld dezelfde dag gezien worden. Oefen wat ze doen als iemand aan de balie zegt dat hij niet veilig is.`,
          },
          {
            id: 'werk-met-de-meldcode',
            title: 'Werk met de meldcode',
            body: md`Zorg dat de praktijk werkt met de KNMG-meldcode huiselijk geweld en kindermishandeling. Wijs een aandachtsfunctionaris aan. Iedereen in de praktijk moet weten wie dat is.`,
          },
        ],
      },
      {
        phase: 'acuut',
        intro: md`Het eerste consult na het incident. Neem er de tijd voor, of plan snel een dubbel consult.`,
        steps: [
          {
            id: 'vraag-naar-veiligheid',
            title: 'Vraag naar veiligheid',
            body: md`Vraag of de patiënt nu veilig is en waar de dader is. Woont de dader in hetzelfde huis? Vraag dan advies bij [Veilig Thuis](organisations:veilig-thuis). Bij direct gevaar bel je 112.`,
          },
          {
            id: 'leg-letsel-nauwkeurig-vast',
            title: 'Leg letsel nauwkeurig vast',
            body: md`Beschrijf elk letsel feitelijk: plek, grootte, kleur en vorm. Gebruik een lichaamsschema en maak met toestemming foto's met een liniaal erbij. Noteer letterlijk wat de patiënt zegt over hoe het gebeurde. Dit dossier kan later belangrijk zijn voor de strafzaak en het Schadefonds.`,
          },
          {
            id: 'denk-aan-seksueel-geweld',
            title: 'Denk aan seksueel geweld',
            body: md`Was er sprake van seksueel geweld in de afgelopen week? Verwijs dan direct naar het [Centrum Seksueel Geweld](organisations:centrum-seksueel-geweld). Daar krijgt de patiënt medische zorg, forensisch onderzoek en psychische steun op één plek. Hoe eerder, hoe beter.`,
          },
          {
            id: 'erken-en-leg-uit',
            title: 'Erken en leg uit wat normaal is',
            body: md`Zeg dat het goed is dat de patiënt komt. Leg uit dat schrikken, slecht slapen en herbeleven normale reacties zijn. Geef die uitleg ook op papier mee. Dat stelt gerust en helpt om later hulp te zoeken als het niet beter gaat.`,
          },
          {
            id: 'bespreek-aangifte-en-steun',
            title: 'Bespreek aangifte en steun',
            body: md`De patiënt beslist zelf over aangifte. Leg uit dat het medisch dossier daarbij kan helpen. Bied aan om met toestemming een verwijzing te maken naar [Slachtofferhulp Nederland](organisations:slachtofferhulp). Plan een vervolgafspraak over twee tot vier weken.`,
          },
        ],
      },
      {
        phase: 'nazorg',
        steps: [
          {
            id: 'screen-na-vier-weken',
            title: 'Screen na vier tot zes weken',
            body: md`De meeste klachten worden vanzelf minder. Vraag na vier tot zes weken opnieuw naar slaap, herbelevingen en vermijding. Gebruik eventueel een korte screeningslijst, zoals de Trauma Screening Questionnaire.`,
          },
          {
            id: 'verwijs-bij-aanhoudende-klachten',
            title: 'Verwijs bij aanhoudende klachten',
            body: md`Zijn de klachten na een maand niet minder? Of lukt werk of zorg voor kinderen niet meer? Verwijs dan naar de POH-GGZ of naar traumagerichte behandeling, zoals EMDR. Wacht niet te lang: vroege behandeling werkt goed.`,
          },
          {
            id: 'denk-aan-het-gezin',
            title: 'Denk aan het gezin',
            body: md`Ook partners en kinderen kunnen klachten krijgen, zeker na een inbraak of overval thuis. Vraag hoe het thuis gaat. Verwijs kinderen zo nodig naar de jeugdarts of jeugdhulp.`,
          },
          {
            id: 'help-bij-procedures',
            title: 'Help bij procedures, met toestemming',
            body: md`Politie, advocaat of het [Schadefonds Geweldsmisdrijven](organisations:schadefonds-geweldsmisdrijven) kunnen om medische informatie vragen. Geef die alleen met schriftelijke toestemming van de patiënt. Geef feiten uit het dossier, geen mening over de schuldvraag.`,
          },
        ],
      },
    ],
  },
  {
    slug: 'medewerker-slachtoffer-van-een-overval',
    title: 'Een medewerker is slachtoffer van een overval op het werk',
    summary:
      'Een overval op de winkel, het tankstation of de balie raakt medewerkers diep. Dit stappenplan helpt HR en leidinggevenden om voor te bereiden, goed op te vangen en te zorgen voor nazorg.',
    sectors: ['hr'],
    offences: ['overval-of-beroving'],
    searchTerms: ['personeel', 'werkgever', 'bedrijfsopvang'],
    organisations: ['alarmnummer-112', 'politie', 'slachtofferhulp', 'schadefonds-geweldsmisdrijven', 'huisarts'],
    phases: [
      {
        phase: 'preventief',
        steps: [
          {
            id: 'neem-overvalrisico-op-in-de-rie',
            title: 'Neem het overvalrisico op in de RI&E',
            body: md`Een werkgever moet risico's op agressie en geweld in kaart brengen. Kijk in de risico-inventarisatie naar kassa's, openingstijden en plekken waar iemand alleen werkt. Neem maatregelen, zoals weinig contant geld, camera's en goede verlichting.`,
          },
          {
            id: 'train-medewerkers',
            title: 'Train medewerkers',
            body: md`Leer medewerkers wat ze doen bij een overval: niet verzetten, instructies opvolgen, rustig blijven en kenmerken onthouden. Herhaal de training elk jaar. Neem ook nieuwe en tijdelijke medewerkers mee.`,
          },
          {
            id: 'richt-bedrijfsopvang-in',
            title: 'Richt bedrijfsopvang in',
            body: md`Train een paar collega's in collegiale opvang na een schokkende gebeurtenis. Leg in een protocol vast wie wat doet, wie de familie belt en wie contact houdt met de politie. Maak ook afspraken met de arbodienst of bedrijfsarts.`,
          },
        ],
      },
      {
        phase: 'acuut',
        intro: md`Direct na de overval. Veiligheid en rust gaan voor alles.`,
        steps: [
          {
            id: 'bel-112',
            title: 'Bel 112 en zorg voor veiligheid',
            body: md`Bel 112 zodra de daders weg zijn. Sluit de deur en laat niemand binnen tot de politie er is. Laat alles liggen voor het sporenonderzoek.`,
          },
          {
            id: 'vang-medewerkers-direct-op',
            title: 'Vang medewerkers direct op',
            body: md`Laat betrokken medewerkers niet alleen. Breng ze naar een rustige ruimte met iets te drinken. Luister, maar vraag niet door naar details: dat doet de politie. Bel met hun toestemming een partner of familielid.`,
          },
          {
            id: 'help-bij-het-politiecontact',
            title: 'Help bij het contact met de politie',
            body: md`Blijf in de buurt bij het verhoor, als de medewerker dat wil. Het bedrijf doet aangifte. Medewerkers die als getuige of slachtoffer een verklaring afleggen, kunnen het adres van het bedrijf opgeven in plaats van hun huisadres.`,
          },
          {
            id: 'laat-niemand-alleen-naar-huis-gaan',
            title: 'Laat niemand alleen naar huis gaan',
            body: md`Regel dat iemand de medewerker naar huis brengt of ophaalt. Geef een korte uitleg mee over normale reacties en wie ze kunnen bellen. Spreek af dat je de volgende dag belt.`,
          },
          {
            id: 'informeer-collegas',
            title: "Informeer de andere collega's",
            body: md`Vertel collega's dezelfde dag feitelijk wat er is gebeurd. Zeg hoe het met de betrokkenen gaat, zonder privégegevens. Vraag iedereen om niets op sociale media te zetten en pers door te verwijzen naar één woordvoerder.`,
          },
        ],
      },
      {
        phase: 'nazorg',
        steps: [
          {
            id: 'bel-de-volgende-dag',
            title: 'Bel de volgende dag',
            body: md`Bel of bezoek de medewerker binnen 24 uur. Vraag hoe het gaat en wat hij of zij nodig heeft. Bied een gesprek aan met een getrainde opvangcollega of met [Slachtofferhulp Nederland](organisations:slachtofferhulp).`,
          },
          {
            id: 'houd-zes-weken-contact',
            title: 'Houd zes weken regelmatig contact',
            body: md`De meeste klachten worden in vier tot zes weken minder. Houd in die tijd elke week kort contact. Blijven slapeloosheid, angst of herbeleven even sterk? Schakel dan de bedrijfsarts in, en raad aan om naar de [huisarts](organisations:huisarts) te gaan.`,
          },
          {
            id: 'pas-het-werk-tijdelijk-aan',
            title: 'Pas het werk tijdelijk aan',
            body: md`Laat de medewerker meebeslissen over de terugkeer. Denk aan eerst samen met een collega werken, andere diensten of tijdelijk een andere plek. Thuis blijven zitten maakt de angst vaak groter, dus zoek samen naar een veilige eerste stap.`,
          },
          {
            id: 'help-bij-strafzaak-en-schade',
            title: 'Help bij strafzaak en schade',
            body: md`Geef vrij voor een zitting of een gesprek met de politie. Wijs op het spreekrecht en op het [Schadefonds Geweldsmisdrijven](organisations:schadefonds-geweldsmisdrijven) bij ernstig letsel. Vergoed als werkgever kosten die door het werk zijn ontstaan.`,
          },
          {
            id: 'evalueer-de-maatregelen',
            title: 'Evalueer de maatregelen',
            body: md`Bespreek na een paar weken met het team wat er goed ging en wat beter kan. Pas de RI&E en het protocol aan. Zo voelen medewerkers dat hun ervaring iets oplevert.`,
          },
        ],
      },
    ],
  },
  {
    slug: 'grensoverschrijdend-gedrag-in-de-sportclub',
    title: 'Grensoverschrijdend gedrag in de sportclub',
    summary:
      'Een sporter meldt intimidatie, pesten of seksueel grensoverschrijdend gedrag door een trainer of clubgenoot. Zo voorkom je het, handel je een melding goed af en zorg je voor nazorg.',
    sectors: ['sport'],
    offences: ['seksueel-misbruik'],
    searchTerms: ['trainer', 'coach', 'sportvereniging'],
    organisations: ['politie', 'veilig-thuis', 'centrum-seksueel-geweld', 'slachtofferhulp'],
    phases: [
      {
        phase: 'preventief',
        intro: md`Een veilige club begint bij duidelijke afspraken die iedereen kent.`,
        steps: [
          {
            id: 'stel-gedragsregels-op',
            title: 'Stel gedragsregels op en maak ze bekend',
            body: md`Leg vast wat wel en niet kan tussen trainers, begeleiders en sporters. Denk aan aanraken, appen en samen reizen. Laat trainers en vrijwilligers de regels ondertekenen. Zet ze op de website en bespreek ze met ouders.`,
          },
          {
            id: 'vraag-een-vog',
            title: 'Vraag een VOG van trainers en begeleiders',
            body: md`Vraag iedereen die met minderjarigen of kwetsbare sporters werkt om een Verklaring Omtrent het Gedrag. Voor vrijwilligers kan je club die vaak gratis aanvragen. Check ook referenties bij vorige clubs.`,
          },
          {
            id: 'stel-een-vertrouwenscontactpersoon-aan',
            title: 'Stel een vertrouwenscontactpersoon aan',
            body: md`Kies een vertrouwenscontactpersoon die geen bestuurder of trainer is. Zorg dat leden weten wie dat is en hoe ze die bereiken. Daarnaast kan iedereen terecht bij [Centrum Veilige Sport Nederland](https://www.centrumveiligesport.nl).`,
          },
          {
            id: 'voorkom-een-op-een-situaties',
            title: 'Voorkom onnodige één-op-één situaties',
            body: md`Spreek af dat een trainer niet alleen met een minderjarige in de kleedkamer is. Werk waar het kan met twee begeleiders. Zo bescherm je sporters en ook trainers tegen valse beschuldigingen.`,
          },
        ],
      },
      {
        phase: 'acuut',
        intro: md`Iemand doet een melding of vertelt iets. Neem het serieus, ook als de beschuldigde een gewaardeerd lid is.`,
        steps: [
          {
            id: 'luister-en-neem-het-serieus',
            title: 'Luister en neem het serieus',
            body: md`Bedank de melder en zeg dat het goed is dat hij of zij het vertelt. Stel open vragen en beloof geen geheimhouding. Schrijf de feiten op met datum en tijd, zonder eigen conclusies.`,
          },
          {
            id: 'zorg-voor-veiligheid',
            title: 'Zorg direct voor veiligheid',
            body: md`Zorg dat de sporter en de beschuldigde elkaar niet meer alleen treffen. Een trainer kan tijdelijk op non-actief worden gezet, zonder dat dit een oordeel is. Leg dat besluit en de reden vast.`,
          },
          {
            id: 'schakel-deskundigen-in',
            title: 'Schakel deskundigen in',
            body: md`Vraag advies bij Centrum Veilige Sport Nederland. Gaat het om een mogelijk strafbaar feit? Neem dan contact op met de [politie](organisations:politie). Bij seksueel geweld in de afgelopen week verwijs je naar het [Centrum Seksueel Geweld](organisations:centrum-seksueel-geweld).`,
          },
          {
            id: 'betrek-de-ouders',
            title: 'Betrek de ouders bij een minderjarige',
            body: md`Informeer de ouders van een minderjarige sporter, in overleg met de sporter zelf. Is de situatie thuis onveilig? Vraag dan eerst advies bij [Veilig Thuis](organisations:veilig-thuis).`,
          },
          {
            id: 'houd-de-kring-klein',
            title: 'Houd de kring klein',
            body: md`Bespreek de melding alleen met de mensen die het moeten weten. Zo bescherm je de privacy van melder en beschuldigde. Onderzoek het niet zelf als bestuur: laat dat over aan politie of tuchtrecht.`,
          },
        ],
      },
      {
        phase: 'nazorg',
        steps: [
          {
            id: 'bied-steun-aan-de-sporter',
            title: 'Bied steun aan de sporter',
            body: md`Vraag regelmatig hoe het gaat en of de sporter wil blijven sporten. Pas zo nodig het team of het trainingstijdstip aan. Wijs op [Slachtofferhulp Nederland](organisations:slachtofferhulp) voor gratis steun.`,
          },
          {
            id: 'start-een-tuchtzaak',
            title: 'Zet de tuchtrechtelijke weg in',
            body: md`Meld het gedrag bij je sportbond. Veel bonden laten zaken onderzoeken door het Instituut Sportrechtspraak. Dat kan ook als de politie niets doet. Zo voorkom je dat een dader ongemerkt naar een andere club gaat.`,
          },
          {
            id: 'communiceer-zorgvuldig',
            title: 'Communiceer zorgvuldig met leden',
            body: md`Geruchten gaan snel rond in een club. Vertel leden en ouders wat ze moeten weten, zonder namen. Zeg waar ze terechtkunnen met vragen of eigen ervaringen.`,
          },
          {
            id: 'evalueer-het-beleid',
            title: 'Evalueer het beleid',
            body: md`Kijk samen met de vertrouwenscontactpersoon wat beter kan. Waren de gedragsregels duidelijk? Wist de sporter bij wie hij of zij terechtkon? Pas de afspraken aan en vertel leden wat er verandert.`,
          },
        ],
      },
    ],
  },
  {
    slug: 'financiele-uitbuiting-of-fraude-bij-een-client',
    title: 'Een cliënt is slachtoffer van fraude of financiële uitbuiting',
    summary:
      'Een cliënt is opgelicht, of iemand in de omgeving misbruikt zijn geld. Voor sociaal werkers en bewindvoerders: signalen herkennen, snel schade beperken en de cliënt daarna steunen.',
    sectors: ['sociaal-werk', 'bewindvoering'],
    offences: ['fraude'],
    searchTerms: ['bewindvoerder', 'schulden', 'financieel misbruik'],
    organisations: ['fraudehelpdesk', 'politie', 'veilig-thuis', 'juridisch-loket', 'slachtofferhulp'],
    phases: [
      {
        phase: 'preventief',
        steps: [
          {
            id: 'herken-de-signalen',
            title: 'Herken de signalen',
            body: md`Let op opnames die niet passen bij de cliënt, onbetaalde rekeningen ondanks genoeg inkomen of een nieuwe vriend die snel veel invloed krijgt. Ook een familielid dat altijd bij gesprekken wil zijn, kan een signaal zijn. Bespreek wat je ziet met een collega.`,
          },
          {
            id: 'praat-over-oplichting',
            title: 'Praat over oplichting',
            body: md`Leg de cliënt uit hoe oplichters werken: nepbankmedewerkers, berichten van een "kind met een nieuw nummer" en liefdesoplichting. Herhaal de gouden regel: een bank vraagt nooit om codes of om geld over te maken naar een veilige rekening.`,
          },
          {
            id: 'beperk-de-risicos',
            title: "Beperk de risico's samen met de cliënt",
            body: md`Spreek samen lage daglimieten af voor pinnen en overboeken. Werk met een aparte leefgeldrekening. Spreek af dat de cliënt bij twijfel eerst jou of een vertrouwd familielid belt.`,
          },
          {
            id: 'ken-de-meldcode',
            title: 'Ken de meldcode',
            body: md`Financiële uitbuiting door een naaste valt onder ouderenmishandeling of huiselijk geweld. Werkt je organisatie met de meldcode? Volg dan die stappen. Je kunt altijd advies vragen bij [Veilig Thuis](organisations:veilig-thuis).`,
          },
        ],
      },
      {
        phase: 'acuut',
        intro: md`Snel handelen beperkt de schade. Doe dit samen met de cliënt, zonder verwijten.`,
        steps: [
          {
            id: 'blokkeer-rekeningen-en-passen',
            title: 'Laat rekeningen en passen blokkeren',
            body: md`Bel direct met de cliënt het fraudenummer van de bank. Laat passen en online bankieren blokkeren en vraag of een betaling nog terug te halen is. Verander daarna wachtwoorden van e-mail en andere accounts.`,
          },
          {
            id: 'zorg-voor-veiligheid-thuis',
            title: 'Zorg voor veiligheid thuis',
            body: md`Is de uitbuiter een familielid of mantelzorger? Dan kan de cliënt onder druk staan of bang zijn. Bespreek de situatie met [Veilig Thuis](organisations:veilig-thuis). Bij bedreiging of geweld bel je 112.`,
          },
          {
            id: 'leg-bewijs-vast',
            title: 'Leg bewijs vast',
            body: md`Bewaar afschriften, berichten, e-mails en telefoonnummers. Schrijf op wat de cliënt vertelt, met data en bedragen. Verwijder niets, ook niet als de cliënt zich schaamt.`,
          },
          {
            id: 'meld-en-doe-aangifte',
            title: 'Meld de fraude en doe aangifte',
            body: md`Meld de fraude bij de [Fraudehelpdesk](organisations:fraudehelpdesk). Help de cliënt om aangifte te doen bij de [politie](organisations:politie). Die aangifte is vaak ook nodig voor de bank.`,
          },
          {
            id: 'informeer-wie-het-moet-weten',
            title: 'Informeer wie het moet weten',
            body: md`Ben je bewindvoerder? Leg alles vast in het dossier en meld het zo nodig aan de kantonrechter. Ben je sociaal werker? Overleg met de cliënt of de bewindvoerder of mentor moet worden ingelicht.`,
          },
        ],
      },
      {
        phase: 'nazorg',
        steps: [
          {
            id: 'bespreek-de-schaamte',
            title: 'Bespreek de schaamte',
            body: md`Veel opgelichte mensen schamen zich diep en trekken zich terug. Zeg duidelijk dat oplichters professionals zijn en dat het iedereen kan overkomen. Wijs op [Slachtofferhulp Nederland](organisations:slachtofferhulp) voor emotionele steun.`,
          },
          {
            id: 'regel-de-financien',
            title: 'Regel de financiën',
            body: md`Maak een overzicht van vaste lasten en schulden die nu ontstaan. Neem contact op met schuldeisers voor uitstel of een betalingsregeling. Verwijs zo nodig naar schuldhulpverlening van de gemeente.`,
          },
          {
            id: 'zoek-naar-schadeherstel',
            title: 'Zoek naar schadeherstel',
            body: md`Vraag de bank schriftelijk of de schade vergoed kan worden. Soms doet de bank dat, bijvoorbeeld bij bankhelpdeskfraude. Is de cliënt het niet eens met de bank? [Het Juridisch Loket](organisations:juridisch-loket) geeft gratis advies over de volgende stappen.`,
          },
          {
            id: 'blijf-alert-op-herhaling',
            title: 'Blijf alert op herhaling',
            body: md`Slachtoffers worden vaak opnieuw benaderd. Bijvoorbeeld door "herstelbedrijven" die beloven het geld terug te halen tegen betaling. Waarschuw de cliënt hiervoor. Houd de afspraken over limieten en bellen bij twijfel nog maanden vol.`,
          },
        ],
      },
    ],
  },
]

// Never published: tests prove the marker never reaches the site or the search index.
export const draftStepPlans: SeedStepPlan[] = [
  {
    slug: 'concept-stalking-door-een-ex-collega',
    title: `Stalking door een ex-collega ${DRAFT_MARKER}`,
    summary: 'Conceptversie van een stappenplan voor HR. Nog niet klaar voor publicatie.',
    sectors: ['hr'],
    offences: ['stalking'],
    organisations: ['politie'],
    phases: [
      {
        phase: 'acuut',
        steps: [
          {
            id: 'neem-de-melding-serieus',
            title: `Neem de melding serieus ${DRAFT_MARKER}`,
            body: md`${DRAFT_MARKER}: deze stap is nog niet uitgewerkt. Luister naar de medewerker en leg vast wat er gebeurt.`,
          },
        ],
      },
    ],
  },
]

/** How the seed creates them (seed/step.ts); linked types first. */
export const seed = seedStep({
  after: ['offences', 'organisations'],
  published: stepPlans,
  drafts: draftStepPlans,
  toData: (d, map) => map.stepPlan(d),
})
