// @ts-check
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

/**
 * The pagefind search index of a site build, made while Astro renders (SITE_SEARCH_INDEX=1, set by
 * scripts/src/site/astro-build.ts): pagefind's Node API starts its indexing service (the same
 * binary as its CLI, a child process), each page is handed to it as soon as Astro has rendered it,
 * and only the index itself is built and written after the last page (`finish`).
 *
 * The service parses pages on the second core while Astro renders on the first, instead of reading
 * every page back from disk after the build (issue 17). Each page goes over as only what pagefind
 * reads of it (`searchPart`): the `<main>` element, which holds the `data-pagefind-body` part with
 * its filters and meta, plus the `<html lang>` and `<title>`; the rest of the page (head with CSP
 * and JSON-LD, header, footer: all outside the body or `data-pagefind-ignore`) is never indexed
 * when a page has a `data-pagefind-body`. Pages without one are not sent: pagefind leaves them out
 * of the index anyway. The index is the one pagefind's CLI makes of the written pages (the same
 * fragments; pages numbered in render order); scripts/src/site/search-index.test.ts checks that.
 *
 * Incremental builds (SITE_REUSE_LIST, pages.mjs): the reused pages are sent first, from the live
 * site, so pagefind parses them while Astro renders the changed ones; and their fragment files (the
 * stored text of each page, gzip-compressed: most of what pagefind writes) are taken over from the
 * live index (`reuseFragments`), which pagefind then does not compress and write again.
 */

const BODY = 'data-pagefind-body'
/** pagefind attributes that count outside the body part too (metadata, filters, sort keys). */
const OUTSIDE = /data-pagefind-(?:body|meta|filter|sort|default-meta)/

/**
 * What pagefind reads of a rendered page, or undefined for a page it would not index (no
 * `data-pagefind-body`). A page whose pagefind attributes are not all inside `<main>` goes whole.
 * @param {string} html
 * @returns {string | undefined}
 */
export function searchPart(html) {
  const body = html.indexOf(BODY)
  if (body < 0) return undefined
  const start = html.lastIndexOf('<main', body)
  const end = html.indexOf('</main>', body)
  if (start < 0 || end < 0) return html
  const close = end + '</main>'.length
  if (OUTSIDE.test(html.slice(0, start)) || OUTSIDE.test(html.slice(close))) return html
  const lang = /<html[^>]*\slang="([^"]*)"/.exec(html.slice(0, start))?.[1]
  const title = /<title>[^<]*<\/title>/.exec(html.slice(0, start))?.[0] ?? ''
  return `<!DOCTYPE html><html${lang === undefined ? '' : ` lang="${lang}"`}><head>${title}</head><body>${html.slice(start, close)}</body></html>`
}

/**
 * Process ids of this process's children whose name starts with `name` (Linux: /proc), or [] elsewhere.
 * @param {string} name
 * @returns {number[]}
 */
function childPids(name) {
  if (!existsSync('/proc/self/stat')) return []
  const pids = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (ppid === process.pid && comm.startsWith(name)) pids.push(Number(entry))
    } catch {
      // Ended while we looked.
    }
  }
  return pids
}

/** What pagefind writes before the content of each compressed file. */
const PREFIX = 'pagefind_dcd'

/** A pagefind file's content: gunzipped, without its prefix. @param {string} file */
const readPagefindFile = (file) => gunzipSync(readFileSync(file)).subarray(PREFIX.length)

/**
 * Every file name (hash) an index's metadata refers to: its pages' fragments, word index chunks and
 * filters. The metadata is CBOR; the names are its short text strings `<language>_<hex>`.
 * @param {Buffer} meta
 * @param {string} language the index's language, as pagefind-entry.json names it
 * @returns {Set<string>}
 */
export function referencedNames(meta, language) {
  const names = new Set()
  const name = new RegExp(`^${language.replace(/[^a-z0-9-]/gi, '')}_[0-9a-f]{7,}$`)
  for (let i = 0; i < meta.length; i++) {
    const head = meta[i] ?? 0
    // A CBOR text string: major type 3, its length in the head (< 24) or in the next byte (0x78).
    const long = head === 0x78
    if (!long && (head < 0x61 || head > 0x77)) continue
    const start = long ? i + 2 : i + 1
    const length = long ? (meta[i + 1] ?? 0) : head - 0x60
    const text = meta.subarray(start, start + length).toString('latin1')
    if (name.test(text)) names.add(text)
  }
  return names
}

/** @param {string} from @param {string} to */
function linkOrCopy(from, to) {
  try {
    linkSync(from, to)
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EXDEV') throw error
    copyFileSync(from, to)
  }
}

