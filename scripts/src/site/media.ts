import { existsSync } from 'node:fs'
import { copyFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Media, SiteContent } from '@hp/content-schemas'

/** Every media file the bundle refers to, once per file name. */
export function collectMedia(content: SiteContent): Media[] {
  const found = new Map<string, Media>()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>
      if (typeof obj.filename === 'string' && typeof obj.mimeType === 'string' && typeof obj.url === 'string') {
        found.set(obj.filename, obj as unknown as Media)
      } else Object.values(obj).forEach(visit)
    }
  }
  visit(content)
  return [...found.values()]
}

/**
 * Puts every media file of the bundle where the site build reads it (images into `images`, videos
 * into `videos`): copied from `sourceDir` when the file is there (the CMS's media folder on this
 * machine), otherwise downloaded from the CMS with the site-builder API key.
 */
export async function fetchMedia(
  content: SiteContent,
  into: { images: string; videos: string },
  { sourceDir, apiKey }: { sourceDir?: string; apiKey?: string },
): Promise<number> {
  const media = collectMedia(content)
  for (const m of media) {
    const target = path.join(m.mimeType.startsWith('video/') ? into.videos : into.images, m.filename)
    const local = sourceDir ? path.join(sourceDir, m.filename) : undefined
    if (local && existsSync(local)) await copyFile(local, target)
    else {
      const res = await fetch(m.url, { headers: { Authorization: `users API-Key ${apiKey ?? ''}` } })
      if (!res.ok) throw new Error(`Media file ${m.filename} (${m.url}) answered ${res.status}; set MEDIA_SOURCE_DIR for offline builds.`)
      await writeFile(target, Buffer.from(await res.arrayBuffer()))
    }
  }
  return media.length
}
