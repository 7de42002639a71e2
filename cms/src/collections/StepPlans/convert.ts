import type { StepPlanSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from '../../export/context.ts'
import { fromStored, required, rows } from '../../export/stored.ts'
import type { StepPlan } from '../../payload-types.ts'

export const toStepPlan = fromStored(
  (doc: StepPlan, ctx: ExportContext): z.input<typeof StepPlanSchema> => ({
    slug: required(doc.slug),
    title: doc.title,
    summary: doc.summary,
    sectors: doc.sectors ?? [],
    offences: ctx.slugs('offences', doc.offences),
    searchTerms: doc.searchTerms ?? [],
    phases: rows(doc.phases).map((p) => ({
      phase: p.phase,
      intro: ctx.richText(p.intro),
      steps: rows(p.steps).map((s) => ({ id: s.key, title: s.title, body: ctx.richText(s.body) })),
    })),
    organisations: ctx.slugs('organisations', doc.organisations),
  }),
)
