import { z } from 'zod'
import { PlatformSchema, SlugSchema, SummarySchema, TitleSchema } from './common.ts'
import { LIMITS } from './limits.ts'
import { RequiredRichTextSchema, RichTextSchema } from './rich-text.ts'

/** An answer option; `next` names the id of a question or outcome in the same tree. */
export const TreeOptionSchema = z.object({
  /** Answer text. Example: `Ja, in de afgelopen week`. */
  label: TitleSchema,
  /** Id of the node this answer leads to. */
  next: SlugSchema,
})

/** A question node. */
export const QuestionNodeSchema = z.object({
  /** Node kind. */
  type: z.literal('question'),
  /** Id, also the URL segment of the step. Example: `is-er-gevaar`. */
  id: SlugSchema,
  /** The question. Example: `Is er nu direct gevaar?`. */
  question: TitleSchema,
  /** Optional help text under the question. */
  hint: z.string().max(LIMITS.shortText).optional(),
  /** Answer options; at least two. */
  options: z.array(TreeOptionSchema).min(2, 'Geef elke vraag minstens twee antwoorden.'),
})

/** An outcome node: advice and who to refer to. */
export const OutcomeNodeSchema = z.object({
  /** Node kind. */
  type: z.literal('outcome'),
  /** Id, also the URL segment. Example: `bel-112`. */
  id: SlugSchema,
  /** Heading of the outcome. Example: `Bel 112`. */
  title: TitleSchema,
  /** The advice. */
  body: RequiredRichTextSchema,
  /** Organisations to refer to (slugs). */
  organisations: z.array(SlugSchema).default([]),
  /** What to say when calling, as a short script. */
  whatToSay: RichTextSchema.default([]),
})

/** A question or outcome. */
export const TreeNodeSchema = z.discriminatedUnion('type', [QuestionNodeSchema, OutcomeNodeSchema])
export type TreeNode = z.infer<typeof TreeNodeSchema>
export type QuestionNode = z.infer<typeof QuestionNodeSchema>
export type OutcomeNode = z.infer<typeof OutcomeNodeSchema>

/** The referral tool (doorverwijstool): questions → options → next question or outcome. Validated as a graph by `validateTree`. */
export const ReferralTreeSchema = z.object({
  /** URL segment. Example: `helpers`. */
  slug: SlugSchema,
  /** Title. Example: `Waar kan ik terecht?`. */
  title: TitleSchema,
  /** For lists and meta description. */
  summary: SummarySchema,
  /** The platform it belongs to. */
  platform: PlatformSchema,
  /** Text on the start page. */
  intro: RequiredRichTextSchema,
  /** Id of the first question. */
  start: SlugSchema,
  /** All questions and outcomes. */
  nodes: z.array(TreeNodeSchema).min(2, 'Voeg minstens één vraag en één uitkomst toe.'),
})
export type ReferralTree = z.infer<typeof ReferralTreeSchema>
