import { SEARCH_URL } from '@hp/content-schemas'
import type { APIRoute } from 'astro'

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${SEARCH_URL}\n\nSitemap: ${new URL('/sitemap.xml', site).toString()}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
