import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type SiteContent, tipUrl } from '@hp/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateSiteContent } from './bench/generate.ts'
import { type BuildRun, builtPages, copyDemoMedia, runSiteBuild, unreachableImage, writeContent } from './build-site.test-support.ts'
import { ROOT } from './lib/paths.ts'
import { isRunning, WORKSPACE_PREFIX } from './site/workspace.ts'

/*
 * Two real site builds at the same moment (`npm run build:site`, as the e2e setup and the
 * publish-live test run it), each with its own content and its own media under the same file
 * names: each output holds only its own. Every build works in a private folder, removed afterwards.
 */
/**
 * Polls until `probe` gives a value or `ms` pass. The deadlines are generous on purpose: CI shares
 * two cores with other work, and a build that is slow to start or to clean up is not a failure.
 */
async function waitFor<T>(probe: () => T | undefined, ms: number): Promise<T | undefined> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = probe()
    if (value !== undefined || Date.now() > deadline) return value
    await new Promise((r) => setTimeout(r, 100))
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'hp-concurrent-build-'))

interface Variant {
  name: 'A' | 'B'
  title: string
  contentFile: string
  mediaDir: string
  dist: string
}

/** A small generated bundle whose first checklist carries a marker title and whose first two tips show two images. */
function variant(name: 'A' | 'B'): Variant {
  const content: SiteContent = generateSiteContent({ documents: 40, imageShare: 0 })
  const title = `Checklist van bouw ${name} ${name === 'A' ? 'appel' : 'banaan'}`
  const [checklist] = content.checklists
  const [tipOne, tipTwo] = content.tips
  if (!checklist || !tipOne || !tipTwo) throw new Error('generated content without checklists or tips')
  checklist.title = title
  tipOne.image = unreachableImage('kind-en-ouder.jpg', `Foto ${name}`)
  tipTwo.image = unreachableImage('wandelen-samen.jpg', `Foto ${name}`)
  const contentFile = writeContent(dir, `content-${name}`, content)
  // Same file names, different pictures: in B, kind-en-ouder.jpg holds the bytes of wandelen-samen.jpg.
  const mediaDir = path.join(dir, `media-${name}`)
  copyDemoMedia(mediaDir, (f) => (name === 'B' && f === 'kind-en-ouder.jpg' ? 'wandelen-samen.jpg' : f))
  return { name, title, contentFile, mediaDir, dist: path.join(dir, `dist-${name}`) }
}

const variantEnv = (v: Variant) => ({ CONTENT_FILE: v.contentFile, MEDIA_SOURCE_DIR: v.mediaDir, SITE_DIST_DIR: v.dist })

/** Every HTML file of an output, concatenated. */
const allHtml = (root: string): string => [...builtPages(root).values()].join('\n')

/** The `<img src>` of the first tip's and the second tip's page in an output. */
function tipImages(v: Variant): [string | undefined, string | undefined] {
  const content = JSON.parse(readFileSync(v.contentFile, 'utf8')) as SiteContent
  const src = (tip: SiteContent['tips'][number] | undefined) => {
    if (!tip) return undefined
    const html = readFileSync(path.join(v.dist, tipUrl(tip.slug, tip.platforms), 'index.html'), 'utf8')
    return /<img [^>]*src="(\/_astro\/[^"]+)"/.exec(html)?.[1]
  }
  return [src(content.tips[0]), src(content.tips[1])]
}

/** Private folders of builds that are no longer running: there must be none. */
const leftovers = () =>
  readdirSync(tmpdir()).filter((n) => {
    const pid = new RegExp(`^${WORKSPACE_PREFIX}(\\d+)-`).exec(n)?.[1]
    return pid !== undefined && !isRunning(Number(pid))
  })

