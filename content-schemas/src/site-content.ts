import { z } from 'zod'
import { SlugChangeSchema } from './common.ts'
import { bundleListSchemas } from './registry.ts'
import { SiteSettingsSchema } from './site-settings.ts'

/** Bump when the bundle's shape changes incompatibly; the site refuses other versions. */
export const SITE_CONTENT_VERSION = 1

/** The whole published bundle the static site is built from. Only published content, never drafts. */
export const SiteContentSchema = z.object({
  /** Contract version of this bundle. */
  version: z.literal(SITE_CONTENT_VERSION),
  /** When the export was made (ISO 8601). */
  generatedAt: z.iso.datetime(),
  /** Site-wide settings. */
  settings: SiteSettingsSchema,
  /**
   * The published documents, one list per content type, in registry order (registry.ts):
   * `offences`, `checklists`, `tips`, … A type added after the first release (`addedLater`)
   * may be missing in the input: a bundle exported before it existed has none.
   */
  ...bundleListSchemas(),
  /** Slugs changed after publishing, oldest first; each becomes a permanent redirect. */
  slugChanges: z.array(SlugChangeSchema).default([]),
})
export type SiteContent = z.infer<typeof SiteContentSchema>
/** The bundle before defaults are applied (what an export may omit). */
export type SiteContentInput = z.input<typeof SiteContentSchema>
