import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { checkReferences, type SiteContent, SiteContentSchema } from '@hp/content-schemas'
import { ROOT } from '../lib/paths.ts'
import { ASTRO_CLI, astroEnv, readRenderedPages } from '../site/astro-build.ts'
import { redirectsFile } from '../site/redirects.ts'
import { sitemapXml } from '../site/sitemap.ts'
import { createSiteWorkspace, pruneStaleWorkspaces } from '../site/workspace.ts'
import { DEMO_IMAGES, generateSiteContent } from './generate.ts'
import { fmt, htmlPages, mb, median, runIfMain, table, timed } from './lib.ts'
import { linkPages, referencePages } from './reference-pages.ts'
import { writeBareAstro, writeHugo } from './reference-sites.ts'

/** Where benches keep their work; the 5,000-document build stays here for the search bench. */
export const BENCH_DIR = path.join(tmpdir(), 'hp-bench')
export const siteDir = (documents: number, dir = BENCH_DIR) => path.join(dir, `site-${documents}`)
const SEED_MEDIA = path.join(ROOT, 'cms', 'src', 'seed', 'media')

/** Writes a generated bundle of `documents` documents to a file, after checking it like the build does. */
export function writeContent(documents: number, dir = BENCH_DIR): { file: string; validateMs: number; sha256: string } {
  const content = generateSiteContent({ documents })
  const t0 = performance.now()
  const parsed = SiteContentSchema.parse(content)
  const problems = checkReferences(parsed)
  const validateMs = performance.now() - t0
  if (problems.length > 0) throw new Error(`Generated content is invalid:\n${problems.join('\n')}`)
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `content-${documents}.json`)
  const bytes = Buffer.from(JSON.stringify(parsed))
  writeFileSync(file, bytes)
  // Validated here, as build-site.ts validates before Astro: the digest lets Astro's loader trust these bytes.
  return { file, validateMs, sha256: createHash('sha256').update(bytes).digest('hex') }
}

/**
 * A private copy of the site project, made the way build-site.ts makes one (site/workspace.ts),
 * with the demo images in its .media: others build site/ on this machine while the bench runs.
 * Copies left by earlier, finished bench runs are removed first.
 */
export async function prepareSiteCopy(dir = BENCH_DIR): Promise<string> {
  mkdirSync(dir, { recursive: true })
  // Astro runs the prerender chunks it writes next to an output folder in the bench folder: they resolve packages from here.
  if (!existsSync(path.join(dir, 'node_modules'))) symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'))
  pruneStaleWorkspaces(dir)
  const work = await createSiteWorkspace(dir)
  for (const f of DEMO_IMAGES) copyFileSync(path.join(SEED_MEDIA, f), path.join(work.images, f))
  return work.siteRoot
}

/** Hugo is a reference only (a Debian package, not an npm one): without it the Hugo columns show "–". */
const HAS_HUGO = spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0

/**
 * Our build, as build-site.ts runs it (the same code: site/astro-build.ts, site/sitemap.ts,
 * site/redirects.ts): `astro build` of the site copy, which also makes the search index (pagefind
 * fed each page as it is rendered, the index written after the last one), then the sitemap and
 * redirects. The CPU time counts pagefind's service too: the Astro process waits for it.
 */
