import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './lib/paths.ts'

// The README's "Structure" tree is checked against the real tree, so it cannot drift: every path it
// names exists, and every folder directly under a workspace's src/ is named.

const WORKSPACES = ['content-schemas', 'cms', 'site', 'scripts']

function structureBlock(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const start = readme.indexOf('## Structure')
  const open = readme.indexOf('```', start)
  const close = readme.indexOf('```', open + 3)
  expect(start, 'README has a "## Structure" section').toBeGreaterThan(-1)
  return readme.slice(readme.indexOf('\n', open) + 1, close).split('\n')
}

/** Each path the tree names, resolved: top-level lines from the root, indented ones from the last top-level folder. */
export function namedPaths(lines: string[]): { path: string; line: string }[] {
  const out: { path: string; line: string }[] = []
  let parent = ''
  for (const line of lines) {
    const indented = /^\s/.test(line)
    const head = line.trim().split(/\s{2,}/)[0] ?? ''
    // A placeholder (`src/collections/<Name>/`) names the folder before it.
    const tokens = head
      .split(/,\s*/)
      .map((t) => (t.includes('<') ? t.slice(0, t.indexOf('<')) : t))
      .filter((t) => /^[\w.@-][\w./@-]*$/.test(t) && (t.includes('/') || t.includes('.')))
    if (tokens.length === 0) continue
    const [first, ...rest] = tokens as [string, ...string[]]
    if (!indented) {
      if (first.endsWith('/')) parent = first
      out.push({ path: first, line })
      continue
    }
    const base = path.posix.join(parent, first)
    out.push({ path: base, line })
    // `src/payload.config.ts, env.ts, db.ts`: the others are in the first one's folder.
    for (const sibling of rest) out.push({ path: path.posix.join(path.posix.dirname(base), sibling), line })
  }
  return out
}

describe('README structure tree', () => {
  const named = namedPaths(structureBlock())

  it('names only paths that exist', () => {
    expect(named.length).toBeGreaterThan(30)
    const missing = named.filter((n) => !existsSync(path.join(ROOT, n.path))).map((n) => `${n.path}   (README: "${n.line.trim()}")`)
    expect(missing).toEqual([])
  })

  it("names every folder directly under each workspace's src/", () => {
    const listed = new Set(named.map((n) => n.path.replace(/\/$/, '')))
    const unlisted = WORKSPACES.flatMap((ws) =>
      readdirSync(path.join(ROOT, ws, 'src'), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => `${ws}/src/${e.name}`)
        .filter((dir) => ![...listed].some((p) => p === dir || p.startsWith(`${dir}/`))),
    )
    expect(unlisted).toEqual([])
  })

  it('reads top-level folders, indented children and siblings after a comma', () => {
    expect(namedPaths(['cms/    the CMS', '  src/a.ts, b.ts   two files', '  src/lib/   a folder'])).toEqual([
      { path: 'cms/', line: 'cms/    the CMS' },
      { path: 'cms/src/a.ts', line: '  src/a.ts, b.ts   two files' },
      { path: 'cms/src/b.ts', line: '  src/a.ts, b.ts   two files' },
      { path: 'cms/src/lib/', line: '  src/lib/   a folder' },
    ])
  })
})
