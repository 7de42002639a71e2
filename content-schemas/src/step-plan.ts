import { z } from 'zod'
import { SectorSchema, SlugSchema, SummarySchema, TitleSchema } from './common.ts'
import { atLeastOne, duplicateKey } from './messages.ts'
import { SearchTermsSchema } from './offence.ts'
import { RequiredRichTextSchema, RichTextSchema } from './rich-text.ts'

/** The three phases of a step plan, in this order on the page. */
export const PhaseSchema = z.enum(['preventief', 'acuut', 'nazorg'])
export type Phase = z.infer<typeof PhaseSchema>

/** One step; its id is the anchor that makes it linkable. */
export const StepSchema = z.object({
  /** Anchor within the plan. Example: `informeer-het-team`. */
  id: SlugSchema,
  /** What to do. Example: `Informeer het team dezelfde dag`. */
  title: TitleSchema,
  /** How and why. */
  body: RequiredRichTextSchema,
})

/** A phase with its ordered steps. */
export const StepPlanPhaseSchema = z.object({
  /** Which phase. */
  phase: PhaseSchema,
  /** Optional introduction to the phase. */
  intro: RichTextSchema.default([]),
  /** Steps in order. */
  steps: z.array(StepSchema).min(1, 'Geef elke fase minstens één stap.'),
})

/** A step plan for professionals. Example: `Nazorg bij suïcide op school`. */
export const StepPlanSchema = z
  .object({
    /** URL segment. Example: `nazorg-bij-suicide-op-school`. */
    slug: SlugSchema,
    /** Title. */
    title: TitleSchema,
    /** For lists, search and meta description. */
    summary: SummarySchema,
    /** Sectors it is written for; at least one. */
    sectors: z.array(SectorSchema).min(1, 'Kies minstens één sector.'),
    /** Offences it is about (slugs); empty means all. */
    offences: z.array(SlugSchema).default([]),
    /** Extra words visitors type to find this page (not shown). Example: `['medewerker bedreigd']`. */
    searchTerms: SearchTermsSchema,
    /** Phases; each phase at most once, in the order preventief, acuut, nazorg. */
    phases: z.array(StepPlanPhaseSchema).min(1, atLeastOne('fase')),
    /** Organisations to refer to (slugs). */
    organisations: z.array(SlugSchema).default([]),
  })
  .superRefine((plan, ctx) => {
    const order = PhaseSchema.options
    let last = -1
    plan.phases.forEach((p, i) => {
      const at = order.indexOf(p.phase)
      if (at <= last)
        ctx.addIssue({
          code: 'custom',
          path: ['phases', i, 'phase'],
          message: `Fase "${p.phase}" staat er dubbel in of op de verkeerde plek. Gebruik de volgorde preventief, acuut, nazorg.`,
        })
      last = at
    })
    const ids = new Set<string>()
    plan.phases.forEach((p, i) => {
      p.steps.forEach((s, j) => {
        if (ids.has(s.id)) {
          const message = duplicateKey('Stap', s.id, 'elke stap', 'anker')
          ctx.addIssue({ code: 'custom', path: ['phases', i, 'steps', j, 'id'], message })
        }
        ids.add(s.id)
      })
    })
  })
export type StepPlan = z.infer<typeof StepPlanSchema>
