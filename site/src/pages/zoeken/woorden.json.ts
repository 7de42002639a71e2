import type { APIRoute } from 'astro'
import { siteContent } from '../../loaders/content.ts'
import { buildVocabulary } from '../../search/vocabulary.ts'

/** The "Bedoelde u …?" vocabulary, fetched by the search page only when a search finds nothing. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildVocabulary(siteContent())), { headers: { 'Content-Type': 'application/json' } })