export async function buildOurs(siteRoot: string, content: { file: string; sha256?: string }, out: string) {
  rmSync(out, { recursive: true, force: true })
  const pagesJson = `${out}.pages.json`
  const searchStats = `${out}.search.json`
  rmSync(searchStats, { force: true })
  const step = { siteRoot, contentJson: content.file, contentSha256: content.sha256, outDir: out, pagesJson, searchStats }
  const astro = await timed(process.execPath, [ASTRO_CLI, 'build', '--root', siteRoot], astroEnv(step), siteRoot)
  // A build that writes nothing can still exit 0 (seen with a blocked migration).
  const pages = htmlPages(out).length
  if (pages < 10) throw new Error(`astro build wrote only ${pages} pages into ${out}:\n${astro.output}`)
  if (!existsSync(searchStats)) throw new Error(`astro build wrote no search index into ${out}:\n${astro.output}`)
  const search = JSON.parse(readFileSync(searchStats, 'utf8')) as { pages: number; tailMs: number }
  const t0 = performance.now()
  const parsed = JSON.parse(readFileSync(content.file, 'utf8')) as SiteContent
  writeFileSync(path.join(out, 'sitemap.xml'), sitemapXml(out, 'http://localhost:4321', await readRenderedPages(pagesJson)).xml)
  writeFileSync(path.join(out, '_redirects'), redirectsFile(parsed).text)
  const afterMs = performance.now() - t0
  return { astro, searchTailMs: search.tailMs, afterMs, pages, ms: astro.ms + afterMs, cpuMs: astro.cpuMs }
}

/** One interleaved run at one size: our build, bare Astro and (when installed) Hugo, one after the other. */
export interface BuildSample {
  pages: number
  /** Our build: Astro with the search index, then sitemap and redirects (wall ms). */
  ms: number
  /** The Astro step, search index included (wall ms). */
  astroMs: number
  /** Of astroMs: pagefind's index build and write after the last page (wall ms). */
  searchTailMs: number
  /** Sitemap and redirects (wall ms). */
  afterMs: number
  cpuMs: number
  barePages: number
  bareMs: number
  bareCpuMs: number
  hugoPages: number
  hugoMs: number
  rss: number
}

/** The content and the reference sites for one size, written once. */
export function prepareSize(documents: number, dir = BENCH_DIR) {
  const written = writeContent(documents, dir)
  const content = SiteContentSchema.parse(generateSiteContent({ documents }))
  const refPages = linkPages(referencePages(content), content)
  const bareDir = path.join(dir, `bare-${documents}`)
  const hugoDir = path.join(dir, `hugo-${documents}`)
  const barePagesJson = writeBareAstro(bareDir, refPages)
  writeHugo(hugoDir, refPages)
  return { documents, dir, ...written, bareDir, hugoDir, barePagesJson }
}

