import { describe, expect, it } from 'vitest'
import { ExternalServiceSchema } from './external-service.ts'
import { urlForRef } from './links.ts'
import { HELPER_PILLARS, PROFESSIONAL_OFFER } from './offer.ts'
import { siteContentExample } from './site-content.examples.ts'
import { SiteContentSchema } from './site-content.ts'
import { externalServiceUrl, pillarUrl } from './urls.ts'

const course = {
  slug: 'online-cursus-basis',
  title: 'In 8 stappen beter helpen',
  description: 'De basis van de online cursus.',
  url: 'https://cursus.example.nl/basis',
  platform: 'helpers',
  pillar: 'begeleiding-en-cursus',
  order: 1,
  exampleData: true,
} as const

const messages = (input: unknown) => {
  const r = ExternalServiceSchema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('external service contract', () => {
  it('accepts a helpers service on a pillar and a professionals service on an offer section', () => {
    expect(messages(course)).toEqual([])
    expect(messages({ ...course, platform: 'professionals', pillar: 'trainingen' })).toEqual([])
  })

  it('refuses a plain http address, in Dutch', () => {
    expect(messages({ ...course, url: 'http://cursus.example.nl/' })).toEqual([
      'url: Gebruik een beveiligd webadres dat begint met https://',
    ])
  })

  it('refuses a place that is not on the platform, naming the choices', () => {
    const [line] = messages({ ...course, platform: 'professionals' })
    expect(line).toContain('"begeleiding-en-cursus" is geen onderdeel van Voor Professionals')
    expect(line).toContain('trainingen')
    // "both" needs the place on both platforms: one message per platform that lacks it.
    const both = messages({ ...course, platform: 'both' })
    expect(both).toHaveLength(1)
    expect(both[0]).toContain('Maak anders één dienst per platform.')
  })

  it('has five helper pillars and the professionals offer with unique slugs across both', () => {
    expect(HELPER_PILLARS.map((p) => p.title)).toEqual([
      'Check wat u kunt doen',
      'Iemand ondersteunen',
      'Goed voor uzelf zorgen',
      'Hoe doen anderen het?',
      '1-op-1 begeleiding en online cursus',
    ])
    const slugs = [...HELPER_PILLARS, ...PROFESSIONAL_OFFER].map((p) => p.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
  })

  it('lives at an anchor on its pillar page, and links to it resolve there', () => {
    expect(externalServiceUrl(course)).toBe(`${pillarUrl('begeleiding-en-cursus')}#dienst-online-cursus-basis`)
    expect(externalServiceUrl({ ...course, platform: 'professionals', pillar: 'trainingen' })).toBe(
      '/voor-professionals/#dienst-online-cursus-basis',
    )
    expect(urlForRef({ collection: 'external-services', slug: 'online-cursus-basis' }, SiteContentSchema.parse(siteContentExample))).toBe(
      '/voor-de-helpers/begeleiding-en-cursus/#dienst-online-cursus-basis',
    )
  })
})
