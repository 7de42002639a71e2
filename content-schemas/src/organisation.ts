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

/** The notice on an organisation card until the editors have checked its contact data. */
export const EXAMPLE_DATA_NOTE = 'Voorbeeldgegevens: de redactie controleert deze contactgegevens nog.'

/**
 * What an organisation card says about its data: "Laatst gecontroleerd op 07-12-2026" once the
 * editors have reviewed it, the example-data notice before that, nothing for data that needs no
 * check. `exampleNote` lets a platform word the notice its own way.
 */
export function verificationNote(
  o: Pick<Organisation, 'exampleData' | 'lastVerified'>,
  exampleNote = EXAMPLE_DATA_NOTE,
): string | undefined {
  if (o.lastVerified) {
    const [y, m, d] = o.lastVerified.split('-')
    return `Laatst gecontroleerd op ${d}-${m}-${y}`
  }
  return o.exampleData ? exampleNote : undefined
}