/** Ours, then bare Astro, then Hugo: interleaved, so a busy moment on the machine hits all three alike. */
export async function buildSample(
  siteRoot: string,
  size: ReturnType<typeof prepareSize>,
  options: { hugo?: boolean } = {},
): Promise<BuildSample> {
  const ours = await buildOurs(siteRoot, size, siteDir(size.documents, size.dir))
  const bareOut = path.join(size.dir, `bare-${size.documents}-out`)
  rmSync(bareOut, { recursive: true, force: true })
  const bare = await timed(
    process.execPath,
    [ASTRO_CLI, 'build', '--root', size.bareDir, '--outDir', bareOut],
    { BARE_PAGES_JSON: size.barePagesJson, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    size.bareDir,
  )
  let hugo = { ms: Number.NaN }
  let hugoPages = 0
  if (HAS_HUGO && options.hugo !== false) {
    const hugoOut = path.join(size.dir, `hugo-${size.documents}-out`)
    rmSync(hugoOut, { recursive: true, force: true })
    hugo = await timed('hugo', ['--quiet', '--source', size.hugoDir, '--destination', hugoOut])
    hugoPages = htmlPages(hugoOut).length
  }
  return {
    pages: ours.pages,
    ms: ours.ms,
    astroMs: ours.astro.ms,
    searchTailMs: ours.searchTailMs,
    afterMs: ours.afterMs,
    cpuMs: ours.cpuMs,
    barePages: htmlPages(bareOut).length,
    bareMs: bare.ms,
    bareCpuMs: bare.cpuMs,
    hugoPages,
    hugoMs: hugo.ms,
    rss: ours.astro.peakRss,
  }
}

const perPage = (ms: number, n: number) => ms / Math.max(n, 1)
/** Our build's time per page over bare Astro's time per page, in the same run: wall and CPU. */
export const ratioToBare = (s: BuildSample) => ({
  wall: perPage(s.ms, s.pages) / perPage(s.bareMs, s.barePages),
  cpu: perPage(s.cpuMs, s.pages) / perPage(s.bareCpuMs, s.barePages),
})

interface Row {
  documents: number
  samples: BuildSample[]
  validateMs: number
}

async function benchSize(siteRoot: string, documents: number, runs: number): Promise<Row> {
  const size = prepareSize(documents)
  const samples: BuildSample[] = []
  for (let run = 0; run < runs; run++) {
    const s = await buildSample(siteRoot, size)
    samples.push(s)
    console.error(
      `  ${documents} docs, run ${run + 1}/${runs}: ours ${fmt(s.ms / 1000)} s (${s.pages} pages; CPU ${fmt(s.cpuMs / 1000)} s), bare Astro ${fmt(s.bareMs / 1000)} s (${s.barePages}; CPU ${fmt(s.bareCpuMs / 1000)} s), Hugo ${fmt(s.hugoMs / 1000, 2)} s (${s.hugoPages}); load ${loadavg()[0]?.toFixed(1)}`,
    )
  }
  return { documents, samples, validateMs: size.validateMs }
}

export async function benchSiteBuild(): Promise<string> {
  const sizes = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number)
  const runs = Number(process.env.BENCH_RUNS ?? 3)
  // 5,000 documents take about a minute per run of ours on 2 cores: fewer runs there unless asked.
  const runsFor = (n: number) => (n >= 5000 ? Number(process.env.BENCH_RUNS_LARGE ?? Math.min(runs, 2)) : runs)
  const siteRoot = await prepareSiteCopy()
  const rows: Row[] = []
  for (const n of sizes) rows.push(await benchSize(siteRoot, n, runsFor(n)))
  // Per page, per run; then the median over runs. Ratios are computed within each run.
  const med = (r: Row, f: (s: BuildSample) => number) => median(r.samples.map(f))
  const out = table(
    [
      'docs',
      'runs',
      'pages',
      'ours s',
      'astro+index s',
      'index after last page s',
      'sitemap+redirects s',
      'ms/page',
      'bare Astro ms/page',
      'ours/bare (wall)',
      'ours/bare (CPU)',
      'Hugo ms/page',
      'peak RSS MB',
    ],
    rows.map((r) => [
      r.documents,
      r.samples.length,
      r.samples[0]?.pages ?? 0,
      fmt(med(r, (s) => s.ms) / 1000),
      fmt(med(r, (s) => s.astroMs) / 1000, 1),
      fmt(med(r, (s) => s.searchTailMs) / 1000, 2),
      fmt(med(r, (s) => s.afterMs) / 1000, 2),
      fmt(
        med(r, (s) => perPage(s.ms, s.pages)),
        2,
      ),
      `${fmt(
        med(r, (s) => perPage(s.bareMs, s.barePages)),
        2,
      )} (${r.samples[0]?.barePages ?? 0} p.)`,
      `${fmt(
        med(r, (s) => ratioToBare(s).wall),
        2,
      )}×`,
      `${fmt(
        med(r, (s) => ratioToBare(s).cpu),
        2,
      )}×`,
      HAS_HUGO
        ? `${fmt(
            med(r, (s) => perPage(s.hugoMs, s.hugoPages)),
            3,
          )} (${r.samples[0]?.hugoPages ?? 0} p.)`
        : '–',
      mb(Math.max(...r.samples.map((s) => s.rss))),
    ]),
  )
  const last = rows.at(-1)
  const summary = last
    ? `Site build: ${fmt(
        med(last, (s) => perPage(s.ms, s.pages)),
        2,
      )} ms/page at ${last.documents} documents (${last.samples[0]?.pages} pages), ${fmt(
        med(last, (s) => ratioToBare(s).wall),
        2,
      )}× bare Astro (CPU ${fmt(
        med(last, (s) => ratioToBare(s).cpu),
        2,
      )}×).`
    : 'Site build: no sizes given.'
  return `${out}\n${summary}`
}

runIfMain(import.meta, benchSiteBuild)
