import type { ExternalServiceSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import { compact, fromStored, required } from '../../export/stored.ts'
import type { ExternalService } from '../../payload-types.ts'

export const toExternalService = fromStored(
  (doc: ExternalService): z.input<typeof ExternalServiceSchema> =>
    compact({
      slug: required(doc.slug),
      title: doc.title,
      description: doc.description,
      url: doc.url,
      platform: doc.platform,
      pillar: doc.pillar,
      order: doc.order,
      exampleData: doc.exampleData === true,
    }),
)