let a: Variant
let b: Variant
let results: BuildRun[]
beforeAll(async () => {
  a = variant('A')
  b = variant('B')
  results = await Promise.all([runSiteBuild(variantEnv(a)), runSiteBuild(variantEnv(b))])
}, 240_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('two site builds at the same moment', () => {
  it('both succeed', () => {
    for (const [i, r] of results.entries()) expect(r.code, `build ${i === 0 ? 'A' : 'B'}:\n${r.output}`).toBe(0)
  })

  it('each output holds only its own content', () => {
    const htmlA = allHtml(a.dist)
    const htmlB = allHtml(b.dist)
    expect(htmlA).toContain(a.title)
    expect(htmlA).not.toContain(b.title)
    expect(htmlB).toContain(b.title)
    expect(htmlB).not.toContain(a.title)
  })

  it('each output holds only its own images, though the file names are the same', () => {
    const [kindA, wandelenA] = tipImages(a)
    const [kindB, wandelenB] = tipImages(b)
    expect(kindA).toMatch(/^\/_astro\/kind-en-ouder\./)
    expect(wandelenA).toMatch(/^\/_astro\/wandelen-samen\./)
    // In B, kind-en-ouder.jpg holds the wandelen-samen picture: Vite gives the same bytes one file.
    expect(kindB).toBe(wandelenB)
    expect(kindB).not.toBe(kindA)
    // Still AVIF and WebP with width and height.
    const htmlA = allHtml(a.dist)
    expect(htmlA).toMatch(/type="image\/avif"/)
    expect(htmlA).toMatch(/type="image\/webp"/)
    expect(htmlA).toMatch(/<img [^>]*kind-en-ouder[^>]*width="\d+" height="\d+"/)
  })

  it('leaves no private working folder and no half-built output behind', () => {
    expect(leftovers()).toEqual([])
    for (const v of [a, b]) expect(existsSync(`${v.dist}.next`), `${v.dist}.next`).toBe(false)
  })

  it('a failing build cleans up its private folder too and leaves the live output as it was', async () => {
    const content = JSON.parse(readFileSync(a.contentFile, 'utf8')) as SiteContent
    content.checklists[0] = { ...(content.checklists[0] as SiteContent['checklists'][number]), title: 'Nooit live' }
    const broken = writeContent(dir, 'content-broken', content)
    const empty = path.join(dir, 'media-empty')
    mkdirSync(empty)
    // No media at hand and an unreachable CMS: the download fails after the private folder exists.
    const failed = await runSiteBuild({ ...variantEnv(a), CONTENT_FILE: broken, MEDIA_SOURCE_DIR: empty })
    expect(failed.code).not.toBe(0)
    // The tips whose images cannot be fetched are held back (scripts/src/site/hold-back.ts); without
    // them the checklists' links break, so the build stops with the contract's problem list.
    expect(failed.output).toMatch(/Site build failed|problemen met de inhoud/)
    expect(leftovers()).toEqual([])
    expect(existsSync(`${a.dist}.next`)).toBe(false)
    const htmlA = allHtml(a.dist)
    expect(htmlA).toContain(a.title)
    expect(htmlA).not.toContain('Nooit live')
  }, 240_000)

  it('a stopped build (SIGTERM to its process group, as the build hook stops one) removes its private folder', async () => {
    const before = new Set(readdirSync(tmpdir()))
    const child = spawn('npm', ['run', '--silent', 'build:site'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', ...variantEnv(b) },
      stdio: 'ignore',
      detached: true,
    })
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
    // Wait until the build has made its private folder and copied media into it.
    const mine = await waitFor(
      () =>
        readdirSync(tmpdir()).find(
          (n) => n.startsWith(WORKSPACE_PREFIX) && !before.has(n) && existsSync(path.join(tmpdir(), n, 'content.json')),
        ),
      120_000,
    )
    expect(mine, 'the build made its private folder').toBeDefined()
    process.kill(-(child.pid as number), 'SIGTERM')
    await exited
    // npm exits at once; the build itself may take a moment longer to clean up. It removes its
    // private folder first and the staging folder after, so wait for both (polling between the two
    // removals saw the first gone and the second not yet, once, under load).
    const folder = path.join(tmpdir(), mine as string)
    await waitFor(() => (!existsSync(folder) && !existsSync(`${b.dist}.next`)) || undefined, 120_000)
    expect(existsSync(folder)).toBe(false)
    expect(existsSync(`${b.dist}.next`)).toBe(false)
    expect(allHtml(b.dist)).toContain(b.title)
  }, 300_000)
})
