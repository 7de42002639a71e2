import type { TipSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from './context.ts'
import { compact, type Loose } from './loose.ts'

export function toTip(doc: Loose, ctx: ExportContext): z.input<typeof TipSchema> {
  return compact({
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary,
    theme: doc.theme,
    platforms: doc.platforms ?? [],
    offences: ctx.slugs('offences', doc.offences),
    searchTerms: Array.isArray(doc.searchTerms) ? doc.searchTerms : [],
    image: ctx.media(doc.image),
    body: ctx.richText(doc.body),
  })
}
