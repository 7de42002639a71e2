import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { checkReferences, SiteContentSchema } from '@hp/content-schemas'
import { ROOT } from '../lib/paths.ts'
import { createSiteWorkspace, pruneStaleWorkspaces } from '../site/workspace.ts'
import { DEMO_IMAGES, generateSiteContent } from './generate.ts'
import { fmt, htmlPages, mb, median, runIfMain, table, timed } from './lib.ts'
import { linkPages, referencePages } from './reference-pages.ts'
import { writeBareAstro, writeHugo } from './reference-sites.ts'

/** Where benches keep their work; the 5,000-document build stays here for the search bench. */
export const BENCH_DIR = path.join(tmpdir(), 'hp-bench')
export const siteDir = (documents: number) => path.join(BENCH_DIR, `site-${documents}`)
const SEED_MEDIA = path.join(ROOT, 'cms', 'src', 'seed', 'media')

/** Writes a generated bundle of `documents` documents to a file, after checking it like the build does. */
export function writeContent(documents: number): { file: string; validateMs: number } {
  const content = generateSiteContent({ documents })
  const t0 = performance.now()
  const parsed = SiteContentSchema.parse(content)
  const problems = checkReferences(parsed)
  const validateMs = performance.now() - t0
  if (problems.length > 0) throw new Error(`Generated content is invalid:\n${problems.join('\n')}`)
  mkdirSync(BENCH_DIR, { recursive: true })
  const file = path.join(BENCH_DIR, `content-${documents}.json`)
  writeFileSync(file, JSON.stringify(parsed))
  return { file, validateMs }
}

/**
 * A private copy of the site project, made the way build-site.ts makes one (site/workspace.ts),
 * with the demo images in its .media: others build site/ on this machine while the bench runs.
 * Copies left by earlier, finished bench runs are removed first.
 */
export async function prepareSiteCopy(): Promise<string> {
  mkdirSync(BENCH_DIR, { recursive: true })
  // Astro runs the prerender chunks it writes next to an output folder in BENCH_DIR: they resolve packages from here.
  if (!existsSync(path.join(BENCH_DIR, 'node_modules'))) symlinkSync(path.join(ROOT, 'node_modules'), path.join(BENCH_DIR, 'node_modules'))
  pruneStaleWorkspaces(BENCH_DIR)
  const work = await createSiteWorkspace(BENCH_DIR)
  for (const f of DEMO_IMAGES) copyFileSync(path.join(SEED_MEDIA, f), path.join(work.images, f))
  return work.siteRoot
}

/**
 * Astro run in the project it builds: with an output folder outside that project Astro writes its
 * server build into `<cwd>/.astro/.prerender`, so a build from the repo root would share that folder
 * with every other build started there.
 */
const ASTRO_BIN = path.join(ROOT, 'node_modules', '.bin', 'astro')

/** Our build, as build-site.ts runs it: `astro build` of the site (copy), then pagefind over the output. */
export async function buildOurs(siteRoot: string, contentFile: string, out: string) {
  rmSync(out, { recursive: true, force: true })
  const astro = await timed(
    ASTRO_BIN,
    ['build', '--root', siteRoot],
    { SITE_OUT_DIR: out, SITE_CONTENT_JSON: contentFile, ASTRO_TELEMETRY_DISABLED: '1' },
    siteRoot,
  )
  // A build that writes nothing can still exit 0 (seen with a blocked migration).
  const pages = htmlPages(out).length
  if (pages < 10) throw new Error(`astro build wrote only ${pages} pages into ${out}:\n${astro.output}`)
  const pagefind = await timed('npm', ['exec', '--', 'pagefind', '--site', out, '--silent'])
  return { astro, pagefind, pages }
}

interface Row {
  documents: number
  runs: number
  pages: number
  astroMs: number
  pagefindMs: number
  msPerPage: number
  pagefindShare: number
  barePages: number
  bareMsPerPage: number
  hugoPages: number
  hugoMsPerPage: number
  ratioBare: number
  ratioHugo: number
  peakRss: number
  validateMs: number
}

