import type { OffenceSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { Loose } from './loose.ts'

export function toOffence(doc: Loose): z.input<typeof OffenceSchema> {
  return {
    slug: doc.slug,
    name: doc.name,
    summary: doc.summary,
    searchTerms: Array.isArray(doc.searchTerms) ? doc.searchTerms : [],
    order: doc.order ?? 0,
  }
}
