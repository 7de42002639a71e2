import type { VideoSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from '../../export/context.ts'
import { compact, fromStored, required } from '../../export/stored.ts'
import type { Video } from '../../payload-types.ts'

export const toVideo = fromStored((doc: Video, ctx: ExportContext): z.input<typeof VideoSchema> => {
  const src: Partial<Video['source']> = doc.source ?? {}
  const source =
    src.type === 'external'
      ? { type: 'external' as const, provider: required(src.provider), url: required(src.url) }
      : { type: 'file' as const, file: required(ctx.media(src.file)) }
  return compact({
    slug: required(doc.slug),
    title: doc.title,
    summary: doc.summary,
    kind: doc.kind,
    platforms: doc.platforms ?? [],
    offences: ctx.slugs('offences', doc.offences),
    searchTerms: doc.searchTerms ?? [],
    durationSeconds: doc.durationSeconds,
    source,
    poster: ctx.media(doc.poster),
    captions: doc.captions ?? '',
    transcript: ctx.richText(doc.transcript),
  })
})
