import { z } from 'zod'
import { PlatformSchema, SlugSchema, SummarySchema, ThemeSchema, TitleSchema } from './common.ts'
import { ImageSchema } from './media.ts'
import { PLATFORMS } from './messages.ts'
import { RequiredRichTextSchema } from './rich-text.ts'

/** A practical tip or piece of information. */
export const TipSchema = z.object({
  /** URL segment. Example: `luisteren-zonder-oordeel`. */
  slug: SlugSchema,
  /** Title. Example: `Luister zonder te oordelen`. */
  title: TitleSchema,
  /** One or two sentences for lists and search. */
  summary: SummarySchema,
  /** The theme it belongs to. */
  theme: ThemeSchema,
  /** Platforms it appears on; at least one. */
  platforms: z.array(PlatformSchema).min(1, PLATFORMS),
  /** Offences it is about (slugs); empty means all. */
  offences: z.array(SlugSchema).default([]),
  /** Optional image above the text. */
  image: ImageSchema.optional(),
  /** The tip itself. */
  body: RequiredRichTextSchema,
})
export type Tip = z.infer<typeof TipSchema>
