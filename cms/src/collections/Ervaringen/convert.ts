import type { ErvaringSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from '../../export/context.ts'
import { compact, fromStored, required } from '../../export/stored.ts'
import type { Ervaringen } from '../../payload-types.ts'

/** The published shape of an experience: never the submission it came from, nor its sender. */
export const toErvaring = fromStored(
  (doc: Ervaringen, ctx: ExportContext): z.input<typeof ErvaringSchema> =>
    compact({
      slug: required(doc.slug),
      title: doc.title,
      summary: doc.summary,
      theme: doc.theme ?? undefined,
      offences: ctx.slugs('offences', doc.offences),
      body: ctx.richText(doc.body),
    }),
)
