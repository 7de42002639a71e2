import { type ChildProcess, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { SiteContent } from '@hp/content-schemas'
import { ROOT } from '../lib/paths.ts'
import type { RenderedPage } from './sitemap.ts'

/** Astro's own CLI, started with this Node (no npm in between: one process and ~0.5 s less per build). */
export const ASTRO_CLI = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs')

/**
 * Writes the validated bundle where the Astro step reads it, and returns the SHA-256 of those bytes:
 * passed as SITE_CONTENT_SHA256, it tells the site's loader (site/src/loaders/content.ts) that this
 * exact file was validated already, so Astro does not parse and check 5,000 documents a second time.
 */
export async function writeValidatedContent(file: string, content: SiteContent): Promise<string> {
  const bytes = Buffer.from(JSON.stringify(content))
  await writeFile(file, bytes)
  return createHash('sha256').update(bytes).digest('hex')
}

export interface AstroStep {
  /** The private copy of site/ (workspace.ts) to build. */
  siteRoot: string
  contentJson: string
  /** From writeValidatedContent; without it the loader validates the bundle itself. */
  contentSha256?: string
  outDir: string
  /** Where the Astro step lists the pages it wrote (site/src/build/pages.mjs), for the sitemap. */
  pagesJson?: string
  /** Where the Astro step writes how long the search index took after the last page (the bench reads it). */
  searchStats?: string
  env?: Record<string, string>
}

/** The environment of one Astro build step: production, no telemetry, the content and the output named. */
export function astroEnv(step: AstroStep): Record<string, string> {
  return {
    SITE_OUT_DIR: step.outDir,
    SITE_CONTENT_JSON: step.contentJson,
    ...(step.contentSha256 ? { SITE_CONTENT_SHA256: step.contentSha256 } : {}),
    ...(step.pagesJson ? { SITE_PAGES_JSON: step.pagesJson } : {}),
    // The pagefind index is made while Astro renders (site/src/build/search-index.mjs), into <outDir>/pagefind.
    SITE_SEARCH_INDEX: '1',
    ...(step.searchStats ? { SITE_SEARCH_STATS: step.searchStats } : {}),
    ASTRO_TELEMETRY_DISABLED: '1',
    // Always the production build, whatever NODE_ENV the caller has (vitest sets "test").
    NODE_ENV: 'production',
    ...step.env,
  }
}

/**
 * Starts `astro build` of the copy, run in the project it builds: with an output folder outside the
 * project Astro writes its server build into `<cwd>/.astro/.prerender`.
 */
export function spawnAstro(step: AstroStep, stdio: 'inherit' | 'pipe'): ChildProcess {
  return spawn(process.execPath, [ASTRO_CLI, 'build', '--root', step.siteRoot], {
    cwd: step.siteRoot,
    stdio: ['ignore', stdio, stdio],
    env: { ...process.env, ...astroEnv(step) },
  })
}

/** The Astro step this process runs now, if any (a stopped build kills it before removing its folders). */
export let runningAstro: ChildProcess | undefined

/** Runs the Astro step to completion with its output shown; rejects on a non-zero exit. */
export function runAstro(step: AstroStep): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnAstro(step, 'inherit')
    runningAstro = child
    child.on('exit', () => {
      if (runningAstro === child) runningAstro = undefined
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`\`astro build\` failed (exit ${code}); see its output above.`))))
  })
}

/**
 * pagefind's CLI (its npm wrapper). The build makes its index inside the Astro step instead; the CLI
 * is the reference the tests compare that index with (scripts/src/site/search-index.test.ts).
 */
export const PAGEFIND_CLI = path.join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs')

/** The pages the Astro step listed, or undefined when it wrote no list. */
export async function readRenderedPages(file: string | undefined): Promise<RenderedPage[] | undefined> {
  if (!file) return undefined
  try {
    return JSON.parse(await readFile(file, 'utf8')) as RenderedPage[]
  } catch {
    return undefined
  }
}
