import type { ExternalServiceSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import { compact, type Loose } from './loose.ts'

export function toExternalService(doc: Loose): z.input<typeof ExternalServiceSchema> {
  return compact({
    slug: doc.slug,
    title: doc.title,
    description: doc.description,
    url: doc.url,
    platform: doc.platform,
    pillar: doc.pillar,
    order: doc.order,
    exampleData: doc.exampleData === true,
  })
}
