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
})
export type SiteSettings = z.infer<typeof SiteSettingsSchema>
