// @ts-check
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startSearchIndex } from './search-index.mjs'

/**
 * Three build-time helpers for the site build (scripts/src/build-site.ts), on only when it asks:
 *
 * - SITE_PAGES_JSON: every HTML page Astro renders is listed there (address, and whether it is
 *   noindex) as it is rendered (site/src/middleware.ts hands each page over), so the sitemap needs
 *   no second read of ~4,800 files at 5,000 documents.
 * - SITE_SEARCH_INDEX=1: the pagefind index, fed each page as it is rendered (search-index.mjs) and
 *   written into the output's pagefind/ when the build is done. SITE_SEARCH_STATS names a JSON file
 *   for the bench: pages indexed and the time the index took after the last page.
 * - SITE_REUSE_LIST: incremental builds (scripts/src/site/incremental.ts), see readReuseList.
 */

/** Where the middleware finds this build's page list (same process: Astro prerenders in it). */
export const PAGES_KEY = Symbol.for('hp.site.renderedPages')
const NOINDEX = /<meta name="robots" content="noindex"/

/**
 * Incremental builds (scripts/src/site/incremental.ts): SITE_REUSE_LIST names a JSON file
 * `{ from, pages }`: `from` is the live site of the previous build, `pages` the addresses whose
 * content and code did not change since it. Astro does not render those; their files are linked
 * (hard links: no copy) from `from` into this build's output, indexed like rendered pages, and listed
 * for the sitemap.
 */
function readReuseList() {
  const file = process.env.SITE_REUSE_LIST
  if (!file) return undefined
  const list = JSON.parse(readFileSync(file, 'utf8'))
  return { from: String(list.from), pages: /** @type {string[]} */ (list.pages).map(withSlash) }
}

/** @param {string} p */
const withSlash = (p) => (p.endsWith('/') ? p : `${p}/`)

/** @param {string} from @param {string} to */
function linkFile(from, to) {
  mkdirSync(path.dirname(to), { recursive: true })
  try {
    linkSync(from, to)
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EXDEV') throw error
    copyFileSync(from, to)
  }
}

/** The file of a page in a built site. @param {string} site @param {string} url */
const pageSource = (site, url) => path.join(site, url, 'index.html')

/** Links one reused page into the output; returns its HTML. A page missing from the previous build fails the build. @param {string} from @param {string} out @param {string} url */
function linkPage(from, out, url) {
  const source = pageSource(from, url)
  if (!existsSync(source)) throw new Error(`Incrementele build: ${url} staat niet (meer) in de vorige build (${from}); bouw de hele site.`)
  linkFile(source, path.join(out, url, 'index.html'))
  return readFileSync(source, 'utf8')
}

/** @returns {import('astro').AstroIntegration} */
export function buildPages() {
  /** @type {{ from: string, pages: string[] } | undefined} */
  let reuse
  /** Every HTML page of this build, rendered or reused, for the sitemap. */
  /** @type {{ url: string, noindex: boolean }[]} */
  const written = []
  /** @type {Awaited<ReturnType<typeof startSearchIndex>> | undefined} */
  let search
  /** @param {string} url @param {string} html */
  const record = (url, html) => {
    written.push({ url, noindex: NOINDEX.test(html) })
    search?.add(url, html)
  }
  return {
    name: 'hp-build-pages',
    hooks: {
      'astro:build:start': async ({ setPrerenderer }) => {
        reuse = readReuseList()
        if (reuse) {
          const skip = new Set(reuse.pages)
          // Astro renders every path but the reused ones; they are linked in from the live site at the end.
          setPrerenderer((def) => ({
            name: 'hp-reuse-unchanged-pages',
            setup: () => def.setup?.(),
            getStaticPaths: async () => (await def.getStaticPaths()).filter((p) => !skip.has(withSlash(p.pathname))),
            render: (request, options) => def.render(request, options),
            ...(def.collectStaticImages ? { collectStaticImages: () => def.collectStaticImages?.() } : {}),
            teardown: () => def.teardown?.(),
          }))
        }
        if (process.env.SITE_SEARCH_INDEX === '1') {
          search = await startSearchIndex(reuse)
          // Reused pages go to the index first, from the live site: pagefind parses them while Astro renders the rest.
          for (const url of reuse?.pages ?? []) search.add(url, readFileSync(pageSource(reuse?.from ?? '', url), 'utf8'))
        }
        if (process.env.SITE_PAGES_JSON || search) Object.defineProperty(globalThis, PAGES_KEY, { configurable: true, value: { record } })
      },
      'astro:build:done': async ({ dir, logger }) => {
        Reflect.deleteProperty(globalThis, PAGES_KEY)
        if (reuse) {
          const out = fileURLToPath(dir)
          const assets = new Set()
          for (const url of reuse.pages) {
            const html = linkPage(reuse.from, out, url)
            written.push({ url, noindex: NOINDEX.test(html) }) // in the search index already (build:start)
            for (const m of html.matchAll(/\/_astro\/[^"'\s)?#,]+/g)) assets.add(m[0])
          }
          // Images of reused pages were not generated in this build: their files come from the live site too.
          for (const asset of assets) if (!existsSync(path.join(out, asset))) linkFile(path.join(reuse.from, asset), path.join(out, asset))
          logger.info(`Ongewijzigd: ${reuse.pages.length} pagina's overgenomen van de vorige build.`)
        }
        if (process.env.SITE_PAGES_JSON) await writeFile(process.env.SITE_PAGES_JSON, JSON.stringify(written))
        if (search) {
          const { pages, tailMs, reusedFragments } = await search.finish(fileURLToPath(dir))
          search = undefined
          const reused = reuse ? ` (${reusedFragments} fragmenten overgenomen)` : ''
          logger.info(`Zoekindex: ${pages} pagina's${reused}, ${(tailMs / 1000).toFixed(1)} s na de laatste pagina.`)
          if (process.env.SITE_SEARCH_STATS) await writeFile(process.env.SITE_SEARCH_STATS, JSON.stringify({ pages, tailMs }))
        }
      },
    },
  }
}
