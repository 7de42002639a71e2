import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { sitemapPaths } from './browser.ts'

interface PageMeta {
  path: string
  title: string
  description: string
  canonical: string
  robots: string
  ld: { '@type': string }[]
}

function read(p: string): PageMeta {
  const html = readFileSync(path.join(inject('distDir'), p, 'index.html'), 'utf8')
  const attr = (re: RegExp) => re.exec(html)?.[1] ?? ''
  const ldText = attr(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)
  return {
    path: p,
    title: attr(/<title>([^<]*)<\/title>/),
    description: attr(/<meta name="description" content="([^"]*)"/),
    canonical: attr(/<link rel="canonical" href="([^"]*)"/),
    robots: attr(/<meta name="robots" content="([^"]*)"/),
    ld: ldText ? (JSON.parse(ldText) as { '@type': string }[]) : [],
  }
}

describe('SEO', () => {
  const pages = () => sitemapPaths(inject('distDir')).map(read)

  it('every page has its own title and description', () => {
    const all = pages()
    const dupes = (key: 'title' | 'description') =>
      all.filter((p, i) => all.findIndex((q) => q[key] === p[key]) !== i).map((p) => `${p.path}: ${p[key]}`)
    expect(all.filter((p) => p.title === '' || p.description === '').map((p) => p.path)).toEqual([])
    expect(dupes('title')).toEqual([])
    expect(dupes('description')).toEqual([])
  })

  it('no title names the site twice, and no crumb says "Home"', () => {
    const names = ['Voor de Helpers', 'Voor Professionals', 'Helpers & Professionals']
    const all = pages()
    const twice = all
      .filter((p) => names.some((n) => p.title.replaceAll('&amp;', '&').split(n).length > 2))
      .map((p) => `${p.path}: ${p.title}`)
    expect(twice).toEqual([])
    expect(read('/voor-de-helpers/').title).toBe('Voor de Helpers')
    expect(read('/voor-professionals/').title).toBe('Voor Professionals')
    expect(read('/organisaties/').title).toBe('Organisaties waar u terecht kunt | Helpers &amp; Professionals')
    const crumbs = (p: string) => {
      const html = readFileSync(path.join(inject('distDir'), p, 'index.html'), 'utf8')
      return [...(/<nav class="breadcrumbs"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '').matchAll(/<(?:a|span)[^>]*>([^<]+)</g)].map((m) => m[1])
    }
    expect(crumbs('/organisaties/')).toEqual(['Startpagina', 'Organisaties'])
    expect(crumbs('/zoeken/')[0]).toBe('Startpagina')
    expect(all.filter((p) => crumbs(p.path).includes('Home')).map((p) => p.path)).toEqual([])
  })

  it('the header links to the home page and to the other platform', () => {
    const links = (p: string) => {
      const html = readFileSync(path.join(inject('distDir'), p, 'index.html'), 'utf8')
      const nav = /<nav aria-label="Andere delen van deze website"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? ''
      return [...nav.matchAll(/<a href="([^"]+)">([^<]+)</g)].map((m) => `${m[2]} ${m[1]}`)
    }
    expect(links('/voor-de-helpers/checklists/geweld/')).toEqual(['Startpagina /', 'Voor Professionals /voor-professionals/'])
    expect(links('/voor-professionals/stappenplannen/')).toEqual(['Startpagina /', 'Voor de Helpers /voor-de-helpers/'])
    expect(links('/organisaties/')).toEqual([
      'Startpagina /',
      'Voor de Helpers /voor-de-helpers/',
      'Voor Professionals /voor-professionals/',
    ])
    expect(links('/')).toEqual(['Voor de Helpers /voor-de-helpers/', 'Voor Professionals /voor-professionals/'])
  })

  it('every page has a canonical URL to itself, Open Graph and a BreadcrumbList', () => {
    for (const p of pages()) {
      expect(new URL(p.canonical).pathname, p.path).toBe(p.path)
      expect(
        p.ld.map((l) => l['@type']),
        p.path,
      ).toContain('BreadcrumbList')
    }
    const html = readFileSync(path.join(inject('distDir'), 'voor-de-helpers/index.html'), 'utf8')
    expect(html).toMatch(/<meta property="og:title" content="[^"]+"/)
  })

  it('tips and step plans are Articles, videos are VideoObjects', () => {
    const types = (p: string) => read(p).ld.map((l) => l['@type'])
    expect(types('/voor-de-helpers/tips/luisteren-zonder-oordeel/')).toContain('Article')
    expect(types('/voor-professionals/stappenplannen/nazorg-bij-suicide-op-school/')).toContain('Article')
    expect(types('/voor-de-helpers/videos/ervaring-na-een-woninginbraak/')).toContain('VideoObject')
  })

  it('publishes robots.txt and a sitemap without noindex pages', async () => {
    const robots = await (await fetch(`${inject('baseUrl')}/robots.txt`)).text()
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
    const paths = sitemapPaths(inject('distDir'))
    expect(paths).toContain('/voor-de-helpers/checklists/fraude/')
    expect(paths).not.toContain('/zoeken/')
    for (const p of pages()) expect(p.robots, p.path).not.toMatch(/noindex/)
  })
})
