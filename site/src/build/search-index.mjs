// @ts-check
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The search index (pagefind), made during `astro build` instead of after it (issue 17).
 *
 * Before, the build ran the pagefind CLI over the finished output: it read and parsed every one of
 * ~4,800 pages again at 5,000 documents, after Astro had finished, and took 40–50 % of the build.
 * Now each page goes to pagefind's indexing service (its Node API: the same pagefind binary, as a
 * child process) the moment Astro has rendered it (site/src/middleware.ts), so pagefind parses and
 * indexes on the second core while Astro renders the next pages; at the end of the build only the
 * index files are written. Same binary, same pages, same rules: only pages with
 * `data-pagefind-body` are indexed (the CLI ignores the others as soon as one page has it).
 *
 * On only when SITE_SEARCH_INDEX=1 (build-site.ts and the build bench set it); previews and
 * `astro dev` make no index. With SITE_PAGES_JSON set, it also writes there the list of HTML pages it
 * saw (address, and whether the page is noindex), so the sitemap needs no second read of every page.
 */

/** Where the middleware finds the index of this build (same process: Astro prerenders in it). */
export const SEARCH_INDEX_KEY = Symbol.for('hp.site.searchIndex')
const NOINDEX = /<meta name="robots" content="noindex"/

/**
 * Waits (up to 5 s) until pagefind's process has ended and been reaped, so its CPU time counts as
 * this build's (the build bench and its CI budget read it), and no indexer outlives the build.
 */
async function pagefindExited() {
  const until = Date.now() + 5000
  while (Date.now() < until) {
    let running = false
    try {
      for (const task of readdirSync('/proc/self/task'))
        for (const pid of readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean))
          if (readFileSync(`/proc/${pid}/comm`, 'utf8').includes('pagefind')) running = true
    } catch {
      return // not Linux, or the process went while we looked
    }
    if (!running) return
    await new Promise((r) => setTimeout(r, 20))
  }
}

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

/** Links one reused page into the output; returns its HTML. A page missing from the previous build fails the build. @param {string} from @param {string} out @param {string} url */
function linkPage(from, out, url) {
  const source = path.join(from, url, 'index.html')
  if (!existsSync(source)) throw new Error(`Incrementele build: ${url} staat niet (meer) in de vorige build (${from}); bouw de hele site.`)
  linkFile(source, path.join(out, url, 'index.html'))
  return readFileSync(source, 'utf8')
}

/** @returns {import('astro').AstroIntegration} */
export function searchIndex() {
  /** @type {import('pagefind').PagefindIndex | undefined} */
  let index
  /** @type {typeof import('pagefind') | undefined} */
  let pagefind
  /** @type {Promise<void>[]} */
  const pending = []
  /** @type {string[]} */
  const problems = []
  let pages = 0
  /** @type {{ from: string, pages: string[] } | undefined} */
  let reuse
  /** Every HTML page this build rendered, for the sitemap (SITE_PAGES_JSON): no need to read them back. */
  /** @type {{ url: string, noindex: boolean }[]} */
  const written = []
  return {
    name: 'hp-search-index',
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
        if (process.env.SITE_SEARCH_INDEX !== '1') return
        pagefind = await import('pagefind')
        const created = await pagefind.createIndex({})
        if (!created.index) throw new Error(`Zoekindex: pagefind start niet: ${created.errors.join('; ')}`)
        const idx = created.index
        index = idx
        Object.defineProperty(globalThis, SEARCH_INDEX_KEY, {
          configurable: true,
          value: {
            /** @param {string} url @param {string} html */
            add(url, html) {
              written.push({ url, noindex: NOINDEX.test(html) })
              if (!html.includes('data-pagefind-body')) return
              pages++
              pending.push(
                idx.addHTMLFile({ url, content: html }).then((r) => {
                  if (r.errors.length > 0) problems.push(`${url}: ${r.errors.join('; ')}`)
                }),
              )
            },
          },
        })
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (reuse) {
          const out = fileURLToPath(dir)
          const add = /** @type {{ add(url: string, html: string): void } | undefined} */ (
            /** @type {any} */ (globalThis)[SEARCH_INDEX_KEY]
          )
          const assets = new Set()
          for (const url of reuse.pages) {
            const html = linkPage(reuse.from, out, url)
            if (add) add.add(url, html)
            else written.push({ url, noindex: NOINDEX.test(html) })
            for (const m of html.matchAll(/\/_astro\/[^"'\s)?#,]+/g)) assets.add(m[0])
          }
          // Images of reused pages were not generated in this build: their files come from the live site too.
          for (const asset of assets) if (!existsSync(path.join(out, asset))) linkFile(path.join(reuse.from, asset), path.join(out, asset))
          logger.info(`Ongewijzigd: ${reuse.pages.length} pagina's overgenomen van de vorige build.`)
        }
        if (!index || !pagefind) return
        const t0 = performance.now()
        Reflect.deleteProperty(globalThis, SEARCH_INDEX_KEY)
        await Promise.all(pending)
        const tPending = performance.now() - t0
        if (problems.length > 0) throw new Error(`Zoekindex: pagefind kon deze pagina's niet lezen:\n${problems.join('\n')}`)
        const outputPath = fileURLToPath(new URL('pagefind/', dir))
        await rm(outputPath, { recursive: true, force: true })
        const files = await index.writeFiles({ outputPath })
        await pagefind.close()
        await pagefindExited()
        if (files.errors.length > 0) throw new Error(`Zoekindex: pagefind schreef de index niet: ${files.errors.join('; ')}`)
        // The time after the last page (the bench reads it: the part of indexing that did not overlap rendering).
        logger.info(
          `Zoekindex: ${pages} pagina's geïndexeerd (pagefind), ${Math.round(performance.now() - t0)} ms na de laatste pagina (${Math.round(tPending)} ms wachten op het indexeren, de rest schrijven).`,
        )
        if (process.env.SITE_PAGES_JSON) await writeFile(process.env.SITE_PAGES_JSON, JSON.stringify(written))
      },
    },
  }
}
