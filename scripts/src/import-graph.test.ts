import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './lib/paths.ts'

// The layering rule of docs/architecture.md, checked on every source file: data flows one way
// (content-schemas ← cms, site ← scripts), the site never sees CMS code, the contract does no I/O.
// Tests too import other workspaces only through a declared dependency and that package's
// `exports` map (never `@hp/x/src/…` or a relative path out of their own folder).

const WORKSPACES = ['content-schemas', 'cms', 'site', 'scripts', 'testing', 'tests'] as const
type Workspace = (typeof WORKSPACES)[number]

/** Which other workspaces each one's production code may import (tests: any declared dependency). */
const ALLOWED: Record<Workspace, Workspace[]> = {
  'content-schemas': [],
  cms: ['content-schemas'],
  site: ['content-schemas'],
  scripts: ['content-schemas', 'cms', 'site'],
  testing: ['scripts'],
  tests: [],
}

interface Manifest {
  name: string
  exports?: Record<string, string>
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}
const manifest = (workspace: Workspace): Manifest =>
  JSON.parse(readFileSync(path.join(ROOT, workspace, 'package.json'), 'utf8')) as Manifest
const byName = new Map(WORKSPACES.map((w) => [manifest(w).name, w]))

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
  const own = manifest(workspace)
  const declared = new Set(Object.keys({ ...own.dependencies, ...own.devDependencies }))
  const out: string[] = []
  for (const file of sourceFiles(root)) {
    const rel = path.relative(ROOT, file)
    const test = workspace === 'tests' || isTest(file)
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const named = /^(@hp\/[^/]+)(\/.*)?$/.exec(spec)
      const target = named ? byName.get(named[1] as string) : undefined
      if (named && target && target !== workspace) {
        if (!test && !ALLOWED[workspace].includes(target))
          out.push(`${rel}: imports @hp/${target} (${workspace} may import ${ALLOWED[workspace].join(', ') || 'no workspace'})`)
        if (!declared.has(named[1] as string)) out.push(`${rel}: imports ${named[1]}, which ${workspace}/package.json does not declare`)
        const entry = `.${named[2] ?? ''}`
        if (!manifest(target).exports?.[entry]) out.push(`${rel}: imports "${spec}", which is not in ${target}/package.json "exports"`)
      }
      if (spec.startsWith('.')) {
        const resolved = path.resolve(path.dirname(file), spec)
        if (!resolved.startsWith(root + path.sep))
          out.push(`${rel}: reaches outside ${workspace}/ with "${spec}"; import the package by name`)
      }
      if (test) continue
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
    it(`${workspace} imports only ${ALLOWED[workspace].join(', ') || 'itself'} in production code, and declared exports in tests`, () => {
      expect(violations(workspace)).toEqual([])
    })
  }

  it('finds a violation when there is one (the check reads real imports)', () => {
    // The sample is put together at run time, so this file's own scan does not see it as an import.
    const dynamic = ['import', "('../../site/src/a.ts')"].join('')
    expect(importsOf(`import { x } from '@hp/cms/export'\nconst y = await ${dynamic}`)).toEqual(['@hp/cms/export', '../../site/src/a.ts'])
  })
})
