import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { type SiteContent, validateSiteContent } from '@hp/content-schemas'
import { ROOT } from '../lib/paths.ts'
import { fetchMedia } from '../site/media.ts'
import { createSiteWorkspace } from '../site/workspace.ts'

const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs')

export interface PreviewBuildOptions {
  /** The CMS's media folder on this machine: files are copied from it instead of downloaded. */
  mediaSourceDir?: string
  /** The site-builder API key, to download media the folder does not have. */
  apiKey?: string
  /** Public origin of the site (canonical URLs), as the real build has it. */
  siteUrl?: string
}

/**
 * Builds the whole site from a preview bundle into `outDir`, with the real build's steps and code:
 * the contract check, the media, `astro build` of a private copy of site/ (workspace.ts). Unlike the
 * real build it writes no search index, sitemap or redirects, and never touches site/dist.
 */
export async function buildPreviewSite(raw: unknown, outDir: string, options: PreviewBuildOptions = {}): Promise<SiteContent> {
  // The same check as build-site.ts runs before Astro (and the CMS ran before it answered).
  const content = validateSiteContent(raw)
  const work = await createSiteWorkspace()
  try {
    await fetchMedia(content, work, { sourceDir: options.mediaSourceDir, apiKey: options.apiKey })
    await writeFile(work.contentJson, JSON.stringify(content))
    // The site's `build` script (`astro build`), started without npm in between: one process less per preview.
    await runQuiet(
      process.execPath,
      [ASTRO, 'build', '--root', work.siteRoot],
      {
        SITE_OUT_DIR: outDir,
        SITE_CONTENT_JSON: work.contentJson,
        ASTRO_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
        ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
      },
      work.siteRoot,
    )
    await work.saveAssetCache()
    return content
  } finally {
    await work.remove()
  }
}

/** Runs a command with its output kept; a failure rejects with the last lines of it. */
function runQuiet(cmd: string, args: string[], env: Record<string, string>, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
    let out = ''
    const keep = (d: Buffer) => {
      out = (out + String(d)).slice(-8000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`De voorbeeldpagina kon niet worden gebouwd (astro build, exit ${code}):\n${out.trim()}`)),
    )
  })
}
