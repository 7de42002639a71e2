// Types of search-index.mjs (plain JS: the Astro config loads it before any TypeScript step).
export function searchPart(html: string): string | undefined
export function referencedNames(meta: Buffer, language: string): Set<string>
export function startSearchIndex(reuse?: { from: string; pages: string[] }): Promise<{
  add(url: string, html: string): void
  finish(outDir: string): Promise<{ pages: number; tailMs: number; reusedFragments: number }>
}>
