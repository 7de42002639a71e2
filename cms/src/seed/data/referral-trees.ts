import { md } from '@hp/content-schemas'
import { seedStep } from '../step.ts'
import { DRAFT_MARKER, type SeedReferralTree } from './types.ts'

const helpers: SeedReferralTree = {
  slug: 'helpers',
  title: 'Waar kan ik terecht?',
  summary:
    'Beantwoord een paar korte vragen en zie welke organisatie het slachtoffer of uzelf het beste kan helpen. Met tips voor wat u zegt als u belt.',
  platform: 'helpers',
  intro: md`
    Helpt u iemand na een misdrijf of ongeluk? Met een paar vragen ziet u waar u of de ander terechtkan.

    Uw antwoorden blijven op uw eigen apparaat. Ze worden niet opgeslagen of verstuurd.
  `,
  start: 'is-er-nu-gevaar',
  nodes: [
    {
      type: 'question',
      id: 'is-er-nu-gevaar',
      question: 'Is er nu direct gevaar voor iemand?',
      hint: 'Bijvoorbeeld: de dader is in de buurt, iemand is gewond of iemand wordt bedreigd.',
      options: [
        { label: 'Ja, er is nu gevaar', next: 'bel-112' },
        { label: 'Nee, er is nu geen direct gevaar', next: 'gedachten-aan-zelfdoding' },
      ],
    },
    {
      type: 'question',
      id: 'gedachten-aan-zelfdoding',
      question: 'Praat de persoon over de dood of over niet meer willen leven?',
      hint: 'Dit geldt ook als u het zelf bent.',
      options: [
        { label: 'Ja', next: 'bel-113' },
        { label: 'Dat weet ik niet zeker', next: 'bel-113' },
        { label: 'Nee', next: 'wat-is-er-gebeurd' },
      ],
    },
    {
      type: 'question',
      id: 'wat-is-er-gebeurd',
      question: 'Wat is er gebeurd?',
      hint: 'Kies wat het best past. Twijfelt u? Kies dan de laatste optie.',
      options: [
        { label: 'Geweld of misbruik door iemand uit het gezin, de familie of een (ex-)partner', next: 'veilig-thuis' },
        { label: 'Seksueel geweld, zoals verkrachting of aanranding', next: 'wanneer-seksueel-geweld' },
        { label: 'Oplichting of fraude', next: 'geld-of-codes-gegeven' },
        { label: 'Online intimidatie of naaktbeelden die worden gedeeld', next: 'helpwanted' },
        { label: 'Iets anders, zoals inbraak, overval, geweld, stalking of een verkeersongeval', next: 'waar-zoekt-u-hulp-bij' },
      ],
    },
    {
      type: 'question',
      id: 'wanneer-seksueel-geweld',
      question: 'Wanneer gebeurde het?',
      options: [
        { label: 'In de afgelopen 7 dagen', next: 'centrum-seksueel-geweld' },
        { label: 'Langer dan een week geleden', next: 'waar-zoekt-u-hulp-bij' },
      ],
    },
    {
      type: 'question',
      id: 'geld-of-codes-gegeven',
      question: 'Is er geld overgemaakt, of zijn er inloggegevens of codes gegeven?',
      options: [
        { label: 'Ja', next: 'bel-de-bank' },
        { label: 'Nee, of ik weet het niet', next: 'fraudehelpdesk' },
      ],
    },
    {
      type: 'question',
      id: 'waar-zoekt-u-hulp-bij',
      question: 'Waar zoekt u nu vooral hulp bij?',
      options: [
        { label: 'Steun en advies voor het slachtoffer', next: 'slachtofferhulp' },
        { label: 'Aangifte doen of vragen aan de politie', next: 'politie' },
        { label: 'Schade, geld of juridische vragen', next: 'ernstig-letsel' },
        { label: 'Psychische klachten die niet overgaan', next: 'huisarts' },
        { label: 'Steun voor mezelf als helper', next: 'steun-voor-uzelf' },
      ],
    },
    {
      type: 'question',
      id: 'ernstig-letsel',
      question: 'Heeft het slachtoffer ernstig letsel door geweld?',
      hint: 'Lichamelijk of psychisch letsel dat lang duurt, na een opzettelijk geweldsmisdrijf.',
      options: [
        { label: 'Ja', next: 'schadefonds' },
        { label: 'Nee, of ik weet het niet', next: 'juridisch-loket' },
      ],
    },
    {
      type: 'outcome',
      id: 'bel-112',
      title: 'Bel nu 112',
      body: md`
        Er is direct gevaar. Bel meteen 112. Zorg eerst voor uw eigen veiligheid en die van de ander.

        Blijf aan de lijn tot de centralist zegt dat u kunt ophangen. Bent u doof of slechthorend? Na aanmelding kunt u 112 ook een sms sturen.
      `,
      organisations: ['alarmnummer-112'],
      whatToSay: md`
        - "Ik heb de politie nodig." Of: "Ik heb een ambulance nodig."
        - Zeg waar u bent: straat, huisnummer en plaats.
        - Zeg wat er gebeurt, en of er wapens zijn.
        - Zeg of er iemand gewond is.
      `,
    },
    {
      type: 'outcome',
      id: 'bel-113',
      title: 'Bel of chat met 113 Zelfmoordpreventie',
      body: md`
        Neem gedachten over de dood altijd serieus. Bij 113 kunt u dag en nacht anoniem bellen of chatten. Dat kan de persoon zelf doen, maar ook u als naaste.

        Vraag gerust rechtstreeks: "Denk je eraan om een einde aan je leven te maken?" Dat brengt iemand niet op het idee. Is er direct gevaar? Bel dan 112.
      `,
      organisations: ['113-zelfmoordpreventie', 'huisarts'],
      whatToSay: md`
        - "Ik maak me zorgen om iemand die over de dood praat."
        - Vertel wat u hebt gehoord of gezien.
        - "Hoe kan ik hem of haar helpen? En wat doe ik als het erger wordt?"
      `,
    },
    {
      type: 'outcome',
      id: 'veilig-thuis',
      title: 'Neem contact op met Veilig Thuis',
      body: md`
        Bij geweld of misbruik in het gezin of door een (ex-)partner kunt u terecht bij Veilig Thuis. Dag en nacht, gratis. U kunt ook anoniem advies vragen.

        Veilig Thuis denkt met u mee over veiligheid. Ook als u niet zeker weet of het echt geweld is.
      `,
      organisations: ['veilig-thuis', 'slachtofferhulp'],
      whatToSay: md`
        - "Ik maak me zorgen om iemand in mijn omgeving. Ik wil graag advies."
        - Vertel wat u ziet of hoort, en hoe lang al.
        - Zeg of er kinderen in huis zijn.
        - "Kan ik dit anoniem bespreken?"
      `,
    },
    {
      type: 'outcome',
      id: 'centrum-seksueel-geweld',
      title: 'Bel het Centrum Seksueel Geweld',
      body: md`
        Het seksueel geweld is minder dan een week geleden. Bel dan zo snel mogelijk het Centrum Seksueel Geweld. Daar krijgt het slachtoffer medische zorg, zoals middelen tegen zwangerschap en soa's. Er kunnen ook sporen worden vastgelegd, ook als het slachtoffer nog niet weet of het aangifte doet.

        Het liefst: niet douchen en kleding bewaren in een papieren zak. Maar ook als dat al is gebeurd, is hulp zinvol.
      `,
      organisations: ['centrum-seksueel-geweld'],
      whatToSay: md`
        - "Ik bel voor iemand die seksueel geweld heeft meegemaakt."
        - Zeg wanneer het ongeveer gebeurde.
        - "Wat moeten we nu doen, en waar kunnen we naartoe?"
      `,
    },
    {
      type: 'outcome',
      id: 'bel-de-bank',
      title: 'Bel direct de bank',
      body: md`
        Is er geld overgemaakt of zijn er codes gegeven? Bel dan meteen het fraudenummer van de bank. Laat de rekening en passen blokkeren. Soms kan de bank een betaling nog tegenhouden.

        Meld de oplichting daarna bij de Fraudehelpdesk en doe aangifte bij de politie. Verander ook de wachtwoorden van e-mail en andere accounts.
      `,
      organisations: ['fraudehelpdesk', 'politie'],
      whatToSay: md`
        - "Ik bel over fraude. Er is geld overgemaakt naar een oplichter."
        - Noem de datum, het bedrag en het rekeningnummer van de ontvanger.
        - "Kunt u de rekening blokkeren en de betaling terughalen?"
      `,
    },
    {
      type: 'outcome',
      id: 'fraudehelpdesk',
      title: 'Meld het bij de Fraudehelpdesk',
      body: md`
        De Fraudehelpdesk geeft advies over oplichting en fraude. Ze vertellen welke stappen u kunt zetten. Met uw melding kunnen ze ook anderen waarschuwen.

        Bewaar berichten, e-mails en telefoonnummers. Die zijn nodig als u aangifte doet.
      `,
      organisations: ['fraudehelpdesk', 'politie'],
      whatToSay: md`
        - "Ik wil oplichting melden."
        - Vertel hoe het contact ging: via telefoon, WhatsApp, e-mail of een website.
        - "Wat moeten we nu doen?"
      `,
    },
    {
      type: 'outcome',
      id: 'helpwanted',
      title: 'Vraag hulp bij Helpwanted',
      body: md`
        Helpwanted helpt bij online seksuele intimidatie, gratis en anoniem. Ze helpen ook om beelden offline te laten halen.

        Bewaar bewijs met screenshots. Reageer niet meer op de dader en betaal nooit geld. Aangifte doen bij de politie kan ook.
      `,
      organisations: ['helpwanted', 'politie'],
      whatToSay: md`
        - "Er worden beelden gedeeld zonder toestemming." Of: "Iemand wordt online bedreigd."
        - Zeg op welk platform of welke website het gebeurt.
        - "Hoe kunnen we de beelden laten verwijderen?"
      `,
    },
    {
      type: 'outcome',
      id: 'slachtofferhulp',
      title: 'Bel Slachtofferhulp Nederland',
      body: md`
        Slachtofferhulp Nederland helpt gratis bij de gevolgen van een misdrijf of ongeluk. Met een luisterend oor, praktische hulp en uitleg over rechten en de rechtszaak.

        Het slachtoffer kan zelf bellen. U kunt ook samen bellen, of eerst zelf advies vragen.
      `,
      organisations: ['slachtofferhulp'],
      whatToSay: md`
        - "Ik bel voor iemand die slachtoffer is van ..." en noem wat er gebeurde.
        - "Hij of zij vindt het goed dat ik bel." Of: "We bellen samen."
        - "Wat kunnen jullie voor ons doen?"
      `,
    },
    {
      type: 'outcome',
      id: 'politie',
      title: 'Neem contact op met de politie',
      body: md`
        Voor aangifte of vragen zonder spoed belt u de politie op 0900-8844. U kunt dan een afspraak maken. Sommige aangiftes kunnen ook online.

        Het slachtoffer mag iemand meenemen naar de aangifte. Vraag om een kopie van de aangifte.
      `,
      organisations: ['politie', 'slachtofferhulp'],
      whatToSay: md`
        - "Ik wil een afspraak maken om aangifte te doen." Of: "Ik heb een vraag over een aangifte."
        - Zeg wat er gebeurde en wanneer.
        - Heeft u al een zaaknummer? Noem dat dan.
      `,
    },
    {
      type: 'outcome',
      id: 'huisarts',
      title: 'Ga naar de huisarts',
      body: md`
        Blijven klachten als slecht slapen, angst of steeds terugdenken langer dan vier tot zes weken? Ga dan samen naar de huisarts. De huisarts kan verwijzen naar een psycholoog of traumabehandeling.

        Wilt u eerst anoniem praten? Dat kan bij MIND Korrelatie.
      `,
      organisations: ['huisarts', 'mind-korrelatie'],
      whatToSay: md`
        - "Ik wil een afspraak maken over klachten na een ingrijpende gebeurtenis."
        - Vertel welke klachten er zijn en hoe lang al.
        - "Kan ik een dubbele afspraak maken?"
      `,
    },
    {
      type: 'outcome',
      id: 'steun-voor-uzelf',
      title: 'Zoek steun voor uzelf',
      body: md`
        Helpen is zwaar. U mag ook zelf steun zoeken. Bij Slachtofferhulp Nederland kunt u als naaste terecht met vragen. Bij MIND Korrelatie kunt u anoniem praten over uw eigen zorgen.

        Lees ook de tips over goed voor uzelf zorgen en grenzen aangeven.
      `,
      organisations: ['slachtofferhulp', 'mind-korrelatie', 'huisarts'],
      whatToSay: md`
        - "Ik help iemand die slachtoffer is, en ik merk dat het mij ook zwaar valt."
        - "Met wie kan ik hierover praten?"
      `,
    },
    {
      type: 'outcome',
      id: 'schadefonds',
      title: 'Kijk naar het Schadefonds Geweldsmisdrijven',
      body: md`
        Heeft het slachtoffer ernstig letsel door geweld? Dan kan het Schadefonds Geweldsmisdrijven een bedrag uitkeren. Dat kan ook als de dader onbekend is.

        Slachtofferhulp Nederland helpt gratis bij de aanvraag. Bewaar medische stukken en bonnen.
      `,
      organisations: ['schadefonds-geweldsmisdrijven', 'slachtofferhulp'],
      whatToSay: md`
        - "Ik wil weten of een aanvraag bij het Schadefonds kans heeft."
        - Vertel wat er gebeurde, wanneer, en welk letsel er is.
        - "Welke papieren hebben we nodig?"
      `,
    },
    {
      type: 'outcome',
      id: 'juridisch-loket',
      title: 'Vraag advies bij Het Juridisch Loket',
      body: md`
        Het Juridisch Loket geeft gratis juridisch advies. Bijvoorbeeld over schadevergoeding, verzekeringen of een klacht als de zaak stopt.

        Voor hulp bij een schadevergoeding in de strafzaak kunt u ook bij Slachtofferhulp Nederland terecht.
      `,
      organisations: ['juridisch-loket', 'slachtofferhulp'],
      whatToSay: md`
        - "Ik heb een juridische vraag over schade na een misdrijf."
        - Vertel kort wat er gebeurde en wat u al hebt gedaan.
        - "Welke mogelijkheden zijn er?"
      `,
    },
  ],
}

