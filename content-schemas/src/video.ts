import { z } from 'zod'
import { PlatformSchema, SlugSchema, SummarySchema, TitleSchema, UrlSchema } from './common.ts'
import { LIMITS } from './limits.ts'
import { ImageSchema, VideoFileSchema } from './media.ts'
import { maxChars, PLATFORMS } from './messages.ts'
import { SearchTermsSchema } from './offence.ts'
import { RequiredRichTextSchema } from './rich-text.ts'

/** WebVTT captions text; must start with the `WEBVTT` header and hold at least one cue. */
export const WebVttSchema = z
  .string()
  .trim()
  .max(LIMITS.captions, maxChars(LIMITS.captions))
  .refine((s) => /^WEBVTT/.test(s), 'Gebruik ondertiteling in WebVTT-vorm. De eerste regel is "WEBVTT".')
  .refine((s) => /\d\d:\d\d\.\d\d\d\s+-->\s+/.test(s), 'Zet minstens één tijdregel in de ondertiteling, zoals 00:00.000 --> 00:04.000.')

/** Where the video plays: a self-hosted file, or an external player loaded only after a click. */
export const VideoSourceSchema = z.discriminatedUnion('type', [
  z.object({
    /** Self-hosted file from the media library. */
    type: z.literal('file'),
    /** The video file (mp4/webm). */
    file: VideoFileSchema,
  }),
  z.object({
    /** External player (privacy facade: nothing loads until the visitor clicks). */
    type: z.literal('external'),
    /** Provider, for the consent text on the facade. */
    provider: z.enum(['youtube', 'vimeo']),
    /** The video's page URL at the provider. */
    url: UrlSchema,
  }),
])

/** A short video: experience story, example scenario, animation or explainer. */
export const VideoSchema = z.object({
  /** URL segment. Example: `ervaring-na-inbraak`. */
  slug: SlugSchema,
  /** Title. */
  title: TitleSchema,
  /** One or two sentences for lists and search. */
  summary: SummarySchema,
  /** Kind of video. */
  kind: z.enum(['ervaringsverhaal', 'voorbeeldscenario', 'animatie', 'uitleg']),
  /** Platforms it appears on. */
  platforms: z.array(PlatformSchema).min(1, PLATFORMS),
  /** Offences it is about (slugs); empty means all. */
  offences: z.array(SlugSchema).default([]),
  /** Extra words visitors type to find this page (not shown; the offence's own search terms count for checklists). Example: `['aangifte doen', 'politie']`. */
  searchTerms: SearchTermsSchema,
  /** Length in seconds. Example: `95`. */
  durationSeconds: z.number().int().positive(),
  /** Where it plays. */
  source: VideoSourceSchema,
  /** Still image shown before playing; without one the privacy facade shows a neutral placeholder. */
  poster: ImageSchema.optional(),
  /** Captions as WebVTT text. Required: every video is captioned. */
  captions: WebVttSchema,
  /** Full transcript, always shown on the page. Required. */
  transcript: RequiredRichTextSchema,
})
export type Video = z.infer<typeof VideoSchema>
