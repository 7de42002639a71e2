import { z } from 'zod'
import { SlugSchema, SummarySchema, TitleSchema, UrlSchema } from './common.ts'
import { OFFER_PLACES } from './offer.ts'
import { servicePlatforms } from './service-platforms.ts'

/** Which platform shows an external service: one of them, or both. */
export const ServicePlatformSchema = z.enum(['helpers', 'professionals', 'both'])
export type ServicePlatform = z.infer<typeof ServicePlatformSchema>

// The platforms a service is shown on: in a module without zod, because the URL module (and with
// it the site's browser scripts) uses it.
export { servicePlatforms }

const HTTPS_ONLY = 'Gebruik een beveiligd webadres dat begint met https://'

/**
 * A service of the organisation on another website: the online course, the community, the advice
 * line's chat, a training. The site links to it from the place `pillar` names, marked as leaving the site.
 */
export const ExternalServiceSchema = z
  .object({
    /** Identifier (anchor on the page that lists it). Example: `online-cursus-basis`. */
    slug: SlugSchema,
    /** Name as the link text. Example: `In 8 stappen beter helpen`. */
    title: TitleSchema,
    /** What the visitor finds there, in one or two sentences. */
    description: SummarySchema,
    /** Where it lives; https only. */
    url: UrlSchema.refine((u) => u.startsWith('https://'), HTTPS_ONLY),
    /** Platform(s) that show it. */
    platform: ServicePlatformSchema,
    /**
     * Where it is shown. Helpers: a pillar (`begeleiding-en-cursus`); professionals: a section of
     * the offer (`trainingen`, `advieslijn`). With `both`, the place must exist on both platforms.
     */
    pillar: SlugSchema,
    /** Position among the services of the same place; lower first. */
    order: z.number().int().min(0),
    /** True while the entry is example data an editor must verify before go-live. */
    exampleData: z.boolean(),
  })
  .superRefine((s, ctx) => {
    for (const platform of servicePlatforms(s.platform)) {
      const places = OFFER_PLACES[platform]
      if (places.some((p) => p.slug === s.pillar)) continue
      const name = platform === 'helpers' ? 'Voor de Helpers' : 'Voor Professionals'
      // With "both", one place must exist on both platforms; none does today, so say how to do it instead.
      const both = s.platform === 'both' ? ' Bij "beide" moet de plek op beide platforms bestaan. Maak anders één dienst per platform.' : ''
      ctx.addIssue({
        code: 'custom',
        path: ['pillar'],
        message: `"${s.pillar}" is geen onderdeel van ${name}. Kies uit: ${places.map((p) => p.slug).join(', ')}.${both}`,
      })
    }
  })
export type ExternalService = z.infer<typeof ExternalServiceSchema>
