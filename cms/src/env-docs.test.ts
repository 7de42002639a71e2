import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ENV_NAMES } from './env.ts'

// The deploy guide, cms/.env.example and the schema the CMS checks at start-up name the same
// variables: a variable added to one and not the others fails here.

const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8')

/** The first column of the table under "## Environment variables" in docs/deploy.md. */
function documentedInGuide(): string[] {
  const guide = read('../../docs/deploy.md')
  const start = guide.indexOf('\n## Environment variables')
  expect(start, 'docs/deploy.md has a "## Environment variables" section').toBeGreaterThan(-1)
  const end = guide.indexOf('\n## ', start + 1)
  const section = guide.slice(start, end === -1 ? undefined : end)
  return [...section.matchAll(/^\|\s*`([A-Z0-9_]+)`\s*\|/gm)].map((m) => m[1] as string)
}

/** Every `NAME=` line of cms/.env.example. */
const documentedInExample = () => [...read('../.env.example').matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1] as string)

const sorted = (names: readonly string[]) => [...names].sort()

describe('environment variables are documented where they are read', () => {
  it('the schema has a sensible list (sanity check of the comparison)', () => {
    expect(ENV_NAMES).toContain('PAYLOAD_SECRET')
    expect(ENV_NAMES).toContain('S3_BUCKET')
    expect(ENV_NAMES.length).toBeGreaterThan(25)
  })

  it('docs/deploy.md lists exactly the variables the CMS checks, each once', () => {
    const guide = documentedInGuide()
    expect(new Set(guide).size, 'a variable is listed twice').toBe(guide.length)
    expect(sorted(guide)).toEqual(sorted(ENV_NAMES))
  })

  it('cms/.env.example lists exactly the same variables, each once', () => {
    const example = documentedInExample()
    expect(new Set(example).size, 'a variable is listed twice').toBe(example.length)
    expect(sorted(example)).toEqual(sorted(ENV_NAMES))
  })
})
