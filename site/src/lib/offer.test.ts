import { type ExternalService, SiteContentSchema } from '@hp/content-schemas'
import { siteContentExample } from '@hp/content-schemas/site-content.examples'
import { describe, expect, it } from 'vitest'
import { offerOf, servicesAt } from './offer.ts'

const service = (slug: string, over: Partial<ExternalService> = {}): ExternalService => ({
  slug,
  title: `Dienst ${slug}`,
  description: 'Beschrijving.',
  url: `https://${slug}.example.nl/`,
  platform: 'helpers',
  pillar: 'begeleiding-en-cursus',
  order: 1,
  exampleData: true,
  ...over,
})

const content = (services: ExternalService[]) => SiteContentSchema.parse({ ...siteContentExample, externalServices: services })

describe('the offer', () => {
  it('has the five helper pillars in order, each with its page, and the professionals offer as sections of the landing page', () => {
    const helpers = offerOf(content([]), 'helpers')
    expect(helpers.map((s) => s.url)).toEqual([
      '/voor-de-helpers/check-wat-u-kunt-doen/',
      '/voor-de-helpers/iemand-ondersteunen/',
      '/voor-de-helpers/goed-voor-uzelf-zorgen/',
      '/voor-de-helpers/hoe-doen-anderen-het/',
      '/voor-de-helpers/begeleiding-en-cursus/',
    ])
    const professionals = offerOf(content([]), 'professionals')
    expect(professionals.map((s) => s.url)).toContain('/voor-professionals/#trainingen')
    expect(professionals.find((s) => s.slug === 'stappenplannen')?.items.map((i) => i.href)).toEqual([
      '/voor-professionals/stappenplannen/',
    ])
  })

  it('lists the checklists under pillar 1', () => {
    const [check] = offerOf(content([]), 'helpers')
    expect(check?.items.map((i) => i.href)).toContain('/voor-de-helpers/checklists/')
  })

  it('places each external service on its platform and pillar, in its order, marked as external', () => {
    const c = content([
      service('tweede', { order: 2 }),
      service('eerste', { order: 1 }),
      service('community', { pillar: 'hoe-doen-anderen-het' }),
      service('training', { platform: 'professionals', pillar: 'trainingen' }),
    ])
    expect(servicesAt(c, 'helpers', 'begeleiding-en-cursus').map((s) => s.slug)).toEqual(['eerste', 'tweede'])
    const course = offerOf(c, 'helpers').find((s) => s.slug === 'begeleiding-en-cursus')
    const external = course?.items.filter((i) => i.externalId)
    expect(external?.map((i) => [i.externalId, i.href])).toEqual([
      ['dienst-eerste', 'https://eerste.example.nl/'],
      ['dienst-tweede', 'https://tweede.example.nl/'],
    ])
    expect(offerOf(c, 'helpers').flatMap((s) => s.items.map((i) => i.href))).not.toContain('https://training.example.nl/')
    expect(
      offerOf(c, 'professionals')
        .find((s) => s.slug === 'trainingen')
        ?.items.map((i) => i.label),
    ).toEqual(['Dienst training'])
  })
})
