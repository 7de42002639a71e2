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
