import type { SeedSiteSettings } from './types.ts'

/** The `site-settings` global: organisation, advice line, quick exit and navigation per platform. */
export const siteSettings: SeedSiteSettings = {
  organisationName: 'Slachtofferhulp Nederland (voorbeeld)',
  adviceLine: {
    phone: '0900 0101',
    chatUrl: 'https://www.slachtofferhulp.nl/chat/',
    hours: 'Maandag tot en met vrijdag 8.00 tot 20.00 uur, zaterdag 10.00 tot 17.00 uur',
    exampleData: true,
  },
  quickExitUrl: 'https://www.google.nl/',
  navigation: {
    helpers: [
      { label: 'Checklists', href: '/voor-de-helpers/#checklists' },
      { label: 'Tips', href: '/voor-de-helpers/tips/' },
      { label: "Video's", href: '/voor-de-helpers/videos/' },
      { label: 'Doorverwijstool', href: '/voor-de-helpers/doorverwijstool/helpers/' },
    ],
    professionals: [
      { label: 'Stappenplannen', href: '/voor-professionals/stappenplannen/' },
      { label: 'Signalenwijzer', href: '/voor-professionals/signalenwijzer/' },
      { label: 'Doorverwijstool', href: '/voor-professionals/doorverwijstool/professionals/' },
      { label: 'Nieuwsbrief', href: '/voor-professionals/nieuwsbrief/' },
    ],
  },
}
