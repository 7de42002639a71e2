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
 * Puts one media file of the bundle at `target`: a copy from `sourceDir` when it has the file (offline
 * builds), else a download of its URL with the site builder's API key. The URL is the CMS's own file
 * route whether the CMS keeps media in a folder or in an S3 bucket, so this is the same for both.
 */
export async function fetchMediaFile(m: Media, target: string, options: { apiKey?: string; sourceDir?: string }): Promise<void> {
  const local = options.sourceDir ? path.join(options.sourceDir, m.filename) : undefined
  if (local && existsSync(local)) return copyFile(local, target)
  let res: Response
  try {
    res = await fetch(m.url, { headers: { Authorization: `users API-Key ${options.apiKey ?? ''}` } })
  } catch (error) {
    throw new Error(
      `Het bestand ${m.filename} kon niet worden opgehaald (${m.url}: ${error instanceof Error ? error.message : String(error)}).`,
    )
  }
  if (!res.ok) throw new Error(`Het bestand ${m.filename} kon niet worden opgehaald (${m.url} antwoordde ${res.status}).`)
  await writeFile(target, Buffer.from(await res.arrayBuffer()))
}

/**
 * Puts every media file of the bundle where the site build reads it (images into `images`, videos
 * into `videos`), each with `fetchMediaFile`. Returns how many files.
 */
export async function fetchMedia(
  content: SiteContent,
  into: { images: string; videos: string },
  options: { sourceDir?: string; apiKey?: string },
): Promise<number> {
  const media = collectMedia(content)
  for (const m of media)
    await fetchMediaFile(m, path.join(m.mimeType.startsWith('video/') ? into.videos : into.images, m.filename), options)
  return media.length
}
