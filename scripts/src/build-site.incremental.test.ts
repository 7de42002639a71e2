import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { type SiteContent, tipUrl } from '@hp/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateSiteContent } from './bench/generate.ts'
import { type BuildRun, builtPages, runSiteBuild, writeContent } from './build-site.test-support.ts'
import { pageKeysFile } from './site/incremental.ts'

/*
 * The incremental build (SITE_BUILD_INCREMENTAL=1 npm run build:site, issue 17): a full build goes live, then one
 * tip is republished with a new title and text and the site is rebuilt incrementally. The changed
 * tip's page, the list pages that show it and the search index must show the new version, nothing
 * anywhere may still show the old one, and the pages that did not change must have been taken from
 * the live build rather than rendered again.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'hp-incremental-'))
const dist = path.join(dir, 'dist')
const OLD_TITLE = 'Oude titel Zwaluwstaartvlinder'
const NEW_TITLE = 'Nieuwe titel Kolibriekoekoek'
const OLD_WORD = 'Zwaluwstaartvlinder'
const NEW_WORD = 'Kolibriekoekoek'

const build = (content: SiteContent, name: string, incremental = false) =>
  runSiteBuild({ CONTENT_FILE: writeContent(dir, name, content), SITE_DIST_DIR: dist, SITE_BUILD_INCREMENTAL: incremental ? '1' : '0' })

/** Every built HTML page: site path → text. */
const allPages = () => builtPages(dist)

/** pagefind's stored text of every indexed page (what a search shows as result and excerpt). */
function searchFragments(): string[] {
  const folder = path.join(dist, 'pagefind', 'fragment')
  return readdirSync(folder).map((f) => gunzipSync(readFileSync(path.join(folder, f))).toString('utf8'))
}

let first: SiteContent
let second: SiteContent
let changedUrl: string
const results: BuildRun[] = []

beforeAll(async () => {
  first = generateSiteContent({ documents: 120, imageShare: 0 })
  const tip = first.tips[0]
  if (!tip) throw new Error('generated content without tips')
  tip.title = OLD_TITLE
  tip.summary = `Een samenvatting met het woord ${OLD_WORD}.`
  results.push(await build(first, 'first'))

  second = structuredClone(first)
  const changed = second.tips[0] as SiteContent['tips'][number]
  changed.title = NEW_TITLE
  changed.summary = `Een samenvatting met het woord ${NEW_WORD}.`
  changedUrl = tipUrl(changed.slug, changed.platforms)
  results.push(await build(second, 'second', true))
}, 600_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('incremental site build after a one-document publish', () => {
  it('both builds go live; the full build saves the page keys the next one compares with', () => {
    expect(
      results.map((r) => r.code),
      results.map((r) => r.output.slice(-3000)).join('\n----\n'),
    ).toEqual([0, 0])
    expect(JSON.parse(readFileSync(pageKeysFile(dist), 'utf8'))[changedUrl]).toBeTypeOf('string')
  })

  it('takes the unchanged pages from the live build instead of rendering them again', () => {
    const reused = Number(/incremental: (\d+) unchanged pages/.exec(results[1]?.output ?? '')?.[1])
    // Every tip, video, step plan and ervaring page but the changed tip's.
    const detailPages = first.tips.length + first.videos.length + first.stepPlans.length + first.ervaringen.length
    expect(reused).toBe(detailPages - 1)
  })

  it("the changed tip's page and the list pages that show it have the new title, and no page shows the old one", () => {
    const pages = allPages()
    expect(pages.get(changedUrl)).toContain(NEW_TITLE)
    const lists = [...pages].filter(([url, html]) => url !== changedUrl && html.includes(NEW_TITLE)).map(([url]) => url)
    expect(
      lists.some((u) => /\/tips\/(pagina\/\d+\/)?$/.test(u)),
      `list pages with the new title: ${lists.join(', ')}`,
    ).toBe(true)
    expect(lists.some((u) => u.includes('/tips/thema/'))).toBe(true)
    expect([...pages].filter(([, html]) => html.includes(OLD_WORD)).map(([url]) => url)).toEqual([])
    // The sitemap lists every page of the full build, reused or rendered.
    const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain(changedUrl)
    expect(sitemap).toContain(tipUrl(second.tips[1]?.slug ?? '', second.tips[1]?.platforms ?? ['helpers']))
  })

  it('search finds the new text and nothing of the old, and still has every page', () => {
    const fragments = searchFragments()
    expect(fragments.filter((f) => f.includes(NEW_WORD))).toHaveLength(1)
    expect(fragments.filter((f) => f.includes(OLD_WORD))).toEqual([])
    // Reused pages are in the index too: as many pages as the full build indexed.
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'))
    const indexed = [...allPages().values()].filter((html) => html.includes('data-pagefind-body')).length
    expect(entry.languages.nl.page_count).toBe(indexed)
    expect(fragments).toHaveLength(indexed)
    // The reused pages' fragments were taken over from the live index, not compressed and written again.
    const reused = Number(/incremental: (\d+) unchanged pages/.exec(results[1]?.output ?? '')?.[1])
    expect(Number(/(\d+) fragmenten overgenomen/.exec(results[1]?.output ?? '')?.[1])).toBe(reused)
  })
})
