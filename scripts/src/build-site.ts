import { existsSync, rmdirSync, rmSync } from 'node:fs'
import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ContractError, type SiteContent } from '@hp/content-schemas'
import { ensureLocalEnv } from './lib/local-env.ts'
import { ROOT } from './lib/paths.ts'
import { readRenderedPages, runAstro, runningAstro, writeValidatedContent } from './site/astro-build.ts'
import { loadRawContent } from './site/content-source.ts'
import { type HeldDocument, heldBackReport, holdBackMedia, readLastGood, saveLastGood, validateHoldingBack } from './site/hold-back.ts'
import { codeDigest, pageKeys, readPageKeys, reusablePages, savePageKeys } from './site/incremental.ts'
import { collectMedia, fetchMediaFile } from './site/media.ts'
import { printReach } from './site/reach.ts'
import { redirectsFile } from './site/redirects.ts'
import { sitemapXml } from './site/sitemap.ts'
import { createSiteWorkspace, pruneStaleWorkspaces, type SiteWorkspace } from './site/workspace.ts'

const SITE = path.join(ROOT, 'site')
// Tests build into their own folder (SITE_DIST_DIR) so they never replace the developer's site/dist.
const DIST = process.env.SITE_DIST_DIR ? path.resolve(process.env.SITE_DIST_DIR) : path.join(SITE, 'dist')
// Each build writes its output into its own folder in here, then swaps it in (site/dist.next/ is git-ignored).
const STAGING = `${DIST}.next`
/** SITE_BUILD_INCREMENTAL=1 (or `--incremental` to this script): reuse the live build's unchanged pages (site/incremental.ts). */
const INCREMENTAL = process.argv.includes('--incremental') || process.env.SITE_BUILD_INCREMENTAL === '1'
const t0 = Date.now()
const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`

/** This build's private folders; removed when the build ends, however it ends. */
let work: SiteWorkspace | undefined
let next: string | undefined

async function main() {
  ensureLocalEnv()
  const file = process.env.CONTENT_FILE ? path.resolve(process.env.INIT_CWD ?? process.cwd(), process.env.CONTENT_FILE) : undefined
  const cmsUrl = process.env.CMS_URL ?? 'http://localhost:3000'
  console.log(`[1/5] Content from ${file ?? cmsUrl} …`)
  const raw = await loadRawContent({ file, cmsUrl, apiKey: process.env.SITE_BUILDER_API_KEY })
  // A document the build cannot use keeps its last live version (or stays out), so it cannot stop the rest: see hold-back.ts.
  // Read (and validated) only if a document has to be held back.
  let lastGoodRead: { content: SiteContent | undefined } | undefined
  const lastGood = () => {
    lastGoodRead ??= { content: readLastGood(DIST) }
    return lastGoodRead.content
  }
  const held = new Map<string, HeldDocument>()
  const valid = validateHoldingBack(raw, lastGood, held)
  let content = valid.content

  console.log('[2/5] Media …')
  // Builds that were killed leave their folders behind; running builds keep theirs.
  pruneStaleWorkspaces(tmpdir())
  pruneStaleWorkspaces(STAGING)
  work = await createSiteWorkspace()
  const folders = work
  let media = collectMedia(content)
  const failed = new Map<string, string>() // every file this build could not fetch, with why
  for (let attempt = 0; ; attempt++) {
    const known = failed.size
    for (const m of media) {
      const target = path.join(m.mimeType.startsWith('video/') ? folders.videos : folders.images, m.filename)
      if (existsSync(target) || failed.has(m.filename)) continue
      try {
        await fetchMediaFile(m, target, { apiKey: process.env.SITE_BUILDER_API_KEY, sourceDir: process.env.MEDIA_SOURCE_DIR })
      } catch (error) {
        failed.set(m.filename, error instanceof Error ? error.message : String(error))
      }
    }
    if (failed.size === known && media.every((m) => !failed.has(m.filename))) break
    if (attempt === 2) throw new Error([...failed.values()].join('\n'))
    content = holdBackMedia(valid.bundle, content, failed, lastGood, held)
    media = collectMedia(content)
  }
  console.log(`      ${media.length} files`)
  const contentSha256 = await writeValidatedContent(work.contentJson, content)

  console.log('[3/5] Astro build and search index (pagefind) …')
  const NEXT = path.join(STAGING, work.id)
  next = NEXT
  await mkdir(STAGING, { recursive: true })
  // `astro build` of the build's private copy (see workspace.ts): its images, its content, its .astro/
  // (where Astro also puts its server build when the output is outside the working directory, as with
  // SITE_DIST_DIR). It lists the pages it writes for the sitemap and hands each one to pagefind as it
  // is rendered; the index goes into the output's pagefind/ at the end (site/src/build/pages.mjs).
  const pagesJson = path.join(work.dir, 'pages.json')
  // Incremental: pages whose content and code are unchanged since the live build are linked in from
  // it instead of rendered again (site/incremental.ts); the search index and sitemap stay whole.
  const keys = pageKeys(content, codeDigest(work.siteRoot))
  const env: Record<string, string> = {}
  if (INCREMENTAL) {
    const reuse = reusablePages(readPageKeys(DIST), keys, DIST)
    console.log(`      incremental: ${reuse.length} unchanged pages taken from the live site`)
    if (reuse.length > 0) {
      env.SITE_REUSE_LIST = path.join(work.dir, 'reuse.json')
      await writeFile(env.SITE_REUSE_LIST, JSON.stringify({ from: DIST, pages: reuse }))
    }
  }
  await runAstro({ siteRoot: work.siteRoot, contentJson: work.contentJson, contentSha256, outDir: NEXT, pagesJson, env })

  console.log('[4/5] Sitemap, redirects …')
  // A build that writes nothing can still exit 0 (seen with a blocked migration): check before going live.
  const site = process.env.SITE_URL ?? 'http://localhost:4321'
  const { xml, urls } = sitemapXml(NEXT, site, await readRenderedPages(pagesJson))
  const expected = content.checklists.length + content.tips.length + content.stepPlans.length
  if (!existsSync(path.join(NEXT, 'index.html')) || urls.length < expected) {
    throw new Error(`The Astro build wrote ${urls.length} pages, fewer than the ${expected} expected; the live site was left as it was.`)
  }
  if (!existsSync(path.join(NEXT, 'pagefind', 'pagefind-entry.json'))) {
    throw new Error('The Astro build wrote no search index (pagefind/); the live site was left as it was.')
  }
  await writeFile(path.join(NEXT, 'sitemap.xml'), xml)
  // Netlify reads _redirects from the publish folder; the local server honours it too.
  const redirects = redirectsFile(content)
  await writeFile(path.join(NEXT, '_redirects'), redirects.text)
  // Pages no chain of links from the start pages reaches: the receiver passes them on to the admin's Inhoudscontrole.
  printReach(NEXT, urls, content, site)
  await work.saveAssetCache()

  console.log('[5/5] Going live …')
  await swapIn(NEXT)
  next = undefined
  await saveLastGood(DIST, content)
  await savePageKeys(DIST, keys)
  // On stderr, in the build's problem format: the build receiver reports these documents to the admin.
  if (held.size > 0) console.error(heldBackReport(held))
  console.log(`Site built in ${secs()}: ${urls.length} pages in the sitemap, ${redirects.count} redirects → ${path.relative(ROOT, DIST)}`)
}

/**
 * Puts the finished build in place of the live folder: two renames. Another build may swap in at
 * the same moment; then the last one wins and both end with a complete site in DIST.
 */
async function swapIn(from: string) {
  const olds: string[] = []
  try {
    for (let attempt = 0; ; attempt++) {
      const old = `${from}-old-${attempt}`
      let moved = false
      try {
        if (existsSync(DIST)) {
          await rename(DIST, old)
          olds.push(old)
          moved = true
        }
        await rename(from, DIST)
        return
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (attempt < 5 && ['ENOENT', 'ENOTEMPTY', 'EEXIST'].includes(code ?? '')) continue
        // Never leave the live folder missing: put the previous site back.
        if (moved && !existsSync(DIST)) {
          await rename(old, DIST)
          olds.pop()
        }
        throw error
      }
    }
  } finally {
    for (const old of olds) await rm(old, { recursive: true, force: true })
  }
}

/** Removes this build's private folders (its workspace, an unfinished output); idempotent. */
async function cleanUp() {
  await work?.remove()
  if (next) await rm(next, { recursive: true, force: true })
  await rmdir(STAGING).catch(() => undefined) // only when no other build uses it
}

// Stopped (Ctrl+C, or the build hook stopping a build): clean up before going.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    // Astro first: left running, it would write into the folder removed next.
    runningAstro?.kill('SIGKILL')
    work?.removeSync()
    if (next) rmSync(next, { recursive: true, force: true })
    try {
      rmdirSync(STAGING) // only when no other build uses it
    } catch {}
    console.error(`Site build stopped (${signal}); the site in ${path.relative(ROOT, DIST) || DIST} was left as it was.`)
    process.exit(1)
  })
}

main()
  .then(() => cleanUp().catch((error) => console.warn(`Could not remove the build's working folder: ${error}`)))
  .catch(async (error) => {
    await cleanUp().catch(() => undefined)
    if (error instanceof ContractError) console.error(error.message)
    else console.error(`Site build failed: ${error instanceof Error ? error.message : String(error)}`)
    console.error(`The site in ${path.relative(ROOT, DIST) || DIST} was left as it was. Fix the problem above and build again.`)
    process.exit(1)
  })
