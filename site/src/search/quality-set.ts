import { checklistUrl, SIGNALS_URL, stepPlanUrl, tipUrl, videoUrl } from '@hp/content-schemas'
/**
 * The search quality set (`npm run bench:search-quality`, and a budget in the browser tests):
 * everyday queries as helpers and professionals type them, written from how people talk (the
 * relation plus what happened, "wat moet ik doen als…", informal words), not from the page text.
 * Each names the pages that count as a right answer, for the demo seed content.
 */
export interface QualityQuery {
  query: string
  /** Paths of the pages that answer it; one of them in the top 3 counts as found. */
  right: string[]
}

const C = checklistUrl
const TIP = (slug: string) => tipUrl(slug, ['helpers'])
const PRO_TIP = (slug: string) => tipUrl(slug, ['professionals'])
const PLAN = stepPlanUrl
const VIDEO = (slug: string) => videoUrl(slug, ['helpers'])
const SIGNALS = SIGNALS_URL

export const QUALITY_QUERIES: QualityQuery[] = [
  // Sentences: a helper about a person close to them.
  { query: 'mijn zus is beroofd', right: [C('overval-of-beroving')] },
  { query: 'mijn zus is overvallen', right: [C('overval-of-beroving')] },
  { query: 'hoe help ik iemand na een overval', right: [C('overval-of-beroving')] },
  { query: 'mijn vader is aangereden', right: [C('verkeersongeval')] },
  { query: 'mijn moeder is opgelicht door de telefoon', right: [C('fraude'), VIDEO('mijn-moeder-werd-opgelicht')] },
  { query: 'wat moet ik doen als mijn collega wordt gestalkt', right: [C('stalking')] },
  { query: 'er is ingebroken bij mijn ouders', right: [C('woninginbraak'), VIDEO('ervaring-na-een-woninginbraak')] },
  { query: 'mijn broer is in elkaar geslagen', right: [C('geweld')] },
  { query: 'mijn vriendin is verkracht wat nu', right: [C('seksueel-misbruik')] },
  { query: 'de zoon van mijn buurvrouw heeft zelfmoord gepleegd', right: [C('nabestaande-na-zelfdoding'), TIP('rouw-na-zelfdoding')] },
  { query: 'mijn dochter wordt afgeperst met naaktfoto’s', right: [C('online-seksuele-intimidatie')] },
  { query: 'mijn oma is opgelicht door een nepbank', right: [C('fraude')] },
  { query: 'mijn ex blijft me achtervolgen', right: [C('stalking')] },
  { query: 'iemand volgt mijn zus overal', right: [C('stalking')] },
  { query: 'mijn vriend is neergestoken', right: [C('geweld')] },
  { query: 'mijn buurman is bedreigd met een mes', right: [C('geweld')] },
  { query: 'mijn tas is afgepakt op straat', right: [C('overval-of-beroving')] },
  { query: 'mijn zoon is gepest en geslagen op school', right: [C('geweld'), TIP('een-kind-helpen')] },
  { query: 'mijn opa is doorgereden na een aanrijding', right: [C('verkeersongeval')] },
  { query: 'mijn moeder is bestolen in haar huis', right: [C('woninginbraak')] },
  {
    query: 'wat zeg ik tegen iemand die iets ergs heeft meegemaakt',
    right: [TIP('wat-zegt-u-wel-en-niet'), VIDEO('zo-reageert-u-als-iemand-vertelt')],
  },
  { query: 'hoe luister ik zonder te oordelen', right: [TIP('luisteren-zonder-oordeel')] },
  { query: 'ik ben zelf moe van het helpen', right: [TIP('goed-voor-uzelf-zorgen'), TIP('stress-herkennen')] },
  { query: 'hoe doe je aangifte samen met iemand', right: [TIP('samen-aangifte-doen'), VIDEO('hoe-werkt-een-aangifte')] },
  { query: 'wie betaalt de schade na een misdrijf', right: [TIP('schade-vergoed-krijgen')] },
  { query: 'mijn kind heeft iets ergs gezien', right: [TIP('een-kind-helpen')] },
  { query: 'hij geeft zichzelf de schuld', right: [TIP('schuld-en-schaamte'), TIP('het-is-nooit-de-schuld-van-het-slachtoffer')] },
  {
    query: 'is het normaal dat ze niet kan slapen na de schrik',
    right: [TIP('normale-reacties-na-een-schok'), VIDEO('wat-doet-schrik-met-je-lichaam')],
  },
  { query: 'mijn partner is veranderd sinds het gebeurde', right: [TIP('als-uw-relatie-verandert')] },
  { query: 'mag mijn zus iets zeggen in de rechtszaal', right: [TIP('spreekrecht-in-de-rechtszaal')] },
  { query: 'wat gebeurt er nadat je aangifte hebt gedaan', right: [TIP('wat-gebeurt-er-na-de-aangifte')] },
  // Sentences: a professional.
  { query: 'een leerling vertelt dat ze is misbruikt', right: [PRO_TIP('praten-met-een-leerling')] },
  { query: 'wat doe ik als een medewerker is overvallen', right: [PLAN('medewerker-slachtoffer-van-een-overval')] },
  { query: 'een cliënt is opgelicht en heeft schulden', right: [PLAN('financiele-uitbuiting-of-fraude-bij-een-client')] },
  { query: 'een leerling heeft zelfmoord gepleegd', right: [PLAN('nazorg-bij-suicide-op-school')] },
  { query: 'een trainer zit aan de kinderen bij de sportclub', right: [PLAN('grensoverschrijdend-gedrag-in-de-sportclub')] },
  { query: 'mijn patiënt is mishandeld', right: [PLAN('patient-na-geweld-of-inbraak')] },
  { query: 'hoe merk ik dat een werknemer slachtoffer is', right: [SIGNALS] },
  { query: 'hoe zorg ik als hulpverlener goed voor mezelf', right: [PRO_TIP('zorg-voor-jezelf-als-professional')] },
  // Words and short phrases: informal words, the act, the person.
  { query: 'beroofd', right: [C('overval-of-beroving')] },
  { query: 'overvallen', right: [C('overval-of-beroving')] },
  { query: 'straatroof', right: [C('overval-of-beroving')] },
  { query: 'aangereden', right: [C('verkeersongeval')] },
  { query: 'auto ongeluk', right: [C('verkeersongeval')] },
  { query: 'opgelicht', right: [C('fraude')] },
  { query: 'phishing', right: [C('fraude')] },
  { query: 'whatsapp fraude', right: [C('fraude')] },
  { query: 'stalker', right: [C('stalking')] },
  { query: 'gestalkt', right: [C('stalking')] },
  { query: 'inbrekers', right: [C('woninginbraak')] },
  { query: 'spullen gestolen', right: [C('woninginbraak')] },
  { query: 'mishandeld', right: [C('geweld')] },
  { query: 'huiselijk geweld', right: [C('geweld')] },
  { query: 'aangerand', right: [C('seksueel-misbruik')] },
  { query: 'zelfmoord', right: [C('nabestaande-na-zelfdoding'), TIP('rouw-na-zelfdoding')] },
  { query: 'sextortion', right: [C('online-seksuele-intimidatie')] },
  { query: 'naaktfoto gelekt', right: [C('online-seksuele-intimidatie')] },
  { query: 'schadevergoeding', right: [TIP('schade-vergoed-krijgen')] },
  { query: 'aangifte doen', right: [TIP('samen-aangifte-doen'), VIDEO('hoe-werkt-een-aangifte'), TIP('wat-gebeurt-er-na-de-aangifte')] },
  { query: 'rouw', right: [TIP('rouw-na-zelfdoding'), C('nabestaande-na-zelfdoding')] },
  { query: 'schaamte', right: [TIP('schuld-en-schaamte')] },
  { query: 'stress bij mezelf', right: [TIP('stress-herkennen')] },
  { query: 'slachtofferrechten', right: [TIP('rechten-van-slachtoffers')] },
  { query: 'signalen herkennen', right: [SIGNALS] },
  { query: 'steungroep', right: [TIP('een-steungroep-om-u-heen')] },
]

