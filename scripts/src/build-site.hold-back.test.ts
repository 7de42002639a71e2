import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { checklistUrl, parseBuildProblems, type SiteContent, tipUrl } from '@hp/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateSiteContent } from './bench/generate.ts'
import { type BuildRun, copyDemoMedia, runSiteBuild, unreachableImage, writeContent } from './build-site.test-support.ts'
import { lastGoodFile } from './site/hold-back.ts'

/*
 * No single document may block other editors' publishes for more than one build: two real site
 * builds (`npm run build:site`). The second bundle has a tip whose image file is gone and a
 * checklist the contract refuses, next to an ordinary change to another tip. The build goes live
 * with that change, keeps the last live version of the two broken documents, and names them on
 * stderr in the problem format the admin's Site-build screen shows.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'hp-hold-back-'))
const mediaDir = path.join(dir, 'media')
const dist = path.join(dir, 'dist')

const build = (content: SiteContent, name: string) =>
  runSiteBuild({ CONTENT_FILE: writeContent(dir, name, content), MEDIA_SOURCE_DIR: mediaDir, SITE_DIST_DIR: dist })

const page = (url: string) => readFileSync(path.join(dist, url, 'index.html'), 'utf8')

let first: SiteContent
let second: SiteContent
const results: BuildRun[] = []

beforeAll(async () => {
  copyDemoMedia(mediaDir)
  first = generateSiteContent({ documents: 40, imageShare: 0 })
  const [tipOne, tipTwo] = first.tips
  if (!tipOne || !tipTwo || !first.checklists[0]) throw new Error('generated content without tips or checklists')
  tipOne.title = 'Eerste tip zoals hij live stond'
  tipOne.image = unreachableImage('kind-en-ouder.jpg')
  first.checklists[0].title = 'Checklist zoals hij live stond'
  results.push(await build(first, 'first'))

  second = structuredClone(first)
  const [brokenTip, otherTip] = second.tips
  const checklist = second.checklists[0]
  if (!brokenTip || !otherTip || !checklist) throw new Error('unreachable')
  brokenTip.title = 'Nieuwe titel met een plaatje dat weg is'
  brokenTip.image = unreachableImage('bestaat-niet.jpg')
  checklist.title = '' // the contract refuses it; the CMS should have, too
  otherTip.title = 'Wijziging van een andere redacteur'
  results.push(await build(second, 'second'))
}, 480_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a document the build cannot use', () => {
  it('the first build goes live and keeps its bundle as the last good one', () => {
    expect(results[0]?.code, results[0]?.output).toBe(0)
    expect(existsSync(lastGoodFile(dist))).toBe(true)
    expect(existsSync(path.join(dist, path.basename(lastGoodFile(dist))))).toBe(false) // not served
  })

  it('does not stop the next build: the other tip’s change is live', () => {
    expect(results[1]?.code, results[1]?.output).toBe(0)
    const other = second.tips[1]
    if (!other) throw new Error('unreachable')
    expect(page(tipUrl(other.slug, other.platforms))).toContain('Wijziging van een andere redacteur')
  })

  it('keeps the last live version of the broken documents', () => {
    const tip = second.tips[0]
    const checklist = second.checklists[0]
    if (!tip || !checklist) throw new Error('unreachable')
    const tipPage = page(tipUrl(tip.slug, tip.platforms))
    expect(tipPage).toContain('Eerste tip zoals hij live stond')
    expect(tipPage).not.toContain('Nieuwe titel met een plaatje dat weg is')
    expect(page(checklistUrl(checklist.slug))).toContain('Checklist zoals hij live stond')
  })

  it('names each held-back document and why, in Dutch, in the format the admin links to', () => {
    const stderr = results[1]?.stderr ?? ''
    expect(stderr).toContain('Niet bijgewerkt: deze documenten konden niet in de site. De rest van de site is wel bijgewerkt.')
    const problems = parseBuildProblems(stderr)
    const tip = problems.find((p) => p.collection === 'tips')
    expect(tip?.slug).toBe(second.tips[0]?.slug)
    expect(tip?.message).toContain('Het bestand bestaat-niet.jpg kon niet worden opgehaald')
    expect(tip?.message).toContain('De vorige versie blijft op de site tot dit is opgelost.')
    const checklist = problems.find((p) => p.collection === 'checklists')
    expect(checklist).toMatchObject({ slug: second.checklists[0]?.slug, field: 'title' })
    expect(checklist?.message).toContain('Vul dit veld in.')
  })
})
