import type { ImageMetadata } from 'astro'

// The build script (scripts/src/build-site.ts) runs Astro on a private copy of this project, one per
// build, and downloads every published image into that copy's .media/ first: two builds at once never
// see each other's images. A glob is static and relative to this file, hence the copy (an env path cannot
// be globbed); imported images keep Astro's AVIF/WebP output with width and height.
const files = import.meta.glob<{ default: ImageMetadata }>('../../.media/*.{jpg,jpeg,png,webp,avif}', { eager: true })
const byName = new Map(Object.entries(files).map(([path, mod]) => [path.split('/').pop() as string, mod.default]))

/** The downloaded image for a media file name; a missing file fails the build with its name. */
export function localImage(filename: string): ImageMetadata {
  const image = byName.get(filename)
  if (!image)
    throw new Error(`Image "${filename}" was not downloaded into the build's .media/ folder; build the site with \`npm run build:site\`.`)
  return image
}
