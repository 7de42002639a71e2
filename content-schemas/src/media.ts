import { z } from 'zod'
import { TitleSchema } from './common.ts'
import { FILL_IN } from './messages.ts'

/** An image or video file from the CMS media library, as the site build fetches it. */
export const MediaSchema = z.object({
  /** Stable file name in the media library. Example: `steun-aan-tafel.jpg`. */
  filename: z.string().min(1, FILL_IN),
  /** Where the build downloads the original (CMS URL, needs the site-builder key). */
  url: z.string().min(1, FILL_IN),
  /** Alternative text: what the image shows, for screen readers. Required. Example: `Twee mensen aan een keukentafel`. */
  alt: TitleSchema,
  /** MIME type. Example: `image/jpeg`, `video/mp4`. */
  mimeType: z.string().regex(/^(image|video)\//, 'Kies een afbeelding of een video.'),
  /** Width in pixels of the original (images and videos). */
  width: z.number().int().positive().optional(),
  /** Height in pixels of the original. */
  height: z.number().int().positive().optional(),
  /** Focal point, percent from the left (0–100), used when cropping. */
  focalX: z.number().min(0).max(100).optional(),
  /** Focal point, percent from the top (0–100). */
  focalY: z.number().min(0).max(100).optional(),
  /** Credit line shown under the image, if any. Example: `Foto: Fotostudio Voorbeeld`. */
  credit: z.string().optional(),
})
export type Media = z.infer<typeof MediaSchema>

/**
 * A still image from the media library: where the site shows a picture (a tip's image, a poster,
 * a hero). A video or a PDF here would break the site build, so the contract refuses it.
 */
export const ImageSchema = MediaSchema.extend({
  mimeType: z.string().regex(/^image\//, 'Kies een afbeelding (JPG, PNG, WebP of AVIF). Een video of een ander bestand kan hier niet.'),
})

/** A video file from the media library (mp4/webm), for a video that plays on the site itself. */
export const VideoFileSchema = MediaSchema.extend({
  mimeType: z.string().regex(/^video\//, 'Kies een videobestand (MP4 of WebM). Een afbeelding of een ander bestand kan hier niet.'),
})
