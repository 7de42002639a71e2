import type { VideoSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from './context.ts'
import { compact, type Loose } from './loose.ts'

export function toVideo(doc: Loose, ctx: ExportContext): z.input<typeof VideoSchema> {
  const src: Loose = doc.source ?? {}
  const source =
    src.type === 'external'
      ? { type: 'external' as const, provider: src.provider, url: src.url }
      : { type: 'file' as const, file: ctx.media(src.file) as NonNullable<ReturnType<ExportContext['media']>> }
  return compact({
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary,
    kind: doc.kind,
    platforms: doc.platforms ?? [],
    offences: ctx.slugs('offences', doc.offences),
    searchTerms: Array.isArray(doc.searchTerms) ? doc.searchTerms : [],
    durationSeconds: doc.durationSeconds,
    source,
    poster: ctx.media(doc.poster),
    captions: doc.captions ?? '',
    transcript: ctx.richText(doc.transcript),
  })
}
