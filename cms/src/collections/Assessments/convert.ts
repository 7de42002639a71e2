import type { AssessmentSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from '../../export/context.ts'
import { compact, fromStored, required, rows } from '../../export/stored.ts'
import type { Assessment } from '../../payload-types.ts'

export const toAssessment = fromStored(
  (doc: Assessment, ctx: ExportContext): z.input<typeof AssessmentSchema> => ({
    slug: required(doc.slug),
    title: doc.title,
    summary: doc.summary,
    kind: doc.kind,
    platform: doc.platform,
    intro: ctx.richText(doc.intro),
    themes: rows(doc.themes).map((th) => ({
      id: th.key,
      title: th.title,
      threshold: th.threshold ?? 0,
      attentionPoint: ctx.richText(th.attentionPoint),
    })),
    questions: rows(doc.questions).map((q) => ({
      id: q.key,
      theme: q.theme,
      text: q.text,
      options: rows(q.options).map((o) => compact({ label: o.label, score: o.score ?? 0, redFlagBand: o.redFlagBand })),
    })),
    bands: rows(doc.bands).map((b) => ({ id: b.key, min: b.min ?? 0, title: b.title, advice: ctx.richText(b.advice) })),
  }),
)
