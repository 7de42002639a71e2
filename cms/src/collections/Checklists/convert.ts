import type { ChecklistSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from '../../export/context.ts'
import { fromStored, required, rows } from '../../export/stored.ts'
import type { Checklist } from '../../payload-types.ts'

export const toChecklist = fromStored(
  (doc: Checklist, ctx: ExportContext): z.input<typeof ChecklistSchema> => ({
    slug: required(doc.slug),
    offence: required(ctx.slug('offences', doc.offence)),
    title: doc.title,
    summary: doc.summary,
    intro: ctx.richText(doc.intro),
    sections: rows(doc.sections).map((s) => ({
      title: s.title,
      items: rows(s.items).map((i) => ({ id: i.key, title: i.title, body: ctx.richText(i.body) })),
    })),
    relatedTips: ctx.slugs('tips', doc.relatedTips),
    relatedVideos: ctx.slugs('videos', doc.relatedVideos),
  }),
)
