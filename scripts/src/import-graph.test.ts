import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './lib/paths.ts'

// The layering rule of docs/architecture.md, checked on every source file: data flows one way
// (content-schemas ← cms, site ← scripts), the site never sees CMS code, the contract does no I/O.

const WORKSPACES = ['content-schemas', 'cms', 'site', 'scripts'] as const
type Workspace = (typeof WORKSPACES)[number]

/** Which other workspaces each one's production code may import. */
const ALLOWED: Record<Workspace, Workspace[]> = {
  'content-schemas': [],
  cms: ['content-schemas'],
  site: ['content-schemas'],
  scripts: ['content-schemas', 'cms', 'site'],
}

const SOURCE = /\.(ts|tsx|mjs|astro)$/
const SKIP = new Set(['node_modules', 'dist', '.astro', '.next', 'data', 'media'])

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name) || entry.name.startsWith('.')) return []
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return SOURCE.test(entry.name) ? [full] : []
  })
}

const isTest = (file: string) => /\.(test|spec|dom\.test)\.tsx?$|\/tests\//.test(file)
const importsOf = (text: string) =>
  [...text.matchAll(/(?:^|\s)(?:import|export)\b[^'"`]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map(
    (m) => m[1] ?? m[2] ?? '',
  )

function violations(workspace: Workspace): string[] {
  const root = path.join(ROOT, workspace)
  const out: string[] = []
  for (const file of sourceFiles(root).filter((f) => !isTest(f))) {
    const rel = path.relative(ROOT, file)
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const pkg = /^@hp\/([^/]+)/.exec(spec)?.[1] as Workspace | undefined
      if (pkg && pkg !== workspace && !ALLOWED[workspace].includes(pkg))
        out.push(`${rel}: imports @hp/${pkg} (${workspace} may import ${ALLOWED[workspace].join(', ') || 'no workspace'})`)
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(file), spec)
        if (!target.startsWith(root + path.sep))
          out.push(`${rel}: reaches outside ${workspace}/ with "${spec}"; import the package by name`)
      }
      if (workspace === 'content-schemas' && (spec.startsWith('node:') || /^(fs|path|http|child_process)$/.test(spec)))
        out.push(`${rel}: the contract does no I/O, but imports ${spec}`)
      if (workspace === 'content-schemas' && !spec.startsWith('.') && spec !== 'zod' && !spec.startsWith('zod/'))
        out.push(`${rel}: content-schemas depends on zod alone, but imports ${spec}`)
    }
  }
  return out
}

describe('import graph', () => {
  for (const workspace of WORKSPACES) {
    it(`${workspace} imports only ${ALLOWED[workspace].join(', ') || 'itself (and zod)'} among the workspaces`, () => {
      expect(violations(workspace)).toEqual([])
    })
  }

  it('finds a violation when there is one (the check reads real imports)', () => {
    expect(importsOf("import { x } from '@hp/cms/export'\nconst y = await import('../../site/src/a.ts')")).toEqual([
      '@hp/cms/export',
      '../../site/src/a.ts',
    ])
  })
})
