import type { SignalSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from './context.ts'
import type { Loose } from './loose.ts'

export function toSignal(doc: Loose, ctx: ExportContext): z.input<typeof SignalSchema> {
  return {
    slug: doc.slug,
    title: doc.title,
    category: doc.category,
    description: doc.description,
    whatToDo: ctx.richText(doc.whatToDo),
    sectors: doc.sectors ?? [],
    order: doc.order ?? 0,
  }
}
