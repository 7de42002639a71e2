import { spawnSync } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createSiteWorkspace, isRunning, pruneStaleWorkspaces, WORKSPACE_PREFIX } from './workspace.ts'

const parent = mkdtempSync(path.join(tmpdir(), 'hp-workspace-test-'))
afterAll(() => rmSync(parent, { recursive: true, force: true }))

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' })
  return Number(child.stdout.trim())
}

describe("a site build's private working folder", () => {
  it('holds a copy of the site project, its own media folders and content file; remove() deletes it all', async () => {
    const work = await createSiteWorkspace(parent)
    expect(path.basename(work.dir)).toMatch(new RegExp(`^${WORKSPACE_PREFIX}${process.pid}-`))
    for (const f of ['src/loaders/media.ts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      expect(existsSync(path.join(work.siteRoot, f)), f).toBe(true)
    }
    expect(existsSync(work.images)).toBe(true)
    expect(existsSync(work.videos)).toBe(true)
    expect(path.dirname(work.contentJson)).toBe(work.dir)
    // site/tsconfig.json extends ../tsconfig.base.json; Astro and friends resolve from the repo's node_modules.
    expect(existsSync(path.join(work.dir, 'tsconfig.base.json'))).toBe(true)
    expect(lstatSync(path.join(work.dir, 'node_modules')).isSymbolicLink()).toBe(true)
    await work.remove()
    expect(existsSync(work.dir)).toBe(false)
  })

  it('prunes folders of builds that are gone and keeps those of running builds', () => {
    const dead = deadPid()
    expect(isRunning(dead)).toBe(false)
    expect(isRunning(process.pid)).toBe(true)
    const stale = `${WORKSPACE_PREFIX}${dead}-abc123`
    const running = `${WORKSPACE_PREFIX}${process.ppid}-def456`
    const other = 'iets-anders'
    for (const name of [stale, running, other]) mkdirSync(path.join(parent, name, 'site'), { recursive: true })
    expect(pruneStaleWorkspaces(parent)).toEqual([stale])
    expect(existsSync(path.join(parent, stale))).toBe(false)
    expect(existsSync(path.join(parent, running))).toBe(true)
    expect(existsSync(path.join(parent, other))).toBe(true)
    expect(pruneStaleWorkspaces(path.join(parent, 'bestaat-niet'))).toEqual([])
  })
})