const professionals: SeedReferralTree = {
  slug: 'professionals',
  title: 'Naar wie verwijs ik door?',
  summary:
    'Een paar vragen over veiligheid, het soort gebeurtenis en de hulpvraag. Je ziet naar welke organisatie je doorverwijst, en wat je zegt als je belt.',
  platform: 'professionals',
  intro: md`
    Je hebt een patiënt, cliënt, leerling of medewerker voor je die slachtoffer is. Met deze vragen vind je snel de juiste plek om naar door te verwijzen.

    Verwijs warm door als het kan: bel samen, of geef met toestemming gegevens door. Antwoorden worden niet opgeslagen.
  `,
  start: 'acuut-gevaar',
  nodes: [
    {
      type: 'question',
      id: 'acuut-gevaar',
      question: 'Is er nu acuut gevaar voor de persoon of voor anderen?',
      hint: 'Denk aan ernstig letsel, een dader in de buurt, bedreiging of een concreet plan voor zelfdoding.',
      options: [
        { label: 'Ja', next: 'bel-112' },
        { label: 'Nee', next: 'signalen-van-suicidaliteit' },
      ],
    },
    {
      type: 'question',
      id: 'signalen-van-suicidaliteit',
      question: 'Zijn er signalen van suïcidale gedachten?',
      options: [
        { label: 'Ja, of ik twijfel', next: 'overleg-met-113' },
        { label: 'Nee', next: 'geweld-in-afhankelijkheidsrelatie' },
      ],
    },
    {
      type: 'question',
      id: 'geweld-in-afhankelijkheidsrelatie',
      question: 'Gaat het om geweld, misbruik of uitbuiting in het gezin of in een afhankelijkheidsrelatie?',
      hint: 'Bijvoorbeeld door een partner, ouder, kind, mantelzorger of verzorger. Een vermoeden is genoeg.',
      options: [
        { label: 'Ja, of ik vermoed het', next: 'veilig-thuis' },
        { label: 'Nee', next: 'soort-gebeurtenis' },
      ],
    },
    {
      type: 'question',
      id: 'soort-gebeurtenis',
      question: 'Om wat voor gebeurtenis gaat het?',
      options: [
        { label: 'Seksueel geweld', next: 'seksueel-geweld-recent' },
        { label: 'Fraude of oplichting', next: 'fraude' },
        { label: 'Online seksuele intimidatie of afpersing met beelden', next: 'helpwanted' },
        { label: 'Een naaste is overleden door zelfdoding', next: 'nabestaanden-na-zelfdoding' },
        { label: 'Geweld, overval, inbraak, stalking, verkeersongeval of een ander misdrijf', next: 'wat-is-de-hulpvraag' },
      ],
    },
    {
      type: 'question',
      id: 'seksueel-geweld-recent',
      question: 'Was het seksueel geweld in de afgelopen 7 dagen?',
      options: [
        { label: 'Ja', next: 'centrum-seksueel-geweld' },
        { label: 'Nee, langer geleden', next: 'wat-is-de-hulpvraag' },
      ],
    },
    {
      type: 'question',
      id: 'wat-is-de-hulpvraag',
      question: 'Wat heeft de persoon nu vooral nodig?',
      options: [
        { label: 'Steun, praktische hulp of begeleiding bij aangifte en strafproces', next: 'slachtofferhulp' },
        { label: 'Behandeling van psychische klachten die na 4 tot 6 weken niet minder worden', next: 'huisarts' },
        { label: 'Juridisch advies of schadevergoeding', next: 'ernstig-letsel' },
      ],
    },
    {
      type: 'question',
      id: 'ernstig-letsel',
      question: 'Heeft de persoon ernstig letsel door een geweldsmisdrijf?',
      options: [
        { label: 'Ja', next: 'schadefonds' },
        { label: 'Nee, of onbekend', next: 'juridisch-loket' },
      ],
    },
    {
      type: 'outcome',
      id: 'bel-112',
      title: 'Bel 112',
      body: md`
        Er is acuut gevaar. Bel 112 en blijf bij de persoon als dat veilig kan. Informeer daarna je leidinggevende of aandachtsfunctionaris en leg vast wat er gebeurde.

        Bij acute suïcidaliteit kun je ook de huisarts of huisartsenpost bellen voor de crisisdienst.
      `,
      organisations: ['alarmnummer-112'],
      whatToSay: md`
        - "Ik ben [je functie] bij [je organisatie]. Ik heb politie of ambulance nodig."
        - Noem het adres en wat er gebeurt.
        - Zeg of er wapens zijn en of iemand gewond is.
      `,
    },
    {
      type: 'outcome',
      id: 'overleg-met-113',
      title: 'Vraag het rechtstreeks en overleg met 113',
      body: md`
        Vraag de persoon direct naar gedachten over zelfdoding. Dat verlaagt het risico, het verhoogt het niet. Wijs op 113 Zelfmoordpreventie: dag en nacht, anoniem, via telefoon of chat.

        Ook jij kunt bij 113 terecht voor overleg. Betrek de huisarts en, als het kan, een naaste.
      `,
      organisations: ['113-zelfmoordpreventie', 'huisarts'],
      whatToSay: md`
        - "Ik ben professional en maak me zorgen om iemand met suïcidale gedachten."
        - Vertel welke signalen je ziet en of er een plan is.
        - "Hoe kan ik het gesprek voeren, en wie moet ik erbij betrekken?"
      `,
    },
    {
      type: 'outcome',
      id: 'veilig-thuis',
      title: 'Volg de meldcode en vraag advies bij Veilig Thuis',
      body: md`
        Bij een vermoeden van huiselijk geweld, kindermishandeling of ouderenmishandeling volg je de stappen van de meldcode. Bel Veilig Thuis voor advies, ook als je nog twijfelt. Dat kan zonder de naam van de persoon te noemen.

        Bij acute of structurele onveiligheid doe je een melding bij Veilig Thuis.
      `,
      organisations: ['veilig-thuis'],
      whatToSay: md`
        - "Ik ben [je functie] en ik wil advies over een vermoeden van huiselijk geweld."
        - Beschrijf feitelijk wat je zag of hoorde, en wanneer.
        - Zeg of er kinderen bij betrokken zijn.
        - "Is dit een situatie voor advies of voor een melding?"
      `,
    },
    {
      type: 'outcome',
      id: 'centrum-seksueel-geweld',
      title: 'Verwijs direct naar het Centrum Seksueel Geweld',
      body: md`
        Bij seksueel geweld in de afgelopen 7 dagen is snelle hulp belangrijk: medische zorg, forensisch onderzoek en psychische steun. Het Centrum Seksueel Geweld regelt dit op één plek, dag en nacht.

        Raad aan om niet te douchen en kleding te bewaren. Het slachtoffer hoeft nog niet te kiezen voor aangifte.
      `,
      organisations: ['centrum-seksueel-geweld'],
      whatToSay: md`
        - "Ik ben [je functie] en ik heb iemand bij me die seksueel geweld heeft meegemaakt."
        - Noem wanneer het gebeurde en of er letsel is.
        - "Waar en wanneer kan hij of zij terecht?"
      `,
    },
    {
      type: 'outcome',
      id: 'fraude',
      title: 'Beperk de schade en verwijs naar de Fraudehelpdesk',
      body: md`
        Laat de persoon direct het fraudenummer van de bank bellen om rekeningen te blokkeren. Meld de fraude bij de Fraudehelpdesk en help bij aangifte bij de politie.

        Speelt er financiële uitbuiting door een naaste? Dan valt dat onder de meldcode. Kies dan de route via Veilig Thuis.
      `,
      organisations: ['fraudehelpdesk', 'politie', 'slachtofferhulp'],
      whatToSay: md`
        - "Ik help een cliënt die is opgelicht."
        - Vertel hoe de oplichting ging, wanneer, en om welk bedrag het gaat.
        - "Welke stappen moeten we nu zetten?"
      `,
    },
    {
      type: 'outcome',
      id: 'helpwanted',
      title: 'Verwijs naar Helpwanted',
      body: md`
        Helpwanted helpt gratis en anoniem bij online seksuele intimidatie en afpersing met beelden. Ze helpen ook om beelden offline te halen.

        Adviseer: niet betalen, niet meer reageren, bewijs bewaren met screenshots. Bij een minderjarige betrek je de ouders en volg je de meldcode.
      `,
      organisations: ['helpwanted', 'politie'],
      whatToSay: md`
        - "Ik ben [je functie] en ik help iemand van wie beelden online staan of dreigen te komen."
        - Noem het platform en of het om een minderjarige gaat.
        - "Hoe kunnen we de beelden laten verwijderen en wat is de volgende stap?"
      `,
    },
    {
      type: 'outcome',
      id: 'nabestaanden-na-zelfdoding',
      title: 'Steun voor nabestaanden na zelfdoding',
      body: md`
        Nabestaanden na zelfdoding lopen zelf een groter risico op suïcidale gedachten. Vraag daar rechtstreeks naar. 113 Zelfmoordpreventie heeft hulp en lotgenotencontact voor nabestaanden.

        Slachtofferhulp Nederland en de huisarts kunnen ook steunen. Op school volg je het stappenplan Nazorg bij suïcide op school.
      `,
      organisations: ['113-zelfmoordpreventie', 'slachtofferhulp', 'huisarts'],
      whatToSay: md`
        - "Ik begeleid iemand van wie een naaste is overleden door zelfdoding."
        - "Welke steun is er voor nabestaanden, en waar let ik op?"
      `,
    },
    {
      type: 'outcome',
      id: 'slachtofferhulp',
      title: 'Verwijs naar Slachtofferhulp Nederland',
      body: md`
        Slachtofferhulp Nederland biedt gratis emotionele steun, praktische hulp en juridisch advies. Ook bij aangifte, de rechtszaak en schadevergoeding.

        Met toestemming kun je de gegevens zelf doorgeven. Dan neemt Slachtofferhulp contact op. Zo voorkom je dat een verwijzing blijft liggen.
      `,
      organisations: ['slachtofferhulp'],
      whatToSay: md`
        - "Ik ben [je functie] en ik wil iemand aanmelden. Hij of zij geeft toestemming."
        - Noem wat er gebeurde en wanneer.
        - Zeg wat de persoon vooral nodig heeft.
      `,
    },
    {
      type: 'outcome',
      id: 'huisarts',
      title: 'Verwijs naar de huisarts',
      body: md`
        Blijven herbelevingen, schrikreacties, vermijding of slecht slapen na 4 tot 6 weken even sterk? Dan is behandeling nodig. De huisarts kan verwijzen naar de POH-GGZ of naar traumagerichte behandeling.

        Ben je zelf huisarts? Screen dan op PTSS en verwijs door naar de GGZ.
      `,
      organisations: ['huisarts', 'mind-korrelatie'],
      whatToSay: md`
        - "Ik verwijs u omdat de klachten na de gebeurtenis niet minder worden."
        - Geef de persoon een kort briefje mee met de klachten en de datum van de gebeurtenis.
      `,
    },
    {
      type: 'outcome',
      id: 'schadefonds',
      title: 'Wijs op het Schadefonds Geweldsmisdrijven',
      body: md`
        Bij ernstig letsel door een geweldsmisdrijf kan het Schadefonds Geweldsmisdrijven een uitkering geven. Ook als de dader niet bekend is.

        Slachtofferhulp Nederland helpt gratis bij de aanvraag. Zorg dat medische gegevens beschikbaar zijn, met toestemming.
      `,
      organisations: ['schadefonds-geweldsmisdrijven', 'slachtofferhulp'],
      whatToSay: md`
        - "Ik begeleid iemand met ernstig letsel na geweld. Komt hij of zij in aanmerking?"
        - Noem de datum en het soort letsel.
      `,
    },
    {
      type: 'outcome',
      id: 'juridisch-loket',
      title: 'Verwijs naar Het Juridisch Loket',
      body: md`
        Het Juridisch Loket geeft gratis juridisch advies. Bijvoorbeeld over schade, verzekeringen of een klacht tegen het stoppen van een strafzaak.

        Voor schadevergoeding via de strafzaak kan Slachtofferhulp Nederland helpen.
      `,
      organisations: ['juridisch-loket', 'slachtofferhulp'],
      whatToSay: md`
        - "Mijn cliënt heeft een juridische vraag na een misdrijf."
        - Vertel kort wat er gebeurde en welke stappen al zijn gezet.
      `,
    },
  ],
}

