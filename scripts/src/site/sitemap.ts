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

/** The sitemap: every page except 404 and pages marked noindex. */
export function sitemapXml(dir: string, site: string): { xml: string; urls: string[] } {
  const urls = htmlPages(dir).filter((p) => {
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