/**
 * A second set, written after the synonyms were tuned on QUALITY_QUERIES and not tuned on since:
 * it shows how the search does on queries nobody fitted it to. Reported by the bench, no budget.
 */
export const QUALITY_HELD_OUT: QualityQuery[] = [
  { query: 'mijn schoonmoeder is opgelicht via whatsapp', right: [C('fraude')] },
  { query: 'mijn buurjongen is in elkaar geslagen', right: [C('geweld')] },
  { query: 'er is ingebroken bij mijn zus', right: [C('woninginbraak'), VIDEO('ervaring-na-een-woninginbraak')] },
  { query: 'mijn dochter krijgt enge berichten van een vreemde', right: [C('online-seksuele-intimidatie'), C('stalking')] },
  { query: 'mijn vriend is van zijn fiets gereden door een auto', right: [C('verkeersongeval')] },
  { query: 'mijn tante is op straat van haar tas beroofd', right: [C('overval-of-beroving')] },
  { query: 'een vriendin wordt steeds gevolgd door haar ex', right: [C('stalking')] },
  { query: 'mijn collega is overvallen in de winkel', right: [C('overval-of-beroving'), PLAN('medewerker-slachtoffer-van-een-overval')] },
  { query: 'mijn neef heeft zich van het leven beroofd', right: [C('nabestaande-na-zelfdoding'), TIP('rouw-na-zelfdoding')] },
  { query: 'hoe praat ik met mijn kind over wat er gebeurd is', right: [TIP('een-kind-helpen')] },
  { query: 'mijn moeder durft niet meer alleen thuis te zijn na de inbraak', right: [C('woninginbraak')] },
  { query: 'kan ik geld terugkrijgen na oplichting', right: [C('fraude'), TIP('schade-vergoed-krijgen')] },
  { query: 'aanranding', right: [C('seksueel-misbruik')] },
  { query: 'wat moet ik doen als iemand naaktfoto’s van mijn dochter deelt', right: [C('online-seksuele-intimidatie')] },
  { query: 'mijn vader is neergeslagen', right: [C('geweld')] },
  { query: 'hoe ga ik om met boosheid na een misdrijf', right: [TIP('normale-reacties-na-een-schok'), TIP('herstel-kost-tijd')] },
  { query: 'een werknemer is bedreigd door een klant', right: [C('geweld'), PLAN('medewerker-slachtoffer-van-een-overval')] },
  { query: 'mijn zoon wordt gechanteerd met een filmpje', right: [C('online-seksuele-intimidatie')] },
  { query: 'auto-ongeluk met letsel', right: [C('verkeersongeval')] },
  { query: 'mijn broer is zijn vrouw verloren door zelfdoding', right: [C('nabestaande-na-zelfdoding'), TIP('rouw-na-zelfdoding')] },
]
