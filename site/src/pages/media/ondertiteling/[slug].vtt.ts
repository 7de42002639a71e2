import type { APIRoute } from 'astro'
import { siteContent } from '../../../loaders/content.ts'

export function getStaticPaths() {
  return siteContent().videos.map((video) => ({ params: { slug: video.slug }, props: { captions: video.captions } }))
}

/** Captions as a static WebVTT file for the <track> of each self-hosted video. */
export const GET: APIRoute = ({ props }) =>
  new Response(`${(props as { captions: string }).captions}\n`, { headers: { 'Content-Type': 'text/vtt' } })
