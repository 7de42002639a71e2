import type { ChecklistSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from './context.ts'
import { type Loose, rows } from './loose.ts'

export function toChecklist(doc: Loose, ctx: ExportContext): z.input<typeof ChecklistSchema> {
  return {
    slug: doc.slug,
    offence: ctx.slug('offences', doc.offence) as string,
    title: doc.title,
    summary: doc.summary,
    intro: ctx.richText(doc.intro),
    sections: rows(doc.sections).map((s) => ({
      title: s.title,
      items: rows(s.items).map((i) => ({ id: i.key, title: i.title, body: ctx.richText(i.body) })),
    })),
    relatedTips: ctx.slugs('tips', doc.relatedTips),
    relatedVideos: ctx.slugs('videos', doc.relatedVideos),
  }
}
