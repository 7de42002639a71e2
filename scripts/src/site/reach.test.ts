import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { listPageUrl, parseReachLines, reachLines, tipUrl } from '@hp/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateSiteContent } from '../bench/generate.ts'
import { linksOf, reachReport, START_PAGES } from './reach.ts'
import { htmlPages } from './sitemap.ts'

// A small built site on disk: start pages, a tips list of three pages, tips, a tool form and a redirect.
const content = generateSiteContent({ documents: 40, imageShare: 0 })
const [deep, orphan] = content.tips
if (!deep || !orphan) throw new Error('the generated content has fewer than two tips')
const TIPS = '/voor-de-helpers/tips/'
const DEEP = tipUrl(deep.slug, deep.platforms)
const ORPHAN = tipUrl(orphan.slug, orphan.platforms)
const page = (...links: string[]) =>
  `<!doctype html><html><body><a class="skip-link" href="#inhoud">Naar de inhoud</a>${links.map((l) => `<a href="${l}">link</a>`).join('')}</body></html>`

const FILES: Record<string, string> = {
  '/': page('/voor-de-helpers/', '/voor-professionals/', '/oud/', 'https://www.example.org/elders/'),
  '/voor-de-helpers/': page(TIPS, '/', '/voor-de-helpers/tool/'),
  '/voor-professionals/': page('/'),
  // The list: page 1 links to page 2 (relative), page 2 to page 3, and only page 3 to the deep tip.
  [TIPS]: page('pagina/2/'),
  [listPageUrl(TIPS, 2)]: page(listPageUrl(TIPS, 1), listPageUrl(TIPS, 3)),
  [listPageUrl(TIPS, 3)]: page(listPageUrl(TIPS, 2), `${DEEP}?van=lijst#stap-2`),
  [DEEP]: page(TIPS),
  // In the sitemap, linked from nowhere: only an inline script names it.
  [ORPHAN]: page('/'),
  // A question form without JavaScript: the CDN sends `ga/?naar=<keuze>` to the step's page.
  '/voor-de-helpers/tool/': `<main><form class="tool-question" action="/voor-de-helpers/tool/ga/" method="get"><input type="radio" name="naar" value="stap"/></form><script>document.body.insertAdjacentHTML('beforeend', '<a href="${ORPHAN}">x</a>')</script></main>`,
  '/voor-de-helpers/tool/stap/': page('/na-het-formulier/'),
  '/na-het-formulier/': page('/'),
  '/nieuw/': page('/'),
  // Only the sitemap and a POST form lead here.
  '/alleen-in-de-sitemap/': '<form method="post" action="/alleen-in-de-sitemap/"></form>',
}
const REDIRECTS = ['/oud/ /nieuw/ 301', '/voor-de-helpers/tool/ga/ naar=:naar /voor-de-helpers/tool/:naar/ 302'].join('\n')

let dist: string
beforeAll(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'hp-reach-'))
  for (const [p, html] of Object.entries(FILES)) {
    mkdirSync(path.join(dist, p), { recursive: true })
    writeFileSync(path.join(dist, p, 'index.html'), html)
  }
  writeFileSync(path.join(dist, '404.html'), page('/'))
  writeFileSync(path.join(dist, '_redirects'), `${REDIRECTS}\n`)
  writeFileSync(path.join(dist, 'sitemap.xml'), `<urlset><url><loc>http://localhost/alleen-in-de-sitemap/</loc></url></urlset>`)
})
afterAll(() => rmSync(dist, { recursive: true, force: true }))

describe('the reach check over a built site', () => {
  it('reports a page that no link reaches, with its document, and not one reached through page 3 of a list', () => {
    const pages = htmlPages(dist).filter((p) => p !== '/404.html')
    const report = reachReport(dist, pages, content)
    expect(report).toEqual({
      pages: pages.length,
      total: 2,
      unreached: [
        { path: '/alleen-in-de-sitemap/' },
        { path: ORPHAN, collection: 'tips', slug: orphan.slug, document: `Tip "${orphan.slug}"` },
      ],
    })
    expect(pages).toContain(DEEP)
  })

  it('follows GET forms with their choices and redirects, not POST forms or scripts', () => {
    expect(linksOf(FILES['/voor-de-helpers/tool/'] as string)).toEqual(['/voor-de-helpers/tool/ga/', '/voor-de-helpers/tool/ga/?naar=stap'])
    expect(linksOf(FILES['/alleen-in-de-sitemap/'] as string)).toEqual([])
    const report = reachReport(dist, ['/na-het-formulier/', '/nieuw/'], content)
    expect(report.total).toBe(0)
  })

  it('travels through the build output to the receiver: the lines the build prints read back as the same report', () => {
    const report = reachReport(dist, htmlPages(dist), content)
    const output = ['[3/5] Astro build …', ...reachLines(report, START_PAGES, 12).map((l) => `      ${l}`), 'Site built in 3.0 s'].join(
      '\n',
    )
    expect(output).toContain(
      `Reach check: ${report.pages} pages, 3 not reached by links from /, /voor-de-helpers/, /voor-professionals/ (12 ms)`,
    )
    expect(parseReachLines(output)).toEqual(report)
    expect(parseReachLines('Site built in 3.0 s')).toBeUndefined()
  })
})
