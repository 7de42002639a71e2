import { md } from '@hp/content-schemas'
import { TIP_IMAGES } from '../media-alt.ts'
import { seedStep } from '../step.ts'
import { DRAFT_MARKER, type SeedTip } from './types.ts'

// Order matters: a tip may only link to tips that come earlier in this array.
export const tips: SeedTip[] = [
  {
    slug: 'luisteren-zonder-oordeel',
    title: 'Luister zonder te oordelen',
    summary:
      'Wie iets ergs heeft meegemaakt, heeft vooral iemand nodig die luistert. Zonder advies, zonder vragen naar het waarom. Zo gaat dat.',
    theme: 'reageren',
    platforms: ['helpers', 'professionals'],
    offences: [],
    body: md`
      Iemand vertelt over iets ergs wat hem of haar is overkomen. Wie luistert, wil dan graag helpen. Vaak gaat dat vanzelf: met advies, een oplossing of een mening. Toch helpt dat meestal niet. Wat wel helpt, is rustig en open luisteren.

      ## Luisteren zonder oordeel: zo gaat het

      - **Geef de ruimte.** Laat de ander in eigen tempo vertellen. Stiltes zijn niet erg.
      - **Volg, stuur niet.** Vraag door op wat de ander zelf zegt. Bijvoorbeeld: "Wat gebeurde er toen?"
      - **Vermijd waarom-vragen.** "Waarom ging je daar alleen heen?" klinkt al snel als een verwijt.
      - **Neem gevoelens serieus.** Zeg bijvoorbeeld: "Wat naar dat je dit is overkomen."
      - **Vat samen.** Herhaal in eigen woorden wat de ander vertelde. Zo merkt de ander dat het echt begrepen is.
      - **Houd de eigen schrik klein.** Reageer rustig, ook als het verhaal heftig is.

      ## Niet eens met wat de ander deed?

      Misschien komt de gedachte op: dat had anders gekund. Bewaar die gedachte voor later, of laat hem los. Op dit moment telt alleen dat de ander zich gehoord voelt. Wie zich veroordeeld voelt, vertelt vaak niets meer.

      ## Het hoeft niet perfect

      De juiste woorden vinden hoeft niet. Aandacht is al veel waard. Kwam er iets onhandigs uit? Benoem dat gewoon: "Dat kwam verkeerd uit. Wat ik bedoel is: ik ben er voor je."

      Even sparren over een gesprek? Dat kan met [Slachtofferhulp Nederland](organisations:slachtofferhulp).
    `,
  },
  {
    slug: 'wat-zegt-u-wel-en-niet',
    title: 'Wat zegt u wel en wat niet?',
    summary:
      'Goedbedoelde woorden kunnen soms pijn doen. Een paar voorbeelden van zinnen die helpen, en van zinnen die u beter kunt vermijden.',
    theme: 'reageren',
    platforms: ['helpers'],
    offences: [],
    body: md`
      Na een misdrijf of ongeluk weten veel mensen niet goed wat ze moeten zeggen. Dat is heel begrijpelijk. Daarom zeggen ze soms iets wat niet helpt. Of ze zeggen helemaal niets. Met deze voorbeelden kunt u het gesprek makkelijker beginnen.

      ## Dit helpt vaak wel

      - "Wat erg dat dit is gebeurd."
      - "Ik geloof je."
      - "Het is niet jouw schuld."
      - "Wil je erover praten? Het mag ook later."
      - "Wat kan ik nu voor je doen?"
      - "Ik weet niet goed wat ik moet zeggen, maar ik ben er voor je."

      ## Dit kunt u beter niet zeggen

      - "Had je maar ..." of "Waarom heb je niet ..." Dat klinkt als een verwijt.
      - "Het had erger kunnen zijn." Zo maakt u het verdriet kleiner.
      - "Ik weet precies hoe je je voelt." Iedereen beleeft het anders.
      - "Je moet het nu echt een plek geven." Herstel heeft geen deadline.
      - "Als ik die dader te pakken krijg ..." Uw boosheid kan de ander extra angst geven.

      ## Vragen in plaats van invullen

      U weet niet altijd wat de ander nodig heeft. Vraag het dan gewoon. Sommige mensen willen praten. Anderen willen vooral afleiding, of hulp bij praktische dingen. En dat kan per dag verschillen.

      Meer over een goed gesprek leest u in de tip [Luister zonder te oordelen](tips:luisteren-zonder-oordeel).
    `,
  },
  {
    slug: 'herstel-kost-tijd',
    title: 'Herstel kost tijd',
    summary: 'Herstel na een ingrijpende gebeurtenis gaat met ups en downs. Wat kunt u verwachten, en wanneer is extra hulp nodig?',
    theme: 'herstelproces',
    platforms: ['helpers'],
    offences: [],
    body: md`
      Na een misdrijf of ongeluk willen naasten graag dat het snel weer goed gaat. Maar herstel kost tijd. Vaak meer tijd dan u verwacht. En het gaat zelden in een rechte lijn.

      ## Ups en downs horen erbij

      Het ene moment lijkt het goed te gaan. Een week later is alles weer zwaar. Dat betekent niet dat het herstel mislukt. Sommige momenten maken het extra moeilijk, zoals:

      - de dag waarop het gebeurde, een jaar later;
      - een brief van de politie of de rechtbank;
      - een rechtszaak of een gesprek met een verzekeraar;
      - een geur, een geluid of een plek die aan het voorval doet denken.

      ## Wat u kunt doen

      Wees geduldig, ook als het lang duurt. Vraag niet steeds of het al beter gaat. Zeg liever: "Hoe is het vandaag?" Help met gewone dingen, zoals boodschappen of de post. Zo houdt de ander energie over om te herstellen.

      ## Wanneer is extra hulp nodig?

      De meeste klachten worden in de eerste weken minder. Blijven ze na vier tot zes weken even sterk? Of worden ze erger? Dan is het goed om hulp te zoeken. Denk aan slecht slapen, veel piekeren of niet meer naar buiten durven. Een eerste stap is de [huisarts](organisations:huisarts). Die kan doorverwijzen naar een psycholoog.

      Praat de ander over de dood of over niet meer willen leven? Neem dat altijd serieus. Bel of chat dan met [113 Zelfmoordpreventie](organisations:113-zelfmoordpreventie).

      Lees ook: [Wat zegt u wel en wat niet?](tips:wat-zegt-u-wel-en-niet)
    `,
  },
  {
    slug: 'normale-reacties-na-een-schok',
    title: 'Normale reacties na een schok',
    summary:
      'Slecht slapen, schrikken, steeds terugdenken: na een schokkende gebeurtenis is dat heel gewoon. Een overzicht van veelvoorkomende reacties.',
    theme: 'herstelproces',
    platforms: ['helpers', 'professionals'],
    offences: [],
    body: md`
      Een inbraak, overval, ongeluk of geweld is een schok. Lichaam en hoofd reageren daarop. Veel mensen schrikken van hun eigen reacties. Ze denken dat er iets mis is met hen. Maar dit zijn normale reacties op een abnormale gebeurtenis.

      ## Veelvoorkomende reacties

      - **In het lichaam:** slecht slapen, hoofdpijn, hartkloppingen, snel moe zijn.
      - **In het hoofd:** steeds terugdenken aan wat er gebeurde, nachtmerries, slecht kunnen concentreren.
      - **In gevoelens:** angst, boosheid, verdriet, schaamte of schuldgevoel. Of juist niets voelen.
      - **In gedrag:** snel schrikken, prikkelbaar zijn, plekken of mensen vermijden, steeds de deur controleren.

      Niet iedereen heeft al deze reacties. Sommige mensen reageren pas na een paar weken.

      ## Wat helpt

      - Leg uit dat deze reacties normaal zijn. Dat alleen geeft vaak al rust.
      - Help het gewone ritme vast te houden: opstaan, eten, bewegen, slapen.
      - Moedig contact met anderen aan, maar dwing niets af.
      - Wees voorzichtig met alcohol, drugs of slaappillen als oplossing.

      ## Wanneer extra hulp?

      Meestal worden de reacties binnen vier tot zes weken minder. Gebeurt dat niet? Of lukt werk, school of de zorg voor kinderen niet meer? Dan is een gesprek met de [huisarts](organisations:huisarts) een goede stap. [Slachtofferhulp Nederland](organisations:slachtofferhulp) kan ook meedenken.

      Lees ook: [Herstel kost tijd](tips:herstel-kost-tijd)
    `,
  },
  {
    slug: 'de-juiste-hulp-vinden',
    title: 'De juiste hulp vinden',
    summary:
      'Er zijn veel organisaties voor slachtoffers en hun naasten. Welke past bij uw situatie? Een kort overzicht, zodat u weet waar u terechtkunt.',
    theme: 'passende-hulp',
    platforms: ['helpers'],
    offences: [],
    body: md`
      Na een misdrijf of ongeluk komen er veel vragen op u af. Over gevoelens, over geld, over de politie. U hoeft dat niet allemaal zelf uit te zoeken. Er is hulp, vaak gratis.

      ## Bij acuut gevaar

      Is er nu gevaar? Bel dan meteen [112](organisations:alarmnummer-112). Geen spoed, maar wel de politie nodig? Bel dan de [politie](organisations:politie) op 0900-8844.

      ## Voor steun en advies

      - [Slachtofferhulp Nederland](organisations:slachtofferhulp) helpt slachtoffers en hun naasten. Met een luisterend oor, praktische hulp en juridisch advies.
      - Uw [huisarts](organisations:huisarts) helpt bij lichamelijke en psychische klachten, en kan doorverwijzen.
      - [MIND Korrelatie](organisations:mind-korrelatie) is er voor psychische vragen. U kunt anoniem bellen of chatten.

      ## Voor een bepaald probleem

      - Geweld of misbruik in het gezin: [Veilig Thuis](organisations:veilig-thuis).
      - Verkrachting of aanranding: [Centrum Seksueel Geweld](organisations:centrum-seksueel-geweld). Liefst binnen een week.
      - Oplichting of fraude: [Fraudehelpdesk](organisations:fraudehelpdesk).
      - Naaktbeelden online of online intimidatie: [Helpwanted](organisations:helpwanted).
      - Gedachten over zelfdoding: [113 Zelfmoordpreventie](organisations:113-zelfmoordpreventie).
      - Juridische vragen: [Het Juridisch Loket](organisations:juridisch-loket).
      - Geldelijke steun na een geweldsmisdrijf: [Schadefonds Geweldsmisdrijven](organisations:schadefonds-geweldsmisdrijven).

      ## Samen zoeken

      Zoek de hulp samen met de ander, als die dat wil. Vraag eerst of het goed is dat u belt. Zo houdt de ander zelf de regie.
    `,
  },
  {
    slug: 'samen-aangifte-doen',
    title: 'Samen aangifte doen',
    summary: 'Aangifte doen is spannend. Als naaste kunt u helpen met voorbereiden en meegaan. Zo gaat het in zijn werk.',
    theme: 'aangifte',
    platforms: ['helpers'],
    offences: [],
    body: md`
      Wie aangifte doet, vertelt de politie officieel wat er is gebeurd. Dan kan de politie de zaak onderzoeken. Het slachtoffer beslist zelf of hij of zij aangifte doet. U kunt wel helpen.

      ## Voorbereiden

      1. Maak een afspraak via de [politie](organisations:politie) op 0900-8844. Bij sommige delicten kan aangifte ook online, zoals bij internetoplichting.
      2. Schrijf samen op wat er is gebeurd: wanneer, waar, wie en wat.
      3. Verzamel bewijs: foto's van letsel of schade, berichten, bonnen, namen van getuigen.
      4. Neem een geldig identiteitsbewijs mee.

      ## Meegaan

      Het slachtoffer mag iemand meenemen naar de aangifte. Dat kunt u zijn. Soms vraagt de politie u om een deel van het gesprek buiten te wachten. Dat is dan nodig voor het onderzoek.

      ## Goed om te weten

      - Het slachtoffer kan vragen om het eigen adres niet in de aangifte te zetten. De politie gebruikt dan een ander adres. Dit heet domicilie kiezen.
      - Vraag om een kopie van de aangifte. Die is nodig voor de verzekering of voor een schadevergoeding.
      - Geef aan dat het slachtoffer op de hoogte wil blijven van de zaak.
      - Bij een zedenmisdrijf volgt eerst een informatief gesprek. Daarna kiest het slachtoffer of het aangifte doet. Lees meer bij [seksueel misbruik](offences:seksueel-misbruik).

      ## Na afloop

      Een aangifte kost energie. Plan daarna iets rustigs. Vraag hoe het ging, maar laat het verhaal niet opnieuw vertellen als de ander dat niet wil. [Slachtofferhulp Nederland](organisations:slachtofferhulp) kan helpen bij de voorbereiding.
    `,
  },
  {
    slug: 'wat-gebeurt-er-na-de-aangifte',
    title: 'Wat gebeurt er na de aangifte?',
    summary:
      'Na een aangifte volgt vaak een lange periode van wachten. Wat doen politie en Openbaar Ministerie, en hoe blijft u op de hoogte?',
    theme: 'strafproces',
    platforms: ['helpers'],
    offences: [],
    body: md`
      Na de aangifte gaat de politie aan het werk. Voor het slachtoffer is dat vaak een onzekere tijd. Het helpt als u samen weet wat er kan gebeuren.

      ## De stappen

      1. **Onderzoek door de politie.** De politie zoekt sporen, spreekt getuigen en zoekt een verdachte. Dat kan weken of maanden duren.
      2. **Beslissing van de officier van justitie.** Het Openbaar Ministerie kijkt of er genoeg bewijs is. Daarna kiest de officier wat er met de zaak gebeurt.
      3. **Eventueel een rechtszaak.** Een rechter beslist of de verdachte schuldig is en welke straf volgt.

      ## Wat kan de officier beslissen?

      - De zaak gaat naar de rechter.
      - De officier geeft zelf een straf, bijvoorbeeld een boete of een taakstraf. Dat heet een strafbeschikking.
      - De zaak stopt. Dat heet seponeren.

      ## Op de hoogte blijven

      Het slachtoffer heeft recht op informatie over de zaak. Bijvoorbeeld of er een verdachte is, en wanneer de zitting is. Geef bij de aangifte aan dat het slachtoffer dit wil weten. Hoort u lang niets? Bel dan de politie en vraag naar de stand van zaken. Ook [Slachtofferhulp Nederland](organisations:slachtofferhulp) kan helpen om informatie te krijgen.

      ## Als de zaak stopt

      Dat is vaak een grote teleurstelling. Het slachtoffer kan vragen waarom de zaak stopt. Is het slachtoffer het niet eens met die beslissing? Dan kan het een klacht indienen bij het gerechtshof. Dat heet een artikel 12-procedure. [Het Juridisch Loket](organisations:juridisch-loket) legt uit hoe dat werkt.

      ## Wat u kunt doen

      Wachten is zwaar. Help met het bijhouden van brieven en datums. En blijf vragen hoe het gaat, ook als er niets nieuws is.

      Lees ook: [Samen aangifte doen](tips:samen-aangifte-doen)
    `,
  },
  {
    slug: 'spreekrecht-in-de-rechtszaal',
    title: 'Spreekrecht in de rechtszaal',
    summary:
      'Slachtoffers van ernstige misdrijven en nabestaanden mogen in de rechtszaal vertellen wat het misdrijf met hen heeft gedaan. Zo kunt u helpen.',
    theme: 'slachtofferrechten',
    platforms: ['helpers'],
    offences: [],
    body: md`
      Bij ernstige misdrijven mag het slachtoffer in de rechtszaal spreken. Ook nabestaanden hebben dit recht. Dat heet spreekrecht. Het slachtoffer vertelt dan wat het misdrijf met hem of haar heeft gedaan. De rechter en de verdachte horen het.

      ## Wat mag het slachtoffer zeggen?

      Het slachtoffer mag vertellen over de gevolgen van het misdrijf. Voor het lichaam, de gevoelens, het werk of het gezin. Het slachtoffer mag ook zeggen wat hij of zij van de verdachte en de straf vindt.

      ## Spreken of schrijven

      Niet iedereen wil of kan in de zaal spreken. Dat hoeft ook niet. Er zijn andere mogelijkheden:

      - Iemand anders leest de verklaring voor, bijvoorbeeld een familielid of een advocaat.
      - Het slachtoffer schrijft een verklaring die bij het dossier komt. Dat heet een schriftelijke slachtofferverklaring.
      - Het slachtoffer kiest ervoor om niets te zeggen. Ook dat is goed.

      Het slachtoffer moet vooraf aan het Openbaar Ministerie laten weten dat het wil spreken.

      ## Zo kunt u helpen

      - Help de tekst op te schrijven. Houd het kort en persoonlijk.
      - Oefen thuis samen met voorlezen.
      - Ga mee naar de zitting. Ga naast de ander zitten.
      - Spreek van tevoren af wat u doet als het te zwaar wordt. Bijvoorbeeld even samen naar buiten.

      [Slachtofferhulp Nederland](organisations:slachtofferhulp) helpt gratis bij het voorbereiden van de verklaring. Een medewerker kan ook mee naar de zitting.

      Lees ook: [Wat gebeurt er na de aangifte?](tips:wat-gebeurt-er-na-de-aangifte)
    `,
  },
  {
    slug: 'schade-vergoed-krijgen',
    title: 'Schade vergoed krijgen',
    summary:
      'Een misdrijf kost vaak geld: kapotte spullen, doktersrekeningen, minder inkomen. Er zijn verschillende manieren om die schade vergoed te krijgen.',
    theme: 'schadevergoeding',
    platforms: ['helpers'],
    offences: [],
    searchTerms: ['schadevergoeding', 'schadefonds', 'wie betaalt de schade'],
    body: md`
      Na een misdrijf heeft het slachtoffer vaak schade. Denk aan een kapotte deur, een gestolen telefoon of kosten voor de tandarts. Maar ook aan verdriet en pijn. Die schade kan soms vergoed worden. U kunt helpen om de weg te vinden.

      ## Bewaar alles

      Begin meteen met een map. Bewaar bonnen, facturen, foto's van de schade en brieven. Schrijf ook op hoeveel uur het slachtoffer niet kon werken. Zonder bewijs is vergoeding lastig.

      ## De mogelijkheden

      - **Via de strafzaak.** Het slachtoffer kan de schade op de verdachte verhalen in de strafzaak. Dat heet voegen. Het slachtoffer vult daarvoor een formulier in. Wijst de rechter de schade toe? Dan int de Staat het geld bij de dader.
      - **Voorschot van de Staat.** Heeft de dader na acht maanden nog niet betaald? Dan betaalt de Staat in veel gevallen een voorschot aan het slachtoffer.
      - **Schadefonds Geweldsmisdrijven.** Heeft het slachtoffer ernstig letsel door geweld? Dan kan het [Schadefonds Geweldsmisdrijven](organisations:schadefonds-geweldsmisdrijven) een bedrag uitkeren. Ook als de dader niet bekend is.
      - **De eigen verzekering.** Kijk naar de inboedelverzekering, de zorgverzekering en een eventuele rechtsbijstandsverzekering.

      ## Hulp bij de aanvraag

      Formulieren invullen is voor veel mensen lastig. Zeker in een tijd vol stress. [Slachtofferhulp Nederland](organisations:slachtofferhulp) helpt gratis bij het berekenen van de schade en het invullen. Voor juridische vragen kunt u terecht bij [Het Juridisch Loket](organisations:juridisch-loket).

      Let op termijnen. Vraag bij elke route hoe lang het slachtoffer de tijd heeft.

      Lees ook: [Wat gebeurt er na de aangifte?](tips:wat-gebeurt-er-na-de-aangifte)
    `,
  },
  {
    slug: 'schuld-en-schaamte',
    title: 'Schuld en schaamte',
    summary:
      'Veel slachtoffers voelen zich schuldig of schamen zich. Ook naasten kennen dat gevoel. Waar komt het vandaan, en hoe gaat u ermee om?',
    theme: 'schuld-en-schaamte',
    platforms: ['helpers'],
    offences: [],
    body: md`
      "Had ik de deur maar op slot gedaan." "Ik had die link nooit moeten openen." Slachtoffers zeggen dit vaak. Ze voelen zich schuldig of schamen zich. Terwijl de schuld bij de dader ligt.

      ## Waarom voelen slachtoffers zich schuldig?

      Schuldgevoel geeft een gevoel van controle. Als het mijn fout was, kan ik het de volgende keer voorkomen. Dat voelt veiliger dan de gedachte dat het iedereen kan overkomen. Schaamte komt vaak door de reacties van anderen. Of door het idee dat hij of zij dom of zwak is geweest.

      ## Wat u kunt doen

      - Zeg duidelijk: "Het is niet jouw schuld. De dader heeft dit gedaan."
      - Ga niet in discussie over wat de ander anders had kunnen doen.
      - Laat merken dat u niet anders naar de ander kijkt.
      - Vertel dat veel slachtoffers zich zo voelen. Dat maakt het minder eenzaam.
      - Houd vertrouwelijk wat de ander u vertelt.

      ## Schuldgevoel bij uzelf

      Ook naasten voelen zich soms schuldig. "Waarom heb ik niets gemerkt?" Of: "Ik had erbij moeten zijn." Die gedachten zijn begrijpelijk. Maar ook u bent niet verantwoordelijk voor wat de dader deed. Praat erover met iemand die u vertrouwt.

      ## Blijft het knagen?

      Soms blijft schuldgevoel lang hangen. Het slachtoffer trekt zich terug of durft er niet over te praten. Dan kan professionele hulp goed zijn. [Slachtofferhulp Nederland](organisations:slachtofferhulp) en de [huisarts](organisations:huisarts) kunnen helpen.

      Lees ook: [Luister zonder te oordelen](tips:luisteren-zonder-oordeel)
    `,
  },
  {
    slug: 'het-is-nooit-de-schuld-van-het-slachtoffer',
    title: 'Het is nooit de schuld van het slachtoffer',
    summary:
      'Een slachtoffer de schuld geven gebeurt vaak zonder dat iemand het merkt. Herken het, en voorkom dat het de schade groter maakt.',
    theme: 'victim-blaming',
    platforms: ['helpers', 'professionals'],
    offences: [],
    body: md`
      "Waarom liep ze daar 's nachts alleen?" "Hoe kun je nou je pincode geven?" Zulke vragen lijken onschuldig. Maar ze leggen de schuld bij het slachtoffer. Dat heet victim blaming. Het gebeurt vaak, ook door mensen die willen helpen.

      ## Waarom doen mensen het?

      Mensen willen graag geloven dat de wereld eerlijk is. Dat slechte dingen alleen gebeuren als iemand iets fout doet. Dan voelen ze zich zelf veiliger. Maar misdrijven gebeuren niet door wat het slachtoffer deed. Ze gebeuren omdat een dader ervoor kiest.

      ## Wat het doet met een slachtoffer

      Een verwijt komt extra hard aan. Het slachtoffer voelt zich niet geloofd of dom. De schaamte wordt groter. Sommige slachtoffers vertellen daarna niemand meer iets. Of ze zien af van aangifte of van hulp.

      ## Herken het, ook in eigen woorden

      Victim blaming zit vaak in kleine dingen:

      - vragen die met "waarom" beginnen;
      - opmerkingen over kleding, alcohol of goedgelovigheid;
      - "Wat deed je daar ook?";
      - twijfel of het wel zo erg was.

      ## Zeg liever

      - "Dit had niet mogen gebeuren."
      - "De dader is verantwoordelijk, niet jij."
      - "Goed dat je het vertelt."

      ## Als anderen het doen

      Geeft iemand anders het slachtoffer de schuld? Zeg er iets van, rustig en duidelijk. Bijvoorbeeld: "De schuld ligt bij de dader. Laten we daarbij blijven." Zo merkt het slachtoffer dat het er niet alleen voor staat.

      Lees ook: [Schuld en schaamte](tips:schuld-en-schaamte)
    `,
  },
  {
    slug: 'een-kind-helpen',
    title: 'Een kind helpen na een ingrijpende gebeurtenis',
    summary:
      'Kinderen reageren anders dan volwassenen op een schok. Hoe legt u uit wat er gebeurd is, en hoe helpt u een kind weer veilig te voelen?',
    theme: 'een-kind-helpen',
    platforms: ['helpers'],
    offences: [],
    searchTerms: ['tiener', 'kinderen', 'puber'],
    body: md`
      Kinderen merken meer dan volwassenen denken. Ook als ze er niet bij waren. Bijvoorbeeld na een inbraak thuis, een ongeluk of geweld in de familie. Kinderen hebben dan vooral rust, eerlijkheid en veiligheid nodig.

      ## Vertel eerlijk wat er is gebeurd

      Gebruik korte zinnen en woorden die passen bij de leeftijd. Zeg wat er gebeurd is, en wat er nu geregeld wordt. Weet u iets niet? Zeg dat dan ook. Een kind dat niets hoort, gaat zelf verhalen invullen. Die zijn vaak enger dan de waarheid.

      ## Zo reageren kinderen vaak

      - Ze slapen slecht of willen niet alleen slapen.
      - Ze worden weer kleiner, bijvoorbeeld bedplassen of duimen.
      - Ze spelen het voorval na met speelgoed.
      - Ze zijn boos, druk of juist heel stil.
      - Ze hebben buikpijn of hoofdpijn.

      Dat is meestal normaal en gaat vaak na een paar weken over.

      ## Wat helpt

      - Houd het gewone ritme vast: school, eten, sport, bedtijd.
      - Geef extra aandacht en knuffels.
      - Laat het kind vragen stellen, ook steeds dezelfde.
      - Vertel de leerkracht wat er is gebeurd. Dan kan de school er rekening mee houden.
      - Zorg goed voor uzelf. Kinderen voelen het als ouders gespannen zijn.

      ## Wanneer extra hulp?

      Blijven de klachten langer dan een maand? Of worden ze erger? Praat dan met de [huisarts](organisations:huisarts) of de jeugdarts. [Slachtofferhulp Nederland](organisations:slachtofferhulp) helpt ook kinderen en jongeren.

      Gebeurde het geweld thuis? Bel dan [Veilig Thuis](organisations:veilig-thuis) voor advies. Dat kan ook anoniem.
    `,
  },
  {
    slug: 'rechten-van-slachtoffers',
    title: 'De rechten van slachtoffers',
    summary:
      'Slachtoffers hebben in Nederland rechten: op informatie, op steun en op een schadevergoeding. Een overzicht van de belangrijkste.',
    theme: 'slachtofferrechten',
    platforms: ['helpers'],
    offences: [],
    body: md`
      Een slachtoffer van een misdrijf heeft rechten. Die staan in de wet. Veel slachtoffers kennen ze niet. Het helpt als u ze kent, zodat u de ander kunt wijzen op wat er mogelijk is.

      ## De belangrijkste rechten

      - **Correct behandeld worden.** Politie, Openbaar Ministerie en rechter moeten het slachtoffer met respect behandelen.
      - **Informatie.** Het slachtoffer mag horen hoe het met de zaak gaat. Bijvoorbeeld of er een verdachte is, en wanneer de zitting is.
      - **Begeleiding.** Het slachtoffer mag iemand meenemen naar de politie en naar de zitting.
      - **Een tolk.** Spreekt het slachtoffer geen Nederlands? Dan kan het een tolk krijgen.
      - **Het dossier inzien.** Het slachtoffer mag vragen om de stukken van de strafzaak te lezen.
      - **Spreekrecht.** Bij ernstige misdrijven mag het slachtoffer in de rechtszaal vertellen wat het misdrijf heeft gedaan.
      - **Schadevergoeding.** Het slachtoffer kan schade vergoed krijgen via de strafzaak.
      - **Bescherming.** Het slachtoffer kan vragen om het eigen adres af te schermen.
      - **Gratis hulp.** Slachtofferhulp Nederland helpt gratis. Slachtoffers van ernstige gewelds- en zedenmisdrijven krijgen vaak gratis een advocaat.

      ## Zo gebruikt u deze rechten

      Veel rechten moet het slachtoffer zelf aanvragen. Dat gebeurt vaak al bij de aangifte. Vraag daarom bij de politie welke keuzes er zijn. En schrijf op wat het slachtoffer heeft gekozen.

      Twijfelt u? [Slachtofferhulp Nederland](organisations:slachtofferhulp) en [Het Juridisch Loket](organisations:juridisch-loket) geven gratis advies.

      Meer lezen: [Spreekrecht in de rechtszaal](tips:spreekrecht-in-de-rechtszaal) en [Schade vergoed krijgen](tips:schade-vergoed-krijgen).
    `,
  },
  {
    slug: 'goed-voor-uzelf-zorgen',
    title: 'Zo zorgt u goed voor uzelf',
    summary:
      'Wie een ander helpt, vergeet zichzelf vaak. Toch kunt u alleen goed helpen als het met uzelf ook goed gaat. Praktische tips om op te laden.',
    theme: 'zelfzorg',
    platforms: ['helpers'],
    offences: [],
    body: md`
      Helpen kost energie. U luistert, regelt dingen en maakt zich zorgen. Vaak naast uw werk, uw gezin en uw eigen leven. Dat houdt u niet eindeloos vol. Zorgen voor uzelf is daarom geen luxe. Het is nodig om te kunnen blijven helpen.

      ## Kleine dingen die helpen

      - **Slaap en eet op vaste tijden.** Een vast ritme geeft rust.
      - **Beweeg elke dag.** Een wandeling van twintig minuten maakt uw hoofd al leger.
      - **Plan vrije momenten.** Zet ze in uw agenda, net als afspraken.
      - **Doe iets wat u leuk vindt.** Zonder schuldgevoel.
      - **Praat met iemand.** Met een vriend, een collega of een hulpverlener. U hoeft het niet alleen te dragen.

      ## Hulp aannemen

      Mensen bieden vaak hulp aan. "Laat maar weten als ik iets kan doen." Neem ze serieus. Vraag om iets concreets, zoals een maaltijd koken of de kinderen ophalen.

      ## Uw eigen gevoelens

      Ook u hebt misschien iets ergs gehoord of gezien. U kunt zelf ook last krijgen van slecht slapen, angst of boosheid. Dat is normaal. Neem die gevoelens serieus.

      ## Steun voor uzelf

      Wilt u praten over uw eigen zorgen? Dat kan bij [Slachtofferhulp Nederland](organisations:slachtofferhulp). Bij [MIND Korrelatie](organisations:mind-korrelatie) kunt u anoniem terecht met psychische vragen. Houden de klachten aan? Ga dan naar uw [huisarts](organisations:huisarts).

      Lees ook: [Herstel kost tijd](tips:herstel-kost-tijd)
    `,
  },
  {
    slug: 'uw-grenzen-aangeven',
    title: 'Uw grenzen aangeven',
    summary: 'U wilt er zijn voor de ander, maar u kunt niet alles. Hoe geeft u eerlijk en vriendelijk aan wat u wel en niet kunt doen?',
    theme: 'grenzen',
    platforms: ['helpers'],
    offences: [],
    body: md`
      Als iemand van wie u houdt iets ergs meemaakt, wilt u alles doen. Maar uw tijd en energie zijn niet onbeperkt. Op een dag merkt u dat het te veel wordt. Dan is het tijd om grenzen aan te geven.

      ## Waarom grenzen helpen

      Grenzen zijn niet egoïstisch. Ze zorgen ervoor dat u het langer volhoudt. En ze voorkomen dat u boos of bitter wordt. Ook de ander heeft er iets aan. Die weet dan waar hij of zij aan toe is.

      ## Zo geeft u een grens aan

      - **Wees op tijd.** Wacht niet tot u op bent.
      - **Wees eerlijk en concreet.** Zeg: "Vanavond lukt het niet. Morgen kom ik graag langs."
      - **Praat vanuit uzelf.** Zeg "Ik merk dat ik moe ben" in plaats van "Jij vraagt te veel."
      - **Bied een alternatief.** Misschien kan iemand anders helpen, of kan het op een ander moment.
      - **Herhaal het rustig.** Een grens moet soms vaker gezegd worden.

      ## Grenzen in wat u hoort

      Soms vertelt de ander dingen die u heel zwaar vindt. Ook dan mag u een grens aangeven. Bijvoorbeeld: "Ik wil dit graag horen, maar ik merk dat het me te veel wordt. Kun je dit ook met een hulpverlener bespreken?" [Slachtofferhulp Nederland](organisations:slachtofferhulp) kan die rol overnemen.

      ## Schuldgevoel

      Voelt u zich schuldig na het aangeven van een grens? Dat gevoel is normaal. Het gaat vaak vanzelf over. Bedenk: u zorgt goed voor uzelf, zodat u er later ook nog kunt zijn.

      Lees ook: [Goed voor uzelf zorgen](tips:goed-voor-uzelf-zorgen)
    `,
  },
  {
    slug: 'stress-herkennen',
    title: 'Stress herkennen bij uzelf',
    summary: 'Helpen kan veel stress geven. Vaak merkt u dat pas laat. Welke signalen zijn belangrijk, en wat doet u als u ze herkent?',
    theme: 'stress',
    platforms: ['helpers'],
    offences: [],
    body: md`
      Stress is op zich niet erg. Het helpt u om in actie te komen. Maar stress die weken of maanden duurt, maakt u moe en ziek. Naasten van slachtoffers lopen daar een groot risico op. Want de zorg gaat vaak lang door.

      ## Signalen van te veel stress

      - **In uw lichaam:** hoofdpijn, pijn in nek of schouders, slecht slapen, snel moe.
      - **In uw hoofd:** piekeren, vergeetachtig zijn, moeite met beslissen.
      - **In uw gevoel:** snel geïrriteerd, somber, gespannen, vaak huilen.
      - **In uw gedrag:** meer drinken of roken, weinig afspreken met anderen, geen tijd meer voor hobby's.

      Herkent u een paar van deze signalen? Neem ze serieus. Zeker als ze al een paar weken duren.

      ## Wat u kunt doen

      1. **Maak het bespreekbaar.** Vertel iemand hoe het met u gaat.
      2. **Kijk wat u kunt loslaten.** Welke taken kan een ander overnemen?
      3. **Zorg voor ontspanning.** Beweeg, ga naar buiten, doe iets wat u energie geeft.
      4. **Geef uw grenzen aan.** Zie ook de tip [Uw grenzen aangeven](tips:uw-grenzen-aangeven).

      ## Wanneer hulp zoeken?

      Blijft de stress, ook als u rust neemt? Slaapt u weken slecht? Of hebt u het gevoel dat u het niet meer aankunt? Ga dan naar uw [huisarts](organisations:huisarts). Die kan met u meedenken. U kunt ook anoniem bellen met [MIND Korrelatie](organisations:mind-korrelatie).

      Doe de zelfscan over hoeveel tijd u aan helpen besteedt. Dat geeft inzicht in wat u kunt veranderen.
    `,
  },
  {
    slug: 'een-steungroep-om-u-heen',
    title: 'Een steungroep om u heen',
    summary: 'Helpen hoeft u niet alleen te doen. Met een kleine groep mensen verdeelt u de taken. Zo houdt iedereen het beter vol.',
    theme: 'steungroep',
    platforms: ['helpers'],
    offences: [],
    body: md`
      Vaak komt de zorg voor een slachtoffer op één persoon neer. De partner, een ouder of een goede vriendin. Dat is zwaar. Met een steungroep verdeelt u de zorg over meer mensen.

      ## Wie hoort in de steungroep?

      Denk aan familie, vrienden, buren, collega's of mensen van de sportclub. Iedereen kan iets anders bieden:

      - **Praktische hulp:** boodschappen doen, koken, de hond uitlaten, kinderen ophalen.
      - **Een luisterend oor:** iemand bij wie de ander stoom kan afblazen.
      - **Afleiding:** samen wandelen, een film kijken, gewoon gezellig doen.
      - **Hulp met papierwerk:** brieven lezen, formulieren invullen, bellen met instanties.

      ## Zo zet u het op

      1. Vraag eerst aan het slachtoffer wie er mag helpen.
      2. Maak een lijstje van taken die nu nodig zijn.
      3. Vraag mensen om één concrete taak. Dat is makkelijker dan "laat maar weten".
      4. Maak een rooster of gebruik een gedeelde agenda.
      5. Spreek af wie het aanspreekpunt is.

      ## Let op privacy

      Bespreek met het slachtoffer wat anderen mogen weten. Deel in een groepsapp alleen praktische dingen. Het verhaal zelf is van het slachtoffer.

      ## Ook voor u

      Een steungroep is er niet alleen voor het slachtoffer. Ook u mag er steun uit halen. Spreek af met wie u kunt praten als het u even te veel wordt.

      Lees ook: [Goed voor uzelf zorgen](tips:goed-voor-uzelf-zorgen)
    `,
  },
  {
    slug: 'als-uw-relatie-verandert',
    title: 'Als uw relatie verandert',
    summary: 'Een misdrijf kan een relatie op de proef stellen. Uw partner is misschien anders dan vroeger. Hoe gaat u daarmee om?',
    theme: 'veranderde-relatie',
    platforms: ['helpers'],
    offences: [],
    body: md`
      Een ingrijpende gebeurtenis verandert mensen. Uw partner is misschien sneller boos, stiller of angstiger. Misschien wil hij of zij geen aanraking meer. Of juist de hele tijd bij u zijn. Dat is verwarrend en kan pijn doen.

      ## Wat u kunt merken

      - U bent meer verzorger dan partner geworden.
      - U praat bijna alleen nog over wat er gebeurd is. Of er wordt juist helemaal niet meer over gepraat.
      - Intimiteit en seks zijn lastig geworden.
      - U voelt zich soms alleen, boos of schuldig over die boosheid.

      Dat is begrijpelijk. Het zegt niet dat uw relatie slecht is.

      ## Wat helpt

      - **Praat over de relatie, niet alleen over het misdrijf.** Vraag: "Wat heb jij nu van mij nodig? En mag ik vertellen wat ik nodig heb?"
      - **Plan momenten samen zonder het onderwerp.** Een wandeling, een film, samen koken.
      - **Geef tijd bij intimiteit.** Vraag wat wel fijn is. Dring niet aan.
      - **Zoek steun buiten de relatie.** Bij vrienden of in een [steungroep](tips:een-steungroep-om-u-heen).

      ## Samen hulp zoeken

      Blijft het lastig? Relatietherapie kan helpen. Uw [huisarts](organisations:huisarts) kan u doorverwijzen. Ook [Slachtofferhulp Nederland](organisations:slachtofferhulp) denkt met u mee.

      ## Als het onveilig wordt

      Soms wordt een partner na een schok agressief of dreigend. Voelt u zich thuis niet meer veilig? Dan is dat nooit normaal. Bel [Veilig Thuis](organisations:veilig-thuis) voor advies. Bij direct gevaar belt u [112](organisations:alarmnummer-112).

      Lees ook: [Uw grenzen aangeven](tips:uw-grenzen-aangeven)
    `,
  },
  {
    slug: 'veilig-online-na-intimidatie',
    title: 'Weer veilig online na intimidatie',
    summary:
      'Wordt iemand online lastiggevallen, of worden er naaktbeelden gedeeld? Zo helpt u om bewijs te bewaren, beelden te laten verwijderen en hulp te vinden.',
    theme: 'passende-hulp',
    platforms: ['helpers'],
    offences: ['online-seksuele-intimidatie'],
    body: md`
      Online seksuele intimidatie komt veel voor. Denk aan ongewenste seksberichten, dreigen met naaktfoto's of beelden die zonder toestemming worden gedeeld. Dat is heel ingrijpend. Het voelt alsof het nooit stopt, want de telefoon is altijd dichtbij.

      ## Eerst: rust en steun

      Het slachtoffer schaamt zich vaak. Zeg duidelijk dat het niet zijn of haar schuld is. Ook niet als de foto zelf is gemaakt en verstuurd. Wie beelden zonder toestemming deelt, is strafbaar.

      ## Stappen die u samen kunt zetten

      1. **Reageer niet op de dader.** Ga niet in op eisen. Betaal nooit geld bij afpersing met beelden.
      2. **Bewaar bewijs.** Maak screenshots van berichten, profielen en links. Let op datum, tijd en gebruikersnaam.
      3. **Blokkeer en meld.** Blokkeer de dader. Meld de berichten of beelden bij het platform.
      4. **Laat beelden verwijderen.** [Helpwanted](organisations:helpwanted) helpt gratis en anoniem om beelden offline te halen.
      5. **Doe aangifte.** Ga met het bewijs naar de [politie](organisations:politie). Lees de tip [Samen aangifte doen](tips:samen-aangifte-doen).

      ## Accounts beveiligen

      - Verander wachtwoorden en zet tweestapsverificatie aan.
      - Zet profielen op privé en check wie volgers zijn.
      - Zet locatiedelen uit.

      ## Ook offline aandacht

      Online intimidatie raakt iemand in het echte leven. Het slachtoffer slaapt misschien slecht of durft niet naar school of werk. Blijf vragen hoe het gaat. Lees meer bij [online seksuele intimidatie](offences:online-seksuele-intimidatie).
    `,
  },
  {
    slug: 'rouw-na-zelfdoding',
    title: 'Rouw na zelfdoding',
    summary:
      'Iemand verliezen door zelfdoding is een heftig verlies. Vragen naar het waarom, schuld en boosheid horen erbij. Zo kunt u een nabestaande steunen.',
    theme: 'herstelproces',
    platforms: ['helpers'],
    offences: ['nabestaande-na-zelfdoding'],
    body: md`
      Als iemand overlijdt door zelfdoding, blijven naasten achter met veel verdriet. En met vragen die vaak geen antwoord krijgen. Rouw na zelfdoding is anders dan na een ander overlijden. Het is vaak heftiger en duurt langer.

      ## Wat nabestaanden vaak voelen

      - **Waarom?** De vraag blijft terugkomen. Ook als er een afscheidsbrief is.
      - **Schuld.** "Had ik het kunnen voorkomen?" Veel nabestaanden denken dat ze signalen hebben gemist.
      - **Boosheid.** Op de overledene, op hulpverleners of op zichzelf.
      - **Schaamte.** Er rust nog een taboe op zelfdoding. Sommige mensen durven niet te zeggen hoe iemand is overleden.
      - **Opluchting.** Soms, na een lange periode van zorgen. Ook dat mag.

      ## Zo kunt u steunen

      - Noem de overledene bij de naam. Praat over wie hij of zij was.
      - Durf het woord zelfdoding of suïcide te gebruiken. Vermijd oordelende woorden.
      - Luister naar de vragen, ook als u geen antwoord hebt.
      - Denk aan moeilijke dagen: de verjaardag, de sterfdag, feestdagen. Stuur dan een bericht.
      - Blijf ook na maanden langskomen. Dan is de aandacht van anderen vaak weg.

      ## Let op de nabestaande zelf

      Nabestaanden na zelfdoding hebben zelf een groter risico op suïcidale gedachten. Maakt u zich zorgen? Vraag er dan rechtstreeks naar. Praten over zelfdoding brengt iemand niet op het idee. [113 Zelfmoordpreventie](organisations:113-zelfmoordpreventie) is er ook voor nabestaanden, dag en nacht. Ook de [huisarts](organisations:huisarts) kan helpen.

      Lees ook: [Herstel kost tijd](tips:herstel-kost-tijd) en [nabestaande na zelfdoding](offences:nabestaande-na-zelfdoding).
    `,
  },
  {
    slug: 'praten-met-een-leerling',
    title: 'Praten met een leerling die iets ergs vertelt',
    summary:
      'Een leerling vertelt je over geweld, misbruik of een andere nare ervaring. Hoe reageer je, wat beloof je wel en niet, en wat is je volgende stap?',
    theme: 'reageren',
    platforms: ['professionals'],
    offences: [],
    body: md`
      Een leerling blijft na de les hangen en vertelt iets wat je niet had verwacht. Over geweld thuis, misbruik of een beroving. Dat je dit hoort, betekent dat de leerling je vertrouwt. Jouw eerste reactie is belangrijk.

      ## Tijdens het gesprek

      - **Blijf rustig.** Laat je schrik niet te veel zien. Anders stopt de leerling met vertellen.
      - **Luister en vraag open door.** "Wil je daar meer over vertellen?" Stel geen suggestieve vragen, zoals "Heeft je vader je geslagen?"
      - **Geloof de leerling.** Zeg: "Goed dat je dit vertelt."
      - **Zeg dat het niet zijn of haar schuld is.**
      - **Beloof geen geheimhouding.** Zeg eerlijk: "Ik wil je helpen. Soms moet ik daarvoor iemand anders inschakelen. Dat doe ik niet zonder het je te vertellen."

      ## Na het gesprek

      1. **Schrijf het op.** Noteer zo letterlijk mogelijk wat de leerling zei. Scheid feiten van je eigen interpretatie.
      2. **Overleg dezelfde dag.** Ga naar de aandachtsfunctionaris of zorgcoördinator van je school.
      3. **Volg de meldcode.** Jouw school werkt met de meldcode huiselijk geweld en kindermishandeling. Je kunt altijd anoniem advies vragen bij [Veilig Thuis](organisations:veilig-thuis).
      4. **Kom terug bij de leerling.** Vertel wat je gaat doen en wanneer jullie elkaar weer spreken.

      ## Bij acuut gevaar

      Durft de leerling niet naar huis? Of is er direct gevaar? Bel dan [112](organisations:alarmnummer-112) of Veilig Thuis en blijf bij de leerling.

      Meer over luisteren: [Luister zonder te oordelen](tips:luisteren-zonder-oordeel).
    `,
  },
  {
    slug: 'zorg-voor-jezelf-als-professional',
    title: 'Zorg voor jezelf als professional',
    summary:
      'Wie in zijn werk vaak verhalen over geweld en verlies hoort, kan daar zelf last van krijgen. Herken de signalen en bouw steun in je werk in.',
    theme: 'zelfzorg',
    platforms: ['professionals'],
    offences: [],
    body: md`
      Als huisarts, leerkracht, sociaal werker of HR-adviseur hoor je soms heftige verhalen. Je wilt helpen en neemt die verhalen mee naar huis. Dat is menselijk. Maar als het zich opstapelt, kun je er zelf last van krijgen. Dit heet ook wel secundaire traumatisering.

      ## Signalen om op te letten

      - Je denkt thuis steeds aan een cliënt, patiënt of leerling.
      - Je slaapt slecht of droomt over wat je hebt gehoord.
      - Je wordt cynisch of voelt minder mee dan vroeger.
      - Je bent snel geïrriteerd of moe.
      - Je vermijdt bepaalde gesprekken of dossiers.

      ## Wat helpt

      - **Praat erover.** Bespreek zware casussen met een collega, in intervisie of met een supervisor. Let wel op privacy.
      - **Bouw een overgang in.** Een wandeling of fietstocht na het werk helpt om los te laten.
      - **Ken je rol.** Je hoeft het probleem niet alleen op te lossen. Verwijs door naar [Slachtofferhulp Nederland](organisations:slachtofferhulp) of een andere specialist.
      - **Bewaak je grenzen.** Neem niet elke avond je werktelefoon op.
      - **Let op elkaar.** Vraag na een heftige gebeurtenis hoe het met je collega gaat.

      ## Vraag je organisatie om steun

      Na een ingrijpend incident op je werk heeft je werkgever een taak. Denk aan collegiale opvang, een gesprek met de bedrijfsarts of tijd om bij te komen. Vraag daar gerust om.

      Houden de klachten weken aan? Ga dan naar je eigen [huisarts](organisations:huisarts). Zie ook: [Stress herkennen](tips:stress-herkennen).
    `,
  },
  {
    slug: 'gesprekstips-voor-professionals',
    title: 'Gesprekstips voor professionals',
    summary:
      'Je hebt weinig tijd, maar een slachtoffer voor je. Met deze tips voer je een kort gesprek dat steunt, erkent en de weg wijst naar passende hulp.',
    theme: 'reageren',
    platforms: ['professionals'],
    offences: [],
    body: md`
      Een patiënt, cliënt, leerling of medewerker vertelt dat hij of zij slachtoffer is. Je hebt misschien maar tien minuten. Toch kun je in die tijd veel betekenen. Het gaat om erkenning, uitleg en een goede vervolgstap.

      ## In het gesprek

      1. **Erken wat er gebeurd is.** "Wat vervelend dat je dit is overkomen." Eén zin erkenning maakt verschil.
      2. **Luister, vat samen, vraag door.** Zo weet je wat de ander nodig heeft, en voelt die zich gehoord.
      3. **Leg uit wat normaal is.** Schrikreacties, slecht slapen en piekeren horen bij een schok. Dat stelt gerust.
      4. **Vraag naar veiligheid.** Is de ander nu veilig? Is de dader nog in de buurt?
      5. **Vraag naar steun.** Wie staat er om de ander heen?

      ## Vermijd

      - waarom-vragen die als verwijt klinken;
      - snel geruststellen met "Het valt vast mee";
      - je eigen oordeel over de dader of over de keuzes van het slachtoffer.

      ## Verwijs warm door

      Een telefoonnummer op een briefje wordt vaak niet gebeld. Vraag of je samen contact mag opnemen met [Slachtofferhulp Nederland](organisations:slachtofferhulp). Met toestemming mag je ook gegevens doorgeven, zodat Slachtofferhulp zelf belt. Gebruik de doorverwijstool als je twijfelt waar iemand het beste terechtkan.

      ## Plan een vervolg

      Spreek af wanneer je er weer naar vraagt. Bijvoorbeeld over twee weken. Blijven klachten na vier tot zes weken even sterk? Dan is verdere hulp nodig.

      Meer lezen: [Normale reacties na een schok](tips:normale-reacties-na-een-schok) en [Het is nooit de schuld van het slachtoffer](tips:het-is-nooit-de-schuld-van-het-slachtoffer).
    `,
  },
]

// Never published: tests prove the marker never reaches the site or the search index.
export const draftTips: SeedTip[] = [
  {
    slug: 'concept-omgaan-met-media-aandacht',
    title: `Omgaan met media-aandacht ${DRAFT_MARKER}`,
    summary: 'Conceptversie van een tip over journalisten en sociale media na een misdrijf. Nog niet klaar voor publicatie.',
    theme: 'passende-hulp',
    platforms: ['helpers'],
    offences: [],
    body: md`
      ${DRAFT_MARKER}: deze tekst is nog niet af.

      Na een opvallend misdrijf bellen soms journalisten aan. U hoeft niets te zeggen. Spreek met het slachtoffer af wie het woord doet.
    `,
  },
]

/** How the seed creates them (seed/step.ts); linked types first. */
export const seed = seedStep({
  after: ['offences', 'organisations'],
  published: tips,
  drafts: draftTips,
  toData: (d, map) => map.tip({ ...d, image: d.image ?? TIP_IMAGES[d.slug] }),
})
