import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildOurs, prepareSiteCopy, prepareSize } from '../bench/site-build.ts'
import { ROOT } from '../lib/paths.ts'
import { PAGEFIND_CLI } from './astro-build.ts'

/*
 * The search index is made inside the Astro step: each rendered page's search part goes to
 * pagefind's Node API while Astro renders on (site/src/build/search-index.mjs). It must be the index
 * pagefind's CLI makes of the written pages, as the build made it before: here both are made of one
 * real build of generated content and compared. Fragment files are named by a hash of everything
 * pagefind keeps of a page (address, text, title and other meta, filters, anchors), so the same
 * set of fragment names means the same pages with the same indexed content. (The word index chunks
 * differ in name only because the CLI numbers the pages in the order it finds the files.)
 */
const dir = mkdtempSync(path.join(tmpdir(), 'hp-search-index-'))
const out = path.join(dir, 'site')
const cliOut = path.join(dir, 'pagefind-cli')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

beforeAll(async () => {
  const siteRoot = await prepareSiteCopy(dir)
  const size = prepareSize(80, dir)
  await buildOurs(siteRoot, size, out)
  execFileSync(process.execPath, [PAGEFIND_CLI, '--site', out, '--output-path', cliOut, '--silent'], { cwd: ROOT })
}, 600_000)

const files = (folder: string) => readdirSync(folder).sort()
const entry = (folder: string) => JSON.parse(readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8'))

describe('search index made while Astro renders', () => {
  it("has exactly the pages and fragments of pagefind's CLI run over the built site", () => {
    const ours = path.join(out, 'pagefind')
    const searchable = readdirSync(out, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
      .filter((f) => readFileSync(path.join(out, f), 'utf8').includes('data-pagefind-body')).length
    expect(searchable).toBeGreaterThan(60)
    expect(entry(ours).languages.nl.page_count).toBe(searchable)
    expect(Object.keys(entry(ours).languages)).toEqual(Object.keys(entry(cliOut).languages))
    expect(entry(cliOut).languages.nl.page_count).toBe(searchable)
    expect(files(path.join(ours, 'fragment'))).toEqual(files(path.join(cliOut, 'fragment')))
    expect(files(path.join(ours, 'fragment'))).toHaveLength(searchable)
    // The same filters (platform, type, offence, sector), the same number of word index chunks.
    expect(files(path.join(ours, 'filter'))).toHaveLength(files(path.join(cliOut, 'filter')).length)
    expect(files(path.join(ours, 'index')).length).toBe(files(path.join(cliOut, 'index')).length)
    expect(files(ours).filter((f) => !f.endsWith('.pf_meta'))).toEqual(files(cliOut).filter((f) => !f.endsWith('.pf_meta')))
  })
})
