import type { TipSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from '../../export/context.ts'
import { compact, fromStored, required } from '../../export/stored.ts'
import type { Tip } from '../../payload-types.ts'

export const toTip = fromStored(
  (doc: Tip, ctx: ExportContext): z.input<typeof TipSchema> =>
    compact({
      slug: required(doc.slug),
      title: doc.title,
      summary: doc.summary,
      theme: doc.theme,
      platforms: doc.platforms ?? [],
      offences: ctx.slugs('offences', doc.offences),
      searchTerms: doc.searchTerms ?? [],
      image: ctx.media(doc.image),
      body: ctx.richText(doc.body),
    }),
)
