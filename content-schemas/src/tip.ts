import { z } from 'zod'
import { PlatformSchema, SlugSchema, SummarySchema, ThemeSchema, TitleSchema } from './common.ts'
import { ImageSchema } from './media.ts'
import { PLATFORMS } from './messages.ts'
import { SearchTermsSchema } from './offence.ts'
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
  /** Extra words visitors type to find this page (not shown; the offence's own search terms count for checklists). Example: `['aangifte doen', 'politie']`. */
  searchTerms: SearchTermsSchema,
  /** Optional image above the text. */
  image: ImageSchema.optional(),
  /** The tip itself. */
  body: RequiredRichTextSchema,
})
export type Tip = z.infer<typeof TipSchema>
