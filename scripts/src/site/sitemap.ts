import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** Every built HTML page, as a site path (`/voor-de-helpers/`), sorted. */
export function htmlPages(dir: string, base = dir): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') out.push(...htmlPages(full, base))
    } else if (name.endsWith('.html')) {
      const rel = path.relative(base, full).split(path.sep).join('/')
      out.push(`/${rel.replace(/index\.html$/, '')}`)
    }
  }
  return out.sort()
}

/** A page the build rendered, as the build's search-index step lists it (SITE_PAGES_JSON). */
export interface RenderedPage {
  url: string
  noindex: boolean
}

/**
 * The sitemap: every page except 404 and pages marked noindex. From the list of pages the Astro
 * step rendered when it has one (no second read of every page: ~1 s at 5,000 documents), else read
 * from the built files.
 */
export function sitemapXml(dir: string, site: string, rendered?: readonly RenderedPage[]): { xml: string; urls: string[] } {
  const urls = rendered
    ? rendered
        .filter((p) => !p.noindex && p.url.endsWith('/'))
        .map((p) => p.url)
        .sort()
    : htmlPages(dir).filter((p) => {
        if (p === '/404.html') return false
        const file = path.join(dir, p.endsWith('/') ? `${p}index.html` : p)
        return !/<meta name="robots" content="noindex"/.test(readFileSync(file, 'utf8'))
      })
  const body = urls.map((u) => `  <url><loc>${new URL(u, site).toString()}</loc></url>`).join('\n')
  return {
    urls,
    xml: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
  }
}
