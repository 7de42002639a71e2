import { z } from 'zod'
import { SitePathSchema, TitleSchema, UrlSchema } from './common.ts'
import { PHONE } from './messages.ts'

/** A navigation link. */
export const NavItemSchema = z.object({
  /** Link text. */
  label: TitleSchema,
  /** Site path. Example: `/voor-de-helpers/tips/`. */
  href: SitePathSchema,
})

/** A word in the search vocabulary: what a visitor types, or what to search for as well. */
const SearchWordSchema = z.string().trim().min(1, 'Dit zoekwoord is leeg. Vul het in of haal het weg.').max(60)

/** One row of the site-wide synonym list: a word visitors type and what search looks for as well. */
export const SearchSynonymSchema = z.object({
  /** What a visitor types. Example: `beroofd`. */
  word: SearchWordSchema,
  /** Words search finds as well (pagefind stems each). Example: `['beroving', 'overval']`. */
  alternatives: z.array(SearchWordSchema).min(1, 'Vul minstens één woord in waarop ook gezocht wordt.'),
})
export type SearchSynonym = z.infer<typeof SearchSynonymSchema>

/** Organisation-wide settings (a Payload global). */
export const SiteSettingsSchema = z.object({
  /** Organisation name, in the footer and structured data. */
  organisationName: TitleSchema,
  /** The advice line shown on every page. */
  adviceLine: z.object({
    /** Phone number. Example: `0900 0101`. */
    phone: z.string().regex(/^[0-9 +()-]{3,20}$/, PHONE),
    /** Chat page URL. */
    chatUrl: UrlSchema.optional(),
    /** Opening hours in words. */
    hours: TitleSchema,
    /** True while the phone/chat data is example data an editor must verify. */
    exampleData: z.boolean(),
  }),
  /** Where the quick-exit button goes: a neutral site. Example: `https://www.google.nl/`. */
  quickExitUrl: UrlSchema,
  /** Main navigation per platform. */
  navigation: z.object({
    /** Voor de Helpers menu. */
    helpers: z.array(NavItemSchema).default([]),
    /** Voor Professionals menu. */
    professionals: z.array(NavItemSchema).default([]),
  }),
  /** Site-wide synonyms for search ("beroofd" finds "beroving" and "overval" too); per-offence words are the offences' `searchTerms`. */
  searchSynonyms: z.array(SearchSynonymSchema).default([]),
})
export type SiteSettings = z.infer<typeof SiteSettingsSchema>
