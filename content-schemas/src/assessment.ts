import { z } from 'zod'
import { addDuplicateIdIssues, PlatformSchema, SlugSchema, SummarySchema, TitleSchema } from './common.ts'
import { atLeastOne, duplicateKey } from './messages.ts'
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
  options: z.array(AssessmentOptionSchema).min(2, 'Geef elke vraag minstens twee antwoorden.'),
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
    themes: z.array(AssessmentThemeSchema).min(1, atLeastOne('thema')),
    /** Questions, in display order. */
    questions: z.array(AssessmentQuestionSchema).min(1, atLeastOne('vraag')),
    /** Result bands, ordered by ascending `min`; the first starts at 0. */
    bands: z.array(AssessmentBandSchema).min(1, atLeastOne('uitslag')),
  })
  .superRefine((a, ctx) => {
    addDuplicateIdIssues(
      ctx,
      a.themes.map((t, i) => ({ id: t.id, path: ['themes', i, 'id'] })),
      'Thema',
      'elk thema',
    )
    addDuplicateIdIssues(
      ctx,
      a.bands.map((b, i) => ({ id: b.id, path: ['bands', i, 'id'] })),
      'Uitslag',
      'elke uitslag',
    )
    const themeIds = new Set(a.themes.map((t) => t.id))
    const bandIds = new Set(a.bands.map((b) => b.id))
    const seen = new Set<string>()
    a.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: duplicateKey('Vraag', q.id, 'elke vraag') })
      seen.add(q.id)
      if (!themeIds.has(q.theme)) {
        const message = `Er is geen thema met sleutel "${q.theme}". Vul de sleutel van een van de thema's in.`
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'theme'], message })
      }
      q.options.forEach((o, j) => {
        if (o.redFlagBand === undefined || bandIds.has(o.redFlagBand)) return
        const message = `Er is geen uitslag met sleutel "${o.redFlagBand}". Vul de sleutel van een van de uitslagen in.`
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'options', j, 'redFlagBand'], message })
      })
    })
    a.bands.forEach((b, i) => {
      const prev = a.bands[i - 1]
      if (i === 0 && b.min !== 0)
        ctx.addIssue({ code: 'custom', path: ['bands', 0, 'min'], message: 'Laat de eerste uitslag beginnen bij score 0.' })
      if (prev && b.min <= prev.min) {
        const message = 'Zet de uitslagen op volgorde: elke uitslag begint bij een hogere score dan de vorige.'
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'min'], message })
      }
    })
  })
export type Assessment = z.infer<typeof AssessmentSchema>