async function benchSize(siteRoot: string, documents: number, runs: number): Promise<Row> {
  const { file, validateMs } = writeContent(documents)
  const content = SiteContentSchema.parse(generateSiteContent({ documents }))
  const refPages = linkPages(referencePages(content), content)
  const bareDir = path.join(BENCH_DIR, `bare-${documents}`)
  const hugoDir = path.join(BENCH_DIR, `hugo-${documents}`)
  const barePagesJson = writeBareAstro(bareDir, refPages)
  writeHugo(hugoDir, refPages)
  const samples: { ours: number; astro: number; pagefind: number; bare: number; hugo: number; rss: number }[] = []
  let pages = 0
  let barePages = 0
  let hugoPages = 0
  for (let run = 0; run < runs; run++) {
    // Interleaved, so a busy moment on the machine hits all three alike.
    const ours = await buildOurs(siteRoot, file, siteDir(documents))
    pages = ours.pages
    const bareOut = path.join(BENCH_DIR, `bare-${documents}-out`)
    rmSync(bareOut, { recursive: true, force: true })
    const bare = await timed(
      ASTRO_BIN,
      ['build', '--root', bareDir, '--outDir', bareOut],
      { BARE_PAGES_JSON: barePagesJson, ASTRO_TELEMETRY_DISABLED: '1' },
      bareDir,
    )
    barePages = htmlPages(bareOut).length
    const hugoOut = path.join(BENCH_DIR, `hugo-${documents}-out`)
    rmSync(hugoOut, { recursive: true, force: true })
    const hugo = await timed('hugo', ['--quiet', '--source', hugoDir, '--destination', hugoOut])
    hugoPages = htmlPages(hugoOut).length
    const oursMs = ours.astro.ms + ours.pagefind.ms
    samples.push({
      ours: oursMs,
      astro: ours.astro.ms,
      pagefind: ours.pagefind.ms,
      bare: bare.ms,
      hugo: hugo.ms,
      rss: Math.max(ours.astro.peakRss, ours.pagefind.peakRss),
    })
    console.error(
      `  ${documents} docs, run ${run + 1}/${runs}: ours ${fmt(oursMs / 1000)} s (${pages} pages), bare Astro ${fmt(bare.ms / 1000)} s (${barePages}), Hugo ${fmt(hugo.ms / 1000, 2)} s (${hugoPages})`,
    )
  }
  // Ratios per page, computed within each run, then the median over runs.
  const perPage = (ms: number, n: number) => ms / Math.max(n, 1)
  return {
    documents,
    runs,
    pages,
    astroMs: median(samples.map((s) => s.astro)),
    pagefindMs: median(samples.map((s) => s.pagefind)),
    msPerPage: median(samples.map((s) => perPage(s.ours, pages))),
    pagefindShare: median(samples.map((s) => s.pagefind / s.ours)),
    barePages,
    bareMsPerPage: median(samples.map((s) => perPage(s.bare, barePages))),
    hugoPages,
    hugoMsPerPage: median(samples.map((s) => perPage(s.hugo, hugoPages))),
    ratioBare: median(samples.map((s) => perPage(s.ours, pages) / perPage(s.bare, barePages))),
    ratioHugo: median(samples.map((s) => perPage(s.ours, pages) / perPage(s.hugo, hugoPages))),
    peakRss: Math.max(...samples.map((s) => s.rss)),
    validateMs,
  }
}

export async function benchSiteBuild(): Promise<string> {
  const sizes = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number)
  const runs = Number(process.env.BENCH_RUNS ?? 3)
  // 5,000 documents take about a minute per run of ours on 2 cores: fewer runs there unless asked.
  const runsFor = (n: number) => (n >= 5000 ? Number(process.env.BENCH_RUNS_LARGE ?? Math.min(runs, 2)) : runs)
  const siteRoot = await prepareSiteCopy()
  const rows: Row[] = []
  for (const n of sizes) rows.push(await benchSize(siteRoot, n, runsFor(n)))
  const out = table(
    [
      'docs',
      'runs',
      'pages',
      'astro s',
      'pagefind s',
      'ms/page',
      'pagefind share',
      'bare Astro ms/page',
      'Hugo ms/page',
      'ours/bare',
      'ours/Hugo',
      'peak RSS MB',
    ],
    rows.map((r) => [
      r.documents,
      r.runs,
      r.pages,
      fmt(r.astroMs / 1000),
      fmt(r.pagefindMs / 1000, 2),
      fmt(r.msPerPage, 2),
      `${fmt(r.pagefindShare * 100, 0)} %`,
      `${fmt(r.bareMsPerPage, 2)} (${r.barePages} p.)`,
      `${fmt(r.hugoMsPerPage, 3)} (${r.hugoPages} p.)`,
      `${fmt(r.ratioBare, 1)}×`,
      `${fmt(r.ratioHugo, 0)}×`,
      mb(r.peakRss),
    ]),
  )
  const last = rows.at(-1)
  const summary = last
    ? `Site build: ${fmt(last.msPerPage, 1)} ms/page at ${last.documents} documents (${last.pages} pages), pagefind ${fmt(last.pagefindShare * 100, 0)} %, ${fmt(last.ratioBare, 1)}× bare Astro, ${fmt(last.ratioHugo, 0)}× Hugo, peak RSS ${mb(last.peakRss)} MB.`
    : 'Site build: no sizes given.'
  return `${out}\n${summary}`
}

runIfMain(import.meta, benchSiteBuild)
