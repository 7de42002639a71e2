import { z } from 'zod'
import { SlugSchema, SummarySchema, ThemeSchema, TitleSchema } from './common.ts'
import { RequiredRichTextSchema } from './rich-text.ts'

/**
 * An experience or tip of another helper, shared through "Deel uw tip of ervaring" and
 * anonymised by a publisher. Lives on Voor de Helpers (pillar 4, "Hoe doen anderen het?") and on
 * the checklists of its offences.
 */
export const ErvaringSchema = z.object({
  /** URL segment. Example: `elke-dag-even-langs`. */
  slug: SlugSchema,
  /** Title. Example: `Elke dag even langs`. */
  title: TitleSchema,
  /** One or two sentences for lists and search. */
  summary: SummarySchema,
  /** The theme it is about, if any. */
  theme: ThemeSchema.optional(),
  /** Offences it is about (slugs); it shows on their checklists. Empty: none in particular. */
  offences: z.array(SlugSchema).default([]),
  /** The experience itself, without names, places or other details that make anyone recognisable. */
  body: RequiredRichTextSchema,
})
export type Ervaring = z.infer<typeof ErvaringSchema>
