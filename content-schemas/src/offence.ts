import { z } from 'zod'
import { SlugSchema, SummarySchema, TitleSchema } from './common.ts'
import { LIMITS } from './limits.ts'

/** Words visitors type to find a page: synonyms, informal words, compounds. Searchable, never shown. */
export const SearchTermsSchema = z
  .array(z.string().trim().min(1, 'Deze zoekterm is leeg. Vul hem in of haal hem weg.').max(LIMITS.searchTerm))
  .default([])

/** An offence (delict) or situation a helper may be dealing with; checklists and content hang off it. */
export const OffenceSchema = z.object({
  /** URL segment of its checklist. Example: `woninginbraak`. */
  slug: SlugSchema,
  /** Name as shown on tiles. Example: `Woninginbraak`. */
  name: TitleSchema,
  /** One sentence for the offence tile and meta description. */
  summary: SummarySchema,
  /** Editor-managed synonyms and compounds that make its content findable. Example: `['inbraak', 'ingebroken', 'inbreker']`. */
  searchTerms: SearchTermsSchema,
  /** Position on the landing page tiles (lower comes first). */
  order: z.number().int().min(0),
})
export type Offence = z.infer<typeof OffenceSchema>
