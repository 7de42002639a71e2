import type { SignalSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from '../../export/context.ts'
import { fromStored, required } from '../../export/stored.ts'
import type { Signal } from '../../payload-types.ts'

export const toSignal = fromStored(
  (doc: Signal, ctx: ExportContext): z.input<typeof SignalSchema> => ({
    slug: required(doc.slug),
    title: doc.title,
    category: doc.category,
    description: doc.description,
    whatToDo: ctx.richText(doc.whatToDo),
    sectors: doc.sectors ?? [],
    order: doc.order ?? 0,
  }),
)
