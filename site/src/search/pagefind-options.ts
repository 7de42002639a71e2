/**
 * The options the search page gives pagefind (`pagefind.options`, https://pagefind.app/docs/api/);
 * `bench:search` measures pagefind's API with them too.
 *
 * Ranking: checklist pages carry their offence's search terms as `keywords` meta (oplichting,
 * phishing…); a match there weighs twice a title match (pagefind's default title weight is 5),
 * so "inbraak" finds the burglary checklist before a video with "inbraak" in its title.
 *
 * `noWorker`: pagefind runs on the page's own thread, not in its Web Worker. A common word matches
 * thousands of pages at 5,000 documents, and the worker copies every result (with its word
 * positions) to the page for each search: that copy cost about as much as the search itself or
 * more (docs/performance.md, "Search speed"). The page allows WebAssembly for this
 * (`'wasm-unsafe-eval'`, zoeken.astro); a search blocks the page for a few milliseconds.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  ranking: { metaWeights: { title: 5, keywords: 10 } },
  noWorker: true,
} as const
