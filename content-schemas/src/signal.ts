import { z } from 'zod'
import { SectorSchema, SlugSchema, SummarySchema, TitleSchema } from './common.ts'
import { RequiredRichTextSchema } from './rich-text.ts'

/** A signal in the signals guide (signalenwijzer) and what to do when you notice it. */
export const SignalSchema = z.object({
  /** Anchor on the signals guide page. Example: `slecht-slapen`. */
  slug: SlugSchema,
  /** The signal in a few words. Example: `Slaapt slecht of is steeds moe`. */
  title: TitleSchema,
  /** Kind of signal. */
  category: z.enum(['emotioneel', 'lichamelijk', 'gedrag']),
  /** What it can look like, in a sentence or two. */
  description: SummarySchema,
  /** What to do when you notice it. */
  whatToDo: RequiredRichTextSchema,
  /** Sectors for which it is most relevant; empty means all. */
  sectors: z.array(SectorSchema).default([]),
  /** Position within its category (lower first). */
  order: z.number().int().min(0),
})
export type Signal = z.infer<typeof SignalSchema>
