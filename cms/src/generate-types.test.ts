import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { payloadTypesDrift, TYPES_FILE } from './generate-types.ts'

// The committed cms/src/payload-types.ts is what Payload generates from payload.config.ts today:
// a field added to a collection without `npm run generate:types` fails here (and in `npm run typecheck`).

const scratch = mkdtempSync(path.join(os.tmpdir(), 'hp-types-test-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('cms/src/payload-types.ts', () => {
  it('matches the config', { timeout: 120_000 }, () => {
    expect(payloadTypesDrift()).toBeNull()
  })

  it('a file that no longer matches is reported with the line and the command that fixes it', { timeout: 120_000 }, () => {
    const stale = path.join(scratch, 'payload-types.ts')
    writeFileSync(
      stale,
      readFileSync(TYPES_FILE, 'utf8').replace('export interface Page {\n  id: number;\n', '$&  oldField?: string | null;\n'),
    )
    expect(readFileSync(stale, 'utf8')).toContain('oldField')
    const drift = payloadTypesDrift(stale)
    expect(drift).toContain('past niet meer bij payload.config.ts')
    expect(drift).toContain('oldField')
    expect(drift).toContain('npm run generate:types')
  })
})
