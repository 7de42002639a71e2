import { existsSync, readdirSync, rmSync } from 'node:fs'
import { copyFile, cp, mkdir, mkdtemp, readdir, rename, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT } from '../lib/paths.ts'

/** Name prefix of every build's private folders: `hp-site-build-<pid>-<random>`. */
export const WORKSPACE_PREFIX = 'hp-site-build-'

const SITE = path.join(ROOT, 'site')
/** What `astro build` needs of the site project; never public/media (old builds wrote videos there). */
const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']
/** Astro's image cache of site/ (its default cacheDir): transforms keyed by content hash, shared by all builds. */
const SHARED_ASSET_CACHE = path.join(SITE, 'node_modules', '.astro', 'assets')

/**
 * One site build's private working folder, so two builds at once (a publish-live test next to the
 * e2e setup, two build hooks on one machine) never read each other's content or media:
 *
 *     <tmp>/hp-site-build-<pid>-<random>/
 *       content.json          the validated bundle (SITE_CONTENT_JSON)
 *       node_modules → <repo>/node_modules, tsconfig.base.json
 *       site/                 a copy of the site project: `astro build --root <siteRoot>`
 *         .media/             downloaded images: site/src/loaders/media.ts imports them by a glob,
 *                             which is static and relative to the source, hence the copy of src/
 *         public/media/       self-hosted videos, copied into the output by Astro
 *         node_modules/.astro Astro's cache: a snapshot of site/'s, new entries saved back atomically
 *
 * The copy also keeps Astro's own `.astro/` folder per build. `remove()` deletes it all.
 */
export interface SiteWorkspace {
  dir: string
  /** The folder name, unique per build; also names the build's output folder next to the live one. */
  id: string
  siteRoot: string
  images: string
  videos: string
  contentJson: string
  /** Adds the images this build transformed to the shared cache (each file written aside, then renamed). */
  saveAssetCache(): Promise<void>
  remove(): Promise<void>
  removeSync(): void
}

const cacheOf = (siteRoot: string) => path.join(siteRoot, 'node_modules', '.astro', 'assets')

export async function createSiteWorkspace(parent = tmpdir()): Promise<SiteWorkspace> {
  const dir = await mkdtemp(path.join(parent, `${WORKSPACE_PREFIX}${process.pid}-`))
  const siteRoot = path.join(dir, 'site')
  const work: SiteWorkspace = {
    dir,
    id: path.basename(dir),
    siteRoot,
    images: path.join(siteRoot, '.media'),
    videos: path.join(siteRoot, 'public', 'media'),
    contentJson: path.join(dir, 'content.json'),
    async saveAssetCache() {
      const mine = cacheOf(siteRoot)
      if (!existsSync(mine)) return
      await mkdir(SHARED_ASSET_CACHE, { recursive: true })
      const known = new Set(await readdir(SHARED_ASSET_CACHE))
      for (const name of await readdir(mine)) {
        if (known.has(name) || name.startsWith('.')) continue
        const aside = path.join(SHARED_ASSET_CACHE, `.${name}.${work.id}`)
        await copyFile(path.join(mine, name), aside)
        await rename(aside, path.join(SHARED_ASSET_CACHE, name))
      }
    },
    remove: () => rm(dir, { recursive: true, force: true }),
    removeSync: () => rmSync(dir, { recursive: true, force: true }),
  }
  try {
    const legacyMedia = path.join(SITE, 'public', 'media')
    for (const f of SITE_FILES) {
      await cp(path.join(SITE, f), path.join(siteRoot, f), {
        recursive: true,
        filter: (src) => src !== legacyMedia && !src.startsWith(legacyMedia + path.sep),
      })
    }
    await mkdir(work.images, { recursive: true })
    await mkdir(work.videos, { recursive: true })
    await copyFile(path.join(ROOT, 'tsconfig.base.json'), path.join(dir, 'tsconfig.base.json'))
    await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
    // Astro writes a cache entry in place (not atomically): each build works on its own snapshot.
    if (existsSync(SHARED_ASSET_CACHE)) {
      await cp(SHARED_ASSET_CACHE, cacheOf(siteRoot), { recursive: true, filter: (src) => !path.basename(src).startsWith('.') })
    }
  } catch (error) {
    await work.remove()
    throw error
  }
  return work
}

/** True while a process with this id runs (EPERM: it runs, as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes what builds that were killed (SIGKILL, power loss) left in `parent`: folders named
 * `hp-site-build-<pid>-…` whose process is gone. Folders of running builds are left alone.
 */
export function pruneStaleWorkspaces(parent: string): string[] {
  if (!existsSync(parent)) return []
  const removed: string[] = []
  for (const name of readdirSync(parent)) {
    const pid = new RegExp(`^${WORKSPACE_PREFIX}(\\d+)-`).exec(name)?.[1]
    if (!pid || Number(pid) === process.pid || isRunning(Number(pid))) continue
    rmSync(path.join(parent, name), { recursive: true, force: true })
    removed.push(name)
  }
  return removed
}
