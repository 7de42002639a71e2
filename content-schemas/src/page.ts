import { z } from 'zod'
import { SitePathSchema, SlugSchema, SummarySchema, TitleSchema } from './common.ts'
import { LIMITS } from './limits.ts'
import { ImageSchema } from './media.ts'
import { atLeastOne } from './messages.ts'
import { RequiredRichTextSchema } from './rich-text.ts'

/** A link in a call-to-action block. */
export const CtaLinkSchema = z.object({
  /** Link text. */
  label: TitleSchema,
  /** Site path. Example: `/voor-de-helpers/doorverwijstool/helpers/`. */
  href: SitePathSchema,
})

/** The blocks a page is built from. */
export const PageBlockSchema = z.discriminatedUnion('blockType', [
  z.object({
    /** A large opening: heading, text and optional image. */
    blockType: z.literal('hero'),
    /** Heading. */
    title: TitleSchema,
    /** Text under the heading. */
    text: z.string().max(LIMITS.shortText).default(''),
    /** Optional image. */
    image: ImageSchema.optional(),
  }),
  z.object({
    /** Running text. */
    blockType: z.literal('richText'),
    /** The text. */
    body: RequiredRichTextSchema,
  }),
  z.object({
    /** A set of links shown as buttons or cards. */
    blockType: z.literal('callToAction'),
    /** Heading above the links. */
    title: TitleSchema,
    /** The links. */
    links: z.array(CtaLinkSchema).min(1, atLeastOne('link')),
  }),
  z.object({
    /** The offence tiles ("Check wat u kunt doen"). */
    blockType: z.literal('offenceTiles'),
    /** Heading above the tiles. */
    title: TitleSchema,
  }),
  z.object({
    /** The advice line (phone, chat, hours from site settings). */
    blockType: z.literal('adviceLine'),
    /** Heading. */
    title: TitleSchema,
  }),
])
export type PageBlock = z.infer<typeof PageBlockSchema>

/** A page built from blocks: landing pages, about, advice line, privacy, accessibility statement. */
export const PageSchema = z.object({
  /** URL segment; `home` is the platform's landing page. Example: `privacyverklaring`. */
  slug: SlugSchema,
  /** Title. */
  title: TitleSchema,
  /** Meta description. */
  summary: SummarySchema,
  /** Where the page lives: the neutral root, or one platform. */
  platform: z.enum(['algemeen', 'helpers', 'professionals']),
  /** The blocks, top to bottom. */
  blocks: z.array(PageBlockSchema).min(1, atLeastOne('blok')),
})
export type Page = z.infer<typeof PageSchema>
