import type { ErvaringSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from './context.ts'
import { compact, type Loose } from './loose.ts'

/** The published shape of an experience: never the submission it came from, nor its sender. */
export function toErvaring(doc: Loose, ctx: ExportContext): z.input<typeof ErvaringSchema> {
  return compact({
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary,
    theme: doc.theme ?? undefined,
    offences: ctx.slugs('offences', doc.offences),
    body: ctx.richText(doc.body),
  })
}
