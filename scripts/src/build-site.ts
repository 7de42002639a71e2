import { existsSync } from 'node:fs'
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ContractError, redirectLine, slugRedirects, treeFormRedirects } from '@hp/content-schemas'
import { ensureLocalEnv } from './lib/local-env.ts'
import { ROOT } from './lib/paths.ts'
import { npmRun } from './lib/run.ts'
import { loadContent } from './site/content-source.ts'
import { collectMedia } from './site/media.ts'
import { sitemapXml } from './site/sitemap.ts'

const SITE = path.join(ROOT, 'site')
// Tests build into their own folder (SITE_DIST_DIR) so they never replace the developer's site/dist.
const DIST = process.env.SITE_DIST_DIR ? path.resolve(process.env.SITE_DIST_DIR) : path.join(SITE, 'dist')
const NEXT = `${DIST}.next`
const t0 = Date.now()
const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`

async function main() {
  ensureLocalEnv()
  const file = process.env.CONTENT_FILE ? path.resolve(process.env.INIT_CWD ?? process.cwd(), process.env.CONTENT_FILE) : undefined
  const cmsUrl = process.env.CMS_URL ?? 'http://localhost:3000'
  console.log(`[1/5] Content from ${file ?? cmsUrl} …`)
  const content = await loadContent({ file, cmsUrl, apiKey: process.env.SITE_BUILDER_API_KEY })

  console.log('[2/5] Media …')
  const images = path.join(SITE, '.media')
  const videos = path.join(SITE, 'public', 'media')
  await rm(images, { recursive: true, force: true })
  await rm(videos, { recursive: true, force: true })
  await mkdir(images, { recursive: true })
  await mkdir(videos, { recursive: true })
  const media = collectMedia(content)
  for (const m of media) {
    const target = path.join(m.mimeType.startsWith('video/') ? videos : images, m.filename)
    const local = process.env.MEDIA_SOURCE_DIR ? path.join(process.env.MEDIA_SOURCE_DIR, m.filename) : undefined
    if (local && existsSync(local)) await copyFile(local, target)
    else {
      const res = await fetch(m.url, { headers: { Authorization: `users API-Key ${process.env.SITE_BUILDER_API_KEY ?? ''}` } })
      if (!res.ok) throw new Error(`Media file ${m.filename} (${m.url}) answered ${res.status}; set MEDIA_SOURCE_DIR for offline builds.`)
      await writeFile(target, Buffer.from(await res.arrayBuffer()))
    }
  }
  console.log(`      ${media.length} files`)

  const contentJson = path.join(SITE, '.content', 'content.json')
  await mkdir(path.dirname(contentJson), { recursive: true })
  await writeFile(contentJson, JSON.stringify(content))

  console.log('[3/5] Astro build …')
  await rm(NEXT, { recursive: true, force: true })
  // Always the production build of React and friends, whatever NODE_ENV the caller has (vitest sets "test").
  await npmRun(['run', 'build', '--workspace', 'site'], {
    SITE_OUT_DIR: NEXT,
    SITE_CONTENT_JSON: contentJson,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  })
  // A build that writes nothing can still exit 0 (STACK-NOTES 6): check before going live.
  const site = process.env.SITE_URL ?? 'http://localhost:4321'
  const { xml, urls } = sitemapXml(NEXT, site)
  const expected = content.checklists.length + content.tips.length + content.stepPlans.length
  if (!existsSync(path.join(NEXT, 'index.html')) || urls.length < expected) {
    throw new Error(`The Astro build wrote ${urls.length} pages, fewer than the ${expected} expected; the live site was left as it was.`)
  }
  await writeFile(path.join(NEXT, 'sitemap.xml'), xml)
  // Netlify reads _redirects from the publish folder; the local server honours it too.
  // Changed slugs first, then the referral tool's form rules (its question forms work without JavaScript).
  const redirects = [...slugRedirects(content).map((r) => `${r.from} ${r.to} 301`), ...treeFormRedirects(content).map(redirectLine)]
  await writeFile(path.join(NEXT, '_redirects'), redirects.join('\n') + (redirects.length ? '\n' : ''))

  console.log('[4/5] Search index (pagefind) …')
  await npmRun(['exec', '--workspace', 'site', '--', 'pagefind', '--site', NEXT, '--silent'])

  console.log('[5/5] Going live …')
  const old = `${DIST}-old`
  await rm(old, { recursive: true, force: true })
  if (existsSync(DIST)) await rename(DIST, old)
  await rename(NEXT, DIST)
  await rm(old, { recursive: true, force: true })
  console.log(`Site built in ${secs()}: ${urls.length} pages in the sitemap, ${redirects.length} redirects → ${path.relative(ROOT, DIST)}`)
}

main().catch((error) => {
  if (error instanceof ContractError) console.error(error.message)
  else console.error(`Site build failed: ${error instanceof Error ? error.message : String(error)}`)
  console.error('The site in site/dist was left as it was. Fix the problem above and build again.')
  process.exit(1)
})
