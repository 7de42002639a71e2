import { z } from 'zod'
import { SlugSchema, SummarySchema, TitleSchema, UrlSchema } from './common.ts'
import { LIMITS } from './limits.ts'
import { PHONE } from './messages.ts'

/** An organisation helpers and professionals can refer to. */
export const OrganisationSchema = z.object({
  /** Identifier. Example: `slachtofferhulp-voorbeeld`. */
  slug: SlugSchema,
  /** Name. */
  name: TitleSchema,
  /** What they do, for whom, in one or two sentences. */
  description: SummarySchema,
  /** Phone number as dialled in the Netherlands. Example: `0900 0101`. */
  phone: z
    .string()
    .regex(/^[0-9 +()-]{3,20}$/, PHONE)
    .optional(),
  /** Chat page URL. */
  chatUrl: UrlSchema.optional(),
  /** Website. */
  url: UrlSchema.optional(),
  /** Opening hours in words. Example: `Maandag tot en met vrijdag, 9.00 tot 17.00 uur`. */
  hours: z.string().max(LIMITS.line).optional(),
  /** True while the contact data is demo/example data that an editor must verify before go-live. */
  exampleData: z.boolean(),
  /** When the editors last checked the contact data ("Gecontroleerd" in the CMS; ISO 8601 date, Amsterdam). Example: `2026-12-07`. */
  lastVerified: z.iso.date({ error: 'Vul een datum in zoals 2026-12-07.' }).optional(),
})
export type Organisation = z.infer<typeof OrganisationSchema>

// What a card says about its data, in a module without zod (the referral tool's browser script uses it).
export { EXAMPLE_DATA_NOTE, verificationNote } from './verification.ts'
