import { z } from 'zod'
import { addDuplicateIdIssues, PlatformSchema, SlugSchema, SummarySchema, TitleSchema } from './common.ts'
import { RequiredRichTextSchema, RichTextSchema } from './rich-text.ts'

/** An answer option with its score. */
export const AssessmentOptionSchema = z.object({
  /** Answer text. Example: `Vaak`. */
  label: TitleSchema,
  /** Points this answer adds to the total and to its question's theme. */
  score: z.number().int().min(0).max(100),
  /** A red flag: this answer lifts the result to at least this band (band id), whatever the total. */
  redFlagBand: SlugSchema.optional(),
})

/** A question, belonging to one theme. */
export const AssessmentQuestionSchema = z.object({
  /** Id, unique in the assessment. Example: `slaap`. */
  id: SlugSchema,
  /** Theme id this question counts towards. */
  theme: SlugSchema,
  /** The question or statement. */
  text: TitleSchema,
  /** Options, at least two. */
  options: z.array(AssessmentOptionSchema).min(2, 'a question needs at least two options'),
})

/** A theme: questions are grouped by it; a high theme score shows its attention point. */
export const AssessmentThemeSchema = z.object({
  /** Id. Example: `grenzen`. */
  id: SlugSchema,
  /** Heading of the group of questions. */
  title: TitleSchema,
  /** From this theme score on, the attention point is shown. */
  threshold: z.number().int().min(0),
  /** Advice shown when the threshold is reached. */
  attentionPoint: RichTextSchema.default([]),
})

/** A result band: total scores from `min` up to the next band's `min`. */
export const AssessmentBandSchema = z.object({
  /** Id, referred to by red-flag answers. Example: `hoog`. */
  id: SlugSchema,
  /** Lowest total score in this band. */
  min: z.number().int().min(0),
  /** Heading of the result. Example: `Let goed op uzelf`. */
  title: TitleSchema,
  /** The advice for this band. */
  advice: RequiredRichTextSchema,
})

/** A self-scan, test or quickscan, scored in the browser only. */
export const AssessmentSchema = z
  .object({
    /** URL segment. Example: `zelfscan-tijdsbesteding`. */
    slug: SlugSchema,
    /** Title. */
    title: TitleSchema,
    /** For lists and meta description. */
    summary: SummarySchema,
    /** Kind of assessment. */
    kind: z.enum(['zelfscan', 'test', 'quickscan']),
    /** The platform it belongs to. */
    platform: PlatformSchema,
    /** Text above the questions. */
    intro: RequiredRichTextSchema,
    /** Themes, in display order. */
    themes: z.array(AssessmentThemeSchema).min(1, 'at least one theme'),
    /** Questions, in display order. */
    questions: z.array(AssessmentQuestionSchema).min(1, 'at least one question'),
    /** Result bands, ordered by ascending `min`; the first starts at 0. */
    bands: z.array(AssessmentBandSchema).min(1, 'at least one result band'),
  })
  .superRefine((a, ctx) => {
    addDuplicateIdIssues(
      ctx,
      a.themes.map((t, i) => ({ id: t.id, path: ['themes', i, 'id'] })),
      'theme',
    )
    addDuplicateIdIssues(
      ctx,
      a.bands.map((b, i) => ({ id: b.id, path: ['bands', i, 'id'] })),
      'band',
    )
    const themeIds = new Set(a.themes.map((t) => t.id))
    const bandIds = new Set(a.bands.map((b) => b.id))
    const seen = new Set<string>()
    a.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `question id "${q.id}" is used twice` })
      seen.add(q.id)
      if (!themeIds.has(q.theme)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'theme'], message: `unknown theme "${q.theme}"` })
      q.options.forEach((o, j) => {
        if (o.redFlagBand !== undefined && !bandIds.has(o.redFlagBand))
          ctx.addIssue({ code: 'custom', path: ['questions', i, 'options', j, 'redFlagBand'], message: `unknown band "${o.redFlagBand}"` })
      })
    })
    a.bands.forEach((b, i) => {
      const prev = a.bands[i - 1]
      if (i === 0 && b.min !== 0) ctx.addIssue({ code: 'custom', path: ['bands', 0, 'min'], message: 'the first band must start at 0' })
      if (prev && b.min <= prev.min)
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'min'], message: 'bands must be ordered by ascending min' })
    })
  })
export type Assessment = z.infer<typeof AssessmentSchema>
