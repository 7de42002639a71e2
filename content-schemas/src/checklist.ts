import { z } from 'zod'
import { addDuplicateIdIssues, SlugSchema, SummarySchema, TitleSchema } from './common.ts'
import { atLeastOne } from './messages.ts'
import { RequiredRichTextSchema, RichTextSchema } from './rich-text.ts'

/** One thing a helper can do, ticked off in the browser. */
export const ChecklistItemSchema = z.object({
  /** Stable id within the checklist, used for ticks kept in the browser. Example: `bel-de-bank`. */
  id: SlugSchema,
  /** What to do, as an instruction. Example: `Help met het blokkeren van de bankpas`. */
  title: TitleSchema,
  /** Why and how, in a few sentences. */
  body: RichTextSchema,
})

/** A group of items. Example title: `De eerste dagen`. */
export const ChecklistSectionSchema = z.object({
  /** Section heading. */
  title: TitleSchema,
  /** The items, in order. */
  items: z.array(ChecklistItemSchema).min(1, 'Geef elk onderdeel minstens één punt.'),
})

/** "Check wat u kunt doen": the checklist for one offence. */
export const ChecklistSchema = z
  .object({
    /** Equals the offence slug; the page lives at `/voor-de-helpers/checklists/<offence>/`. */
    slug: SlugSchema,
    /** The offence this checklist is for (slug). */
    offence: SlugSchema,
    /** Page title. Example: `Check wat u kunt doen bij fraude`. */
    title: TitleSchema,
    /** Meta description and search excerpt. */
    summary: SummarySchema,
    /** Short introduction above the sections. */
    intro: RequiredRichTextSchema,
    /** The sections, in order. */
    sections: z.array(ChecklistSectionSchema).min(1, atLeastOne('onderdeel')),
    /** Related tips (slugs). */
    relatedTips: z.array(SlugSchema).default([]),
    /** Related videos (slugs). */
    relatedVideos: z.array(SlugSchema).default([]),
  })
  .superRefine((c, ctx) =>
    addDuplicateIdIssues(
      ctx,
      c.sections.flatMap((s, i) => s.items.map((item, j) => ({ id: item.id, path: ['sections', i, 'items', j, 'id'] }))),
      'Punt',
      'elk punt',
    ),
  )
export type Checklist = z.infer<typeof ChecklistSchema>
