import type { OffenceSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import { fromStored, required } from '../../export/stored.ts'
import type { Offence } from '../../payload-types.ts'

export const toOffence = fromStored(
  (doc: Offence): z.input<typeof OffenceSchema> => ({
    slug: required(doc.slug),
    name: doc.name,
    summary: doc.summary,
    searchTerms: doc.searchTerms ?? [],
    order: doc.order ?? 0,
  }),
)
