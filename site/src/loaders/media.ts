import type { ImageMetadata } from 'astro'

// The build script downloads every published image into site/.media/ before Astro runs.
const files = import.meta.glob<{ default: ImageMetadata }>('../../.media/*.{jpg,jpeg,png,webp,avif}', { eager: true })
const byName = new Map(Object.entries(files).map(([path, mod]) => [path.split('/').pop() as string, mod.default]))

/** The downloaded image for a media file name; a missing file fails the build with its name. */
export function localImage(filename: string): ImageMetadata {
  const image = byName.get(filename)
  if (!image)
    throw new Error(`Image "${filename}" was not downloaded into site/.media/; run the site build through \`npm run build:site\`.`)
  return image
}