/**
 * The fragment files of the live index that belong to pages reused unchanged (their names, by the
 * address stored in each). pagefind names a fragment by the first characters of a hash of its
 * content, so an unchanged page gets the same name again, and pagefind does not rewrite a fragment
 * file that exists already.
 * @param {string} from the live site
 * @param {Set<string>} pages the reused pages' addresses
 * @returns {Map<string, string>} file name → path in the live site
 */
function reusableFragments(from, pages) {
  const folder = path.join(from, 'pagefind', 'fragment')
  const found = new Map()
  if (!existsSync(folder)) return found
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name)
    const url = /^\{"url":"((?:[^"\\]|\\.)*)"/.exec(readPagefindFile(file).toString('utf8'))?.[1]
    if (url !== undefined && pages.has(JSON.parse(`"${url}"`))) found.set(name, file)
  }
  return found
}

/**
 * Starts pagefind's indexing service. `add` hands over one rendered page (not awaited: the service
 * works through them in order while Astro renders on); `finish` waits for the last page, builds
 * the index and writes it into `<outDir>/pagefind/`, then stops the service.
 * @param {{ from: string, pages: string[] }} [reuse] an incremental build's reused pages and the live site
 * @returns {Promise<{ add(url: string, html: string): void, finish(outDir: string): Promise<{ pages: number, tailMs: number, reusedFragments: number }> }>}
 */
export async function startSearchIndex(reuse) {
  const pagefind = await import('pagefind')
  const created = await pagefind.createIndex({})
  const index = created.index
  if (!index) throw new Error(`pagefind kon niet starten: ${created.errors.join('; ')}`)
  // The service is a child process of this one. Astro exits right after the build: the service must
  // have ended and been waited for by then, so that its CPU time counts as the build's (the bench
  // and the build budget measure the build's whole process tree; scripts/src/bench/lib.ts).
  const service = childPids('pagefind')
  /** @type {Promise<import('pagefind').NewFileResponse>[]} */
  const pending = []
  const oldFragments = reuse ? reusableFragments(reuse.from, new Set(reuse.pages)) : new Map()
  return {
    add(url, html) {
      const content = searchPart(html)
      if (content !== undefined) pending.push(index.addHTMLFile({ url, content }))
    },
    async finish(outDir) {
      const added = await Promise.all(pending)
      const t0 = performance.now()
      const problems = added.flatMap((r) => r.errors)
      if (problems.length > 0)
        throw new Error(`pagefind kon ${problems.length} pagina's niet indexeren: ${problems.slice(0, 5).join('; ')}`)
      const bundle = path.join(outDir, 'pagefind')
      // Fragments of reused pages: linked from the live index, so pagefind skips them.
      const linked = new Set()
      if (oldFragments.size > 0) {
        mkdirSync(path.join(bundle, 'fragment'), { recursive: true })
        for (const [name, file] of oldFragments) {
          linkOrCopy(file, path.join(bundle, 'fragment', name))
          linked.add(name.replace(/\.pf_fragment$/, ''))
        }
      }
      for (let attempt = 0; ; attempt++) {
        const written = await index.writeFiles({ outputPath: bundle })
        if (written.errors.length > 0) throw new Error(`pagefind kon de zoekindex niet schrijven: ${written.errors.join('; ')}`)
        if (linked.size === 0) break
        // Names are hash prefixes: when a changed page's hash starts like a linked fragment's name,
        // pagefind gives one of the two a longer name, and the page that got the short one would show
        // the linked file's text. Such a linked file is removed and the index written again.
        const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8'))
        const used = new Set()
        for (const [language, { hash }] of Object.entries(entry.languages)) {
          for (const name of referencedNames(readPagefindFile(path.join(bundle, `pagefind.${hash}.pf_meta`)), language)) used.add(name)
        }
        // pagefind's names are `<language>_` and 7 hex characters, longer only after such a clash.
        const clashes = new Set()
        for (const name of used) {
          for (let end = name.indexOf('_') + 8; end < name.length; end++)
            if (linked.has(name.slice(0, end))) clashes.add(name.slice(0, end))
        }
        // Linked fragments the new index does not use (a page whose search part changed after all) go.
        for (const name of linked) {
          if (used.has(name) && !clashes.has(name)) continue
          unlinkSync(path.join(bundle, 'fragment', `${name}.pf_fragment`))
          linked.delete(name)
        }
        if (clashes.size === 0) break
        if (attempt === 2) throw new Error(`pagefind: fragmentnamen botsen na ${attempt + 1} pogingen: ${[...clashes].join(', ')}`)
      }
      const tailMs = performance.now() - t0
      await pagefind.close()
      // close() kills the service; wait until Node has reaped it (its /proc entry is gone).
      const until = Date.now() + 5000
      while (service.some((pid) => existsSync(`/proc/${pid}`)) && Date.now() < until) await new Promise((r) => setTimeout(r, 5))
      return { pages: added.length, tailMs, reusedFragments: linked.size }
    },
  }
}
