import { defineMiddleware } from 'astro:middleware'

// The build's search index (src/build/search-index.mjs) takes each page as soon as Astro has rendered
// it, so pagefind indexes while Astro renders the rest. Outside such a build (dev, previews) this
// passes every response through untouched.
const SEARCH_INDEX_KEY = Symbol.for('hp.site.searchIndex')

interface SearchIndex {
  add(url: string, html: string): void
}

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next()
  const index = (globalThis as Record<symbol, SearchIndex | undefined>)[SEARCH_INDEX_KEY]
  if (!index || !response.body || !(response.headers.get('content-type') ?? '').includes('text/html')) return response
  const html = await response.text()
  index.add(context.url.pathname, html)
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers })
})
