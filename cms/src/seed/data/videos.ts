import { md } from '@hp/content-schemas'
import { seedStep } from '../step.ts'
import { DRAFT_MARKER, type SeedVideo } from './types.ts'

/** One caption cue: start and end in seconds, the speaker, and the text. */
type Cue = readonly [start: number, end: number, speaker: string, text: string]

function timestamp(seconds: number): string {
  const m = Math.floor(seconds / 60)
  const s = seconds - m * 60
  return `${String(m).padStart(2, '0')}:${s.toFixed(3).padStart(6, '0')}`
}

// Builds WebVTT text with voice tags, so players and screen readers can name the speaker.
function vtt(cues: readonly Cue[]): string {
  const body = cues.map(([start, end, speaker, text]) => `${timestamp(start)} --> ${timestamp(end)}\n<v ${speaker}>${text}`)
  return `${['WEBVTT', ...body].join('\n\n')}\n`
}

export const videos: SeedVideo[] = [
  {
    slug: 'ervaring-na-een-woninginbraak',
    title: 'Ervaring: na de inbraak bij mijn zus',
    summary:
      'Sandra vertelt hoe ze haar zus Ilse hielp na een inbraak. Wat hielp wel, wat niet, en wat ze de volgende keer anders zou doen.',
    kind: 'ervaringsverhaal',
    platforms: ['helpers'],
    offences: ['woninginbraak'],
    durationSeconds: 142,
    file: 'ervaring-na-een-woninginbraak.mp4',
    captions: vtt([
      [0, 4, 'Interviewer', 'Sandra, wat gebeurde er bij je zus?'],
      [4, 8.5, 'Sandra', 'Ilse kwam op een vrijdagavond thuis van haar werk.'],
      [8.5, 12, 'Sandra', 'De achterdeur stond open en alle kasten waren leeg.'],
      [12, 16, 'Sandra', 'Haar laptop was weg, en de sieraden van onze oma.'],
      [16, 20, 'Sandra', 'Ze belde mij huilend op. Ik ben meteen gegaan.'],
      [20, 24, 'Interviewer', 'Wat deed je toen je binnenkwam?'],
      [24, 28.5, 'Sandra', 'Eerst wilde ik gaan opruimen. Dat was een fout.'],
      [28.5, 33, 'Sandra', 'De politie zei: laat alles liggen, dan kunnen we sporen zoeken.'],
      [33, 37, 'Sandra', 'Dus ben ik gewoon naast haar op de bank gaan zitten.'],
    ]),
    transcript: md`
      **Interviewer:** Sandra, wat gebeurde er bij je zus?

      **Sandra:** Ilse kwam op een vrijdagavond thuis van haar werk. De achterdeur stond open en alle kasten waren leeg. Haar laptop was weg, en de sieraden van onze oma. Ze belde mij huilend op. Ik ben meteen gegaan.

      **Interviewer:** Wat deed je toen je binnenkwam?

      **Sandra:** Eerst wilde ik gaan opruimen. Dat was een fout. De politie zei: laat alles liggen, dan kunnen we sporen zoeken. Dus ben ik gewoon naast haar op de bank gaan zitten. Ik heb thee gezet en geluisterd.

      **Interviewer:** Hoe ging het in de weken daarna?

      **Sandra:** Overdag leek het goed te gaan. Maar Ilse sliep bijna niet. Bij elk geluid schrok ze wakker. Ze durfde niet meer alleen thuis te zijn. Ze heeft twee weken bij mij gelogeerd. Dat vond ik prima.

      **Interviewer:** Wat hielp haar het meest?

      **Sandra:** Praktische dingen. Ik heb de verzekering gebeld en een slotenmaker geregeld. Samen hebben we een lijst gemaakt van alles wat weg was. En ik zei vaak: het is niet jouw schuld. Ze dacht namelijk dat ze het raam open had laten staan.

      **Interviewer:** Wat zou je nu anders doen?

      **Sandra:** Ik zou niet meer zeggen: het zijn maar spullen. Dat zei ik in het begin. Maar voor Ilse ging het niet om de spullen. Iemand was in haar huis geweest. Haar veilige plek was weg. Dat heb ik pas later begrepen.

      **Interviewer:** Heb je zelf ook hulp gehad?

      **Sandra:** Ja, ik heb met Slachtofferhulp gebeld. Ik wilde weten of ik het goed deed. Dat gesprek gaf me rust. En ik leerde dat het normaal was dat Ilse zo lang slecht sliep.
    `,
  },
  {
    slug: 'mijn-moeder-werd-opgelicht',
    title: 'Ervaring: mijn moeder werd opgelicht',
    summary:
      "De moeder van Dennis verloor duizenden euro's door een nepbankmedewerker. Dennis vertelt hoe hij haar hielp, en hoe hij zijn eigen boosheid leerde inslikken.",
    kind: 'ervaringsverhaal',
    platforms: ['helpers'],
    offences: ['fraude'],
    durationSeconds: 156,
    file: 'mijn-moeder-werd-opgelicht.mp4',
    captions: vtt([
      [0, 4, 'Interviewer', 'Dennis, wat is er met je moeder gebeurd?'],
      [4, 8, 'Dennis', 'Mijn moeder is 78. Ze werd gebeld door iemand van de bank.'],
      [8, 12.5, 'Dennis', 'Dat dacht ze tenminste. Het nummer op haar scherm klopte ook.'],
      [12.5, 16.5, 'Dennis', 'De man zei dat er fraude was met haar rekening.'],
      [16.5, 21, 'Dennis', 'Ze moest haar geld snel naar een veilige rekening overmaken.'],
      [21, 25, 'Dennis', 'Binnen een uur was ze bijna 9.000 euro kwijt.'],
      [25, 29, 'Interviewer', 'Hoe kwam je erachter?'],
      [29, 33.5, 'Dennis', 'Ze belde mij die avond. Ze klonk heel klein.'],
      [33.5, 38, 'Dennis', 'Ze zei: ik heb iets heel doms gedaan.'],
    ]),
    transcript: md`
      **Interviewer:** Dennis, wat is er met je moeder gebeurd?

      **Dennis:** Mijn moeder is 78. Ze werd gebeld door iemand van de bank. Dat dacht ze tenminste. Het nummer op haar scherm klopte ook. De man zei dat er fraude was met haar rekening. Ze moest haar geld snel naar een veilige rekening overmaken. Binnen een uur was ze bijna 9.000 euro kwijt.

      **Interviewer:** Hoe kwam je erachter?

      **Dennis:** Ze belde mij die avond. Ze klonk heel klein. Ze zei: ik heb iets heel doms gedaan.

      **Interviewer:** Wat was je eerste reactie?

      **Dennis:** Eerlijk? Ik was woedend. Ik zei: mam, dat weet je toch, een bank vraagt dat nooit. Ik zag meteen dat ze dichtklapte. Toen ben ik gestopt. Ik heb gezegd: het is niet jouw schuld, die mensen zijn heel slim.

      **Interviewer:** Wat heb je daarna gedaan?

      **Dennis:** We hebben meteen de bank gebeld om de rekening te blokkeren. Daarna de Fraudehelpdesk. Die legden uit welke stappen we moesten zetten. De volgende dag zijn we samen naar de politie gegaan voor aangifte. Ik heb vooral naast haar gezeten.

      **Interviewer:** Hoe gaat het nu met haar?

      **Dennis:** Beter, maar ze neemt de telefoon bijna niet meer op. Ze schaamt zich nog steeds. Ze wilde eerst niet dat mijn zus het wist. We praten er nu open over. Dat helpt.

      **Interviewer:** Wat wil je andere kinderen meegeven?

      **Dennis:** Slik je boosheid in, die is voor de oplichter. Je ouder heeft al genoeg schaamte. En regel samen een vaste afspraak: bij twijfel over geld bellen we elkaar eerst.
    `,
  },
  {
    slug: 'zo-reageert-u-als-iemand-vertelt',
    title: 'Zo reageert u als iemand iets ergs vertelt',
    summary:
      'Twee keer hetzelfde gesprek: Lotte vertelt haar vriend Youssef dat ze is aangevallen. Eerst reageert hij met goede bedoelingen maar verkeerd, daarna zoals het helpt.',
    kind: 'voorbeeldscenario',
    platforms: ['helpers'],
    offences: ['geweld'],
    durationSeconds: 128,
    file: 'zo-reageert-u-als-iemand-vertelt.mp4',
    captions: vtt([
      [0, 4.5, 'Verteller', 'Lotte is vorige week op straat aangevallen. Ze vertelt het aan haar vriend Youssef.'],
      [4.5, 8, 'Verteller', 'We laten het gesprek twee keer zien.'],
      [8, 11, 'Verteller', 'Eerst de versie die niet zo goed gaat.'],
      [11, 15.5, 'Lotte', 'Ik moet je iets vertellen. Vorige week werd ik op weg naar huis aangevallen.'],
      [15.5, 19, 'Youssef', 'Wat? Waarom fietste je daar ook zo laat alleen?'],
      [19, 22.5, 'Lotte', 'Ik... ik had gewoon langer gewerkt.'],
      [22.5, 27, 'Youssef', 'Als ik die gast tegenkom, dan sla ik hem helemaal in elkaar.'],
      [27, 30, 'Lotte', 'Laat maar. Het valt wel mee.'],
    ]),
    transcript: md`
      **Verteller:** Lotte is vorige week op straat aangevallen. Ze vertelt het aan haar vriend Youssef. We laten het gesprek twee keer zien. Eerst de versie die niet zo goed gaat.

      **Lotte:** Ik moet je iets vertellen. Vorige week werd ik op weg naar huis aangevallen.

      **Youssef:** Wat? Waarom fietste je daar ook zo laat alleen?

      **Lotte:** Ik... ik had gewoon langer gewerkt.

      **Youssef:** Als ik die gast tegenkom, dan sla ik hem helemaal in elkaar.

      **Lotte:** Laat maar. Het valt wel mee.

      **Verteller:** Youssef bedoelt het goed. Maar zijn eerste vraag klinkt als een verwijt. En zijn boosheid maakt Lotte extra bang. Ze sluit zich af. Nu de tweede versie.

      **Lotte:** Ik moet je iets vertellen. Vorige week werd ik op weg naar huis aangevallen.

      **Youssef:** Wat erg, Lotte. Goed dat je het me vertelt. Hoe gaat het nu met je?

      **Lotte:** Niet zo goed. Ik slaap slecht. En ik durf niet meer over die weg te fietsen.

      **Youssef:** Dat snap ik. Wil je vertellen wat er gebeurde? Het hoeft niet nu.

      **Lotte:** Er kwam iemand achter me aan. Hij trok me van mijn fiets.

      **Youssef:** Wat eng. Het is niet jouw schuld, dat wil ik echt even zeggen. Wat heb je nu nodig?

      **Lotte:** Misschien kun je de komende tijd met me meefietsen?

      **Youssef:** Natuurlijk. En als je aangifte wilt doen, ga ik mee.

      **Verteller:** Youssef luistert, gelooft Lotte en vraagt wat ze nodig heeft. Hij bewaart zijn eigen gevoelens voor later. Wilt u meer weten? Lees de tips over luisteren zonder oordeel.
    `,
  },
  {
    slug: 'wat-doet-schrik-met-je-lichaam',
    title: 'Wat doet schrik met het lichaam?',
    summary:
      'Een korte animatie over wat er in het lichaam gebeurt bij een grote schrik, en waarom er daarna nog dagen of weken reacties kunnen zijn.',
    kind: 'animatie',
    platforms: ['helpers', 'professionals'],
    offences: [],
    durationSeconds: 95,
    file: 'wat-doet-schrik-met-je-lichaam.mp4',
    captions: vtt([
      [0, 4, 'Verteller', 'Stel je voor: je loopt over straat en iemand grijpt je tas.'],
      [4, 7.5, 'Verteller', 'In een fractie van een seconde slaat je lichaam alarm.'],
      [7.5, 11.5, 'Verteller', 'Een klein deel van je hersenen ziet gevaar. Nog voordat je erover nadenkt.'],
      [11.5, 15.5, 'Verteller', 'Je lichaam maakt stresshormonen aan, zoals adrenaline.'],
      [15.5, 19.5, 'Verteller', 'Je hart gaat sneller kloppen. Je ademt sneller.'],
      [19.5, 23.5, 'Verteller', 'Je spieren spannen zich aan. Je bent klaar om te vechten of te vluchten.'],
      [23.5, 28, 'Verteller', 'Soms gebeurt er iets anders: je bevriest. Je kunt je niet bewegen.'],
      [28, 32, 'Verteller', 'Ook dat is een reactie van je lichaam om te overleven. Je kiest er niet voor.'],
    ]),
    transcript: md`
      **Verteller:** Stel je voor: je loopt over straat en iemand grijpt je tas. In een fractie van een seconde slaat je lichaam alarm. Een klein deel van je hersenen ziet gevaar. Nog voordat je erover nadenkt.

      **Verteller:** Je lichaam maakt stresshormonen aan, zoals adrenaline. Je hart gaat sneller kloppen. Je ademt sneller. Je spieren spannen zich aan. Je bent klaar om te vechten of te vluchten.

      **Verteller:** Soms gebeurt er iets anders: je bevriest. Je kunt je niet bewegen. Ook dat is een reactie van je lichaam om te overleven. Je kiest er niet voor. Veel slachtoffers schamen zich later dat ze niets deden. Maar bevriezen is geen zwakte.

      **Verteller:** Na het gevaar blijft je alarmsysteem nog een tijd aan staan. Daardoor schrik je snel van geluiden. Je slaapt slecht. Je denkt steeds terug aan wat er gebeurde. Je bent moe, prikkelbaar of juist heel vlak.

      **Verteller:** Dit zijn normale reacties op een abnormale gebeurtenis. Bij de meeste mensen worden ze in een paar weken minder. Rust, een vast ritme en praten met mensen die je vertrouwt, helpen daarbij.

      **Verteller:** Blijven de klachten na vier tot zes weken even sterk? Of worden ze erger? Praat dan met de huisarts of met Slachtofferhulp Nederland. Er is goede hulp.
    `,
  },
  {
    slug: 'hoe-werkt-een-aangifte',
    title: 'Hoe werkt een aangifte?',
    summary:
      'Wijkagent Karin legt stap voor stap uit hoe aangifte doen gaat: van afspraak maken tot wat er daarna gebeurt. Handig als u iemand wilt helpen die aangifte doet.',
    kind: 'uitleg',
    platforms: ['helpers'],
    offences: [],
    durationSeconds: 170,
    file: 'hoe-werkt-een-aangifte.mp4',
    captions: vtt([
      [0, 4, 'Verteller', 'Iemand in uw omgeving is slachtoffer van een misdrijf.'],
      [4, 7.5, 'Verteller', 'Misschien wil die persoon aangifte doen.'],
      [7.5, 11, 'Verteller', 'Wijkagent Karin legt uit hoe dat werkt.'],
      [11, 15, 'Karin', 'Met een aangifte vertel je de politie officieel wat er is gebeurd.'],
      [15, 19, 'Karin', 'Dan kunnen wij onderzoek doen en een verdachte zoeken.'],
      [19, 23, 'Karin', 'Je kunt een afspraak maken via 0900-8844.'],
      [23, 27.5, 'Karin', 'Voor sommige zaken kan het ook online, zoals oplichting via internet.'],
      [27.5, 31, 'Verteller', 'Wat neemt u mee naar de afspraak?'],
      [31, 35.5, 'Karin', "Een identiteitsbewijs. En alles wat kan helpen: foto's, berichten, bonnen."],
    ]),
    transcript: md`
      **Verteller:** Iemand in uw omgeving is slachtoffer van een misdrijf. Misschien wil die persoon aangifte doen. Wijkagent Karin legt uit hoe dat werkt.

      **Karin:** Met een aangifte vertel je de politie officieel wat er is gebeurd. Dan kunnen wij onderzoek doen en een verdachte zoeken. Je kunt een afspraak maken via 0900-8844. Voor sommige zaken kan het ook online, zoals oplichting via internet.

      **Verteller:** Wat neemt u mee naar de afspraak?

      **Karin:** Een identiteitsbewijs. En alles wat kan helpen: foto's, berichten, bonnen. Schrijf van tevoren op wat er gebeurde. Dat helpt als je zenuwachtig bent.

      **Verteller:** Mag u mee als naaste?

      **Karin:** Ja, het slachtoffer mag iemand meenemen. Soms vragen we de begeleider om even buiten te wachten. Dan willen we het verhaal van het slachtoffer zelf horen, zonder invloed van anderen.

      **Verteller:** Wat gebeurt er tijdens het gesprek?

      **Karin:** We stellen veel vragen. Soms dezelfde vraag twee keer. Dat is niet omdat we je niet geloven. We willen het precies goed opschrijven. Aan het eind lees je alles door en zet je je handtekening.

      **Verteller:** Waar moet u nog meer op letten?

      **Karin:** Vraag om een kopie van de aangifte. Wil je niet dat de verdachte je adres ziet? Zeg dat dan. We kunnen een ander adres gebruiken. En geef aan dat je op de hoogte wilt blijven van de zaak.

      **Verteller:** En daarna?

      **Karin:** Wij doen onderzoek. Daarna beslist de officier van justitie wat er met de zaak gebeurt. Dat kan lang duren. Slachtofferhulp Nederland kan je in die tijd helpen.

      **Verteller:** Meer weten? Lees de tips over samen aangifte doen en wat er na de aangifte gebeurt.
    `,
  },
  {
    slug: 'gesprek-met-een-leerling',
    title: 'Voorbeeldgesprek: een leerling vertelt over online afpersing',
    summary:
      'Mentor Jeroen merkt dat leerling Sanne afwezig is. Zie hoe hij het gesprek opent, luistert, geen geheimhouding belooft en samen met haar de volgende stap zet.',
    kind: 'voorbeeldscenario',
    platforms: ['professionals'],
    offences: ['online-seksuele-intimidatie'],
    durationSeconds: 150,
    file: 'gesprek-met-een-leerling.mp4',
    captions: vtt([
      [0, 4.5, 'Verteller', 'Jeroen is mentor van klas 3. Hij ziet dat Sanne al weken stil en afwezig is.'],
      [4.5, 8, 'Verteller', 'Hij vraagt haar na de les even te blijven.'],
      [8, 12, 'Jeroen', 'Sanne, ik merk dat je de laatste tijd stiller bent. Hoe gaat het met je?'],
      [12, 14.5, 'Sanne', 'Gaat wel.'],
      [14.5, 19, 'Jeroen', 'Oké. Ik vraag het omdat ik me een beetje zorgen maak. Je mag het zeggen als er iets is.'],
      [19, 23, 'Sanne', "Er is iemand die foto's van mij heeft. Hij wil geld, anders zet hij ze online."],
      [23, 27.5, 'Jeroen', 'Wat heftig. Goed dat je het me vertelt. Dit is niet jouw schuld.'],
      [27.5, 31, 'Sanne', 'Maar ik heb ze zelf gestuurd.'],
      [31, 36, 'Jeroen', 'Dat maakt niet uit. Degene die je bedreigt, doet iets strafbaars. Niet jij.'],
    ]),
    transcript: md`
      **Verteller:** Jeroen is mentor van klas 3. Hij ziet dat Sanne al weken stil en afwezig is. Hij vraagt haar na de les even te blijven.

      **Jeroen:** Sanne, ik merk dat je de laatste tijd stiller bent. Hoe gaat het met je?

      **Sanne:** Gaat wel.

      **Jeroen:** Oké. Ik vraag het omdat ik me een beetje zorgen maak. Je mag het zeggen als er iets is.

      **Sanne:** Er is iemand die foto's van mij heeft. Hij wil geld, anders zet hij ze online.

      **Jeroen:** Wat heftig. Goed dat je het me vertelt. Dit is niet jouw schuld.

      **Sanne:** Maar ik heb ze zelf gestuurd.

      **Jeroen:** Dat maakt niet uit. Degene die je bedreigt, doet iets strafbaars. Niet jij. Heb je hem al geld gegeven?

      **Sanne:** Nog niet. Beloof je dat je het niet doorvertelt?

      **Jeroen:** Dat kan ik niet beloven. Ik wil je helpen, en daarvoor heb ik misschien anderen nodig. Maar ik doe niets zonder het eerst met jou te bespreken. Is dat goed?

      **Sanne:** Oké.

      **Jeroen:** Betaal hem niets en reageer niet meer. Verwijder de berichten niet, maak screenshots. Er is een organisatie, Helpwanted, die helpt om foto's offline te halen. Zullen we samen met onze zorgcoördinator bespreken wat we nu doen?

      **Verteller:** Jeroen blijft rustig en stelt open vragen. Hij erkent Sanne, legt de schuld bij de dader en belooft geen geheimhouding. Na het gesprek schrijft hij op wat Sanne zei. Hij overlegt dezelfde dag met de zorgcoördinator en volgt de meldcode. Samen met Sanne kijken ze of haar ouders en de politie worden ingeschakeld.
    `,
  },
]

// Never published: tests prove the marker never reaches the site or the search index.
export const draftVideos: SeedVideo[] = [
  {
    slug: 'concept-uitleg-schadefonds',
    title: `Uitleg Schadefonds ${DRAFT_MARKER}`,
    summary: 'Conceptvideo over het Schadefonds Geweldsmisdrijven. Nog niet klaar voor publicatie.',
    kind: 'uitleg',
    platforms: ['helpers'],
    offences: ['geweld'],
    durationSeconds: 60,
    file: 'concept.mp4',
    captions: vtt([
      [0, 4, 'Verteller', `${DRAFT_MARKER}: dit transcript is nog niet af.`],
      [4, 8, 'Verteller', 'Het Schadefonds helpt slachtoffers van geweld.'],
    ]),
    transcript: md`
      **Verteller:** ${DRAFT_MARKER}: dit transcript is nog niet af. Het Schadefonds helpt slachtoffers van geweld.
    `,
  },
]

/** How the seed creates them (seed/step.ts); linked types first. */
export const seed = seedStep({
  after: ['offences'],
  published: videos,
  drafts: draftVideos,
  toData: (d, map) => map.video({ ...d, poster: d.poster ?? { file: 'poster-video.jpg', alt: '' } }),
})