export const referralTrees: SeedReferralTree[] = [helpers, professionals]

// Never published: tests prove the marker never reaches the site or the search index.
export const draftReferralTrees: SeedReferralTree[] = [
  {
    slug: 'concept-verkeersongeval',
    title: `Hulp na een verkeersongeval ${DRAFT_MARKER}`,
    summary: 'Conceptversie van een kleine doorverwijstool na een verkeersongeval. Nog niet klaar voor publicatie.',
    platform: 'helpers',
    intro: md`${DRAFT_MARKER}: deze tool is nog niet af.`,
    start: 'is-er-nu-gevaar',
    nodes: [
      {
        type: 'question',
        id: 'is-er-nu-gevaar',
        question: 'Is er nu direct gevaar of is iemand gewond?',
        options: [
          { label: 'Ja', next: 'bel-112' },
          { label: 'Nee', next: 'is-er-letsel' },
        ],
      },
      {
        type: 'question',
        id: 'is-er-letsel',
        question: 'Heeft iemand last van het ongeval?',
        options: [
          { label: 'Ja', next: 'slachtofferhulp' },
          { label: 'Nee', next: 'slachtofferhulp' },
        ],
      },
      {
        type: 'outcome',
        id: 'bel-112',
        title: 'Bel 112',
        body: md`Bel meteen 112.`,
        organisations: ['alarmnummer-112'],
      },
      {
        type: 'outcome',
        id: 'slachtofferhulp',
        title: 'Bel Slachtofferhulp Nederland',
        body: md`Slachtofferhulp Nederland helpt ook na een verkeersongeval.`,
        organisations: ['slachtofferhulp'],
      },
    ],
  },
]

/** How the seed creates them (seed/step.ts); linked types first. */
export const seed = seedStep({
  after: ['organisations'],
  published: referralTrees,
  drafts: draftReferralTrees,
  toData: (d, map) => map.referralTree(d),
})
