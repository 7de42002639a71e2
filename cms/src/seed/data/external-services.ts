import { seedStep } from '../step.ts'
import type { SeedExternalService } from './types.ts'
import { DRAFT_MARKER } from './types.ts'

/**
 * Services of the organisation on other websites. Example data: names and addresses are placeholders
 * (`example.nl`) that an editor replaces with the real course, community and chat addresses and then
 * unticks "Voorbeeldgegevens".
 */
export const externalServices: SeedExternalService[] = [
  {
    slug: 'online-cursus-basis',
    title: 'Online cursus: In 8 stappen beter helpen',
    description:
      'Het basisdeel van de gratis online cursus. In acht korte stappen leert u hoe u iemand na een misdrijf of ongeluk goed kunt steunen.',
    url: 'https://cursus.voordehelpers.example.nl/in-8-stappen-beter-helpen',
    platform: 'helpers',
    pillar: 'begeleiding-en-cursus',
    order: 1,
    exampleData: true,
  },
  {
    slug: 'online-cursus-communiceren',
    title: 'Verdieping: Communiceren met een slachtoffer',
    description: 'Een verdiepend deel van de online cursus. Over luisteren, vragen stellen en wat u beter niet zegt.',
    url: 'https://cursus.voordehelpers.example.nl/communiceren-met-een-slachtoffer',
    platform: 'helpers',
    pillar: 'begeleiding-en-cursus',
    order: 2,
    exampleData: true,
  },
  {
    slug: 'online-cursus-er-zijn',
    title: 'Verdieping: Helpen door er gewoon te zijn',
    description: 'Een verdiepend deel van de online cursus. Over steunen zonder oplossingen te geven, ook als het lang duurt.',
    url: 'https://cursus.voordehelpers.example.nl/helpen-door-er-gewoon-te-zijn',
    platform: 'helpers',
    pillar: 'begeleiding-en-cursus',
    order: 3,
    exampleData: true,
  },
  {
    slug: 'advieslijn-chat',
    title: 'Chat met de advieslijn',
    description: 'Liever typen dan bellen? Chat met een adviseur van de advieslijn. U hoeft uw naam niet te geven.',
    url: 'https://chat.voordehelpers.example.nl/',
    platform: 'helpers',
    pillar: 'begeleiding-en-cursus',
    order: 4,
    exampleData: true,
  },
  {
    slug: 'community-voor-helpers',
    title: 'Community voor helpers',
    description: 'Een online plek waar helpers ervaringen en tips delen. U leest mee of stelt zelf een vraag.',
    url: 'https://community.voordehelpers.example.nl/',
    platform: 'helpers',
    pillar: 'hoe-doen-anderen-het',
    order: 1,
    exampleData: true,
  },
  {
    slug: 'training-eerste-opvang',
    title: 'Training: Eerste opvang na een misdrijf',
    description: 'Een training van een dagdeel voor professionals. Je oefent het eerste gesprek met een slachtoffer en het doorverwijzen.',
    url: 'https://trainingen.voorprofessionals.example.nl/eerste-opvang',
    platform: 'professionals',
    pillar: 'trainingen',
    order: 1,
    exampleData: true,
  },
  {
    slug: 'advieslijn-chat-professionals',
    title: 'Chat met de advieslijn',
    description: 'Liever typen dan bellen? Chat met een adviseur over een cliënt, leerling of collega.',
    url: 'https://chat.voordehelpers.example.nl/professionals',
    platform: 'professionals',
    pillar: 'advieslijn',
    order: 1,
    exampleData: true,
  },
]

export const draftExternalServices: SeedExternalService[] = [
  {
    slug: 'concept-dienst',
    title: `Concept-dienst ${DRAFT_MARKER}`,
    description: `Deze dienst is nog niet gecontroleerd. ${DRAFT_MARKER}`,
    url: 'https://concept.example.nl/',
    platform: 'helpers',
    pillar: 'hoe-doen-anderen-het',
    order: 9,
    exampleData: true,
  },
]

/** How the seed creates them (seed/step.ts); linked types first. */
export const seed = seedStep({
  after: [],
  published: externalServices,
  drafts: draftExternalServices,
  toData: (d) => d,
})
