import { readFileSync } from 'node:fs'
import path from 'node:path'

export { launchBrowser } from '@hp/scripts/browser'

/** Every URL in the built sitemap, as paths. */
export function sitemapPaths(distDir: string): string[] {
  const xml = readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8')
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname)
}

/** Runs `fn` over `items` with at most `limit` at a time (2 cores: keep it small). */
export async function inPool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items]
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item)
    }),
  )
}
