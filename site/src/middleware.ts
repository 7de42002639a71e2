import { defineMiddleware } from 'astro:middleware'

// The site build lists every page as Astro renders it (src/build/pages.mjs), for the sitemap. Outside
// such a build (dev, previews) this passes every response through untouched.
const PAGES_KEY = Symbol.for('hp.site.renderedPages')

interface PageList {
  record(url: string, html: string): void
}

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next()
  const list = (globalThis as Record<symbol, PageList | undefined>)[PAGES_KEY]
  if (!list || !response.body || !(response.headers.get('content-type') ?? '').includes('text/html')) return response
  const html = await response.text()
  list.record(context.url.pathname, html)
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers })
})
