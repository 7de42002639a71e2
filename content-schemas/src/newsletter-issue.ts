import { z } from 'zod'
import { DocRefSchema, SlugSchema, SummarySchema, TitleSchema, UrlSchema } from './common.ts'
import { atLeastOne } from './messages.ts'
import { RequiredRichTextSchema } from './rich-text.ts'

/** One item in an issue: a title, a summary and a link to site content (or an external page). */
export const NewsletterItemSchema = z
  .object({
    /** Item title. */
    title: TitleSchema,
    /** One or two sentences. */
    summary: SummarySchema,
    /** Link to a published document. */
    ref: DocRefSchema.optional(),
    /** Or an external link. */
    url: UrlSchema.optional(),
  })
  .refine((i) => (i.ref === undefined) !== (i.url === undefined), {
    message: 'Vul één link in: een link naar inhoud op de site, of een externe link.',
  })

/** An issue of the professionals' newsletter (6 a year). */
export const NewsletterIssueSchema = z.object({
  /** The issue number as text; the archive URL is `/voor-professionals/nieuwsbrief/<slug>/`. Example: `12`. */
  slug: SlugSchema,
  /** Issue number. */
  number: z.number().int().positive(),
  /** Title / subject line. Example: `Nieuwsbrief november: praten met leerlingen na een schokkende gebeurtenis`. */
  title: TitleSchema,
  /** Date of the issue (ISO 8601 date). Example: `2026-11-05`. */
  date: z.iso.date({ error: 'Vul een datum in zoals 2026-11-05.' }),
  /** Introduction. */
  intro: RequiredRichTextSchema,
  /** The items, in order. */
  items: z.array(NewsletterItemSchema).min(1, atLeastOne('onderwerp')),
})
export type NewsletterIssue = z.infer<typeof NewsletterIssueSchema>
