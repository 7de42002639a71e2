import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/*
 * cms/src/payload-types.ts: the TypeScript types of every collection and global, generated from
 * payload.config.ts by Payload (`payload generate:types`) and committed. `npm run generate:types`
 * rewrites it; `npm run typecheck` (and the cms-unit test next to this file) fail when the committed
 * file no longer matches the config.
 *
 * The generator always runs with the same settings, whatever the shell or cms/.env says: a few
 * settings change the config (with scheduled publishing off, Payload leaves out its task), and the
 * committed file describes the default, SQLite set-up. On MongoDB ids are strings, not numbers;
 * the code treats ids as opaque (String(id)).
 */

const cmsDir = fileURLToPath(new URL('..', import.meta.url))
export const TYPES_FILE = path.join(cmsDir, 'src', 'payload-types.ts')

/** Payload's own command-line entry (node_modules/payload/bin.js), wherever npm installed it. */
function payloadBin(): string {
  const entry = fileURLToPath(import.meta.resolve('payload'))
  const marker = `${path.sep}node_modules${path.sep}payload${path.sep}`
  return path.join(entry.slice(0, entry.indexOf(marker) + marker.length), 'bin.js')
}

/** Writes the generated types to `outFile`; throws with Payload's output when generating fails. */
export function generatePayloadTypes(outFile: string): void {
  // Once seen on a loaded machine: the generator exited 0 without writing the file. A second try
  // is cheap (a few seconds); a second miss is an error with everything Payload printed.
  let output = ''
  for (let attempt = 1; attempt <= 2; attempt++) {
    output = runGenerator(outFile)
    if (existsSync(outFile)) return
  }
  throw new Error(`payload generate:types schreef ${outFile} niet:\n${output}`.trim())
}

function runGenerator(outFile: string): string {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'hp-types-'))
  try {
    const result = spawnSync(process.execPath, [payloadBin(), 'generate:types'], {
      cwd: cmsDir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        PAYLOAD_TS_OUTPUT_PATH: outFile,
        // Only to load the config: nothing connects to the database or writes media.
        PAYLOAD_SECRET: 'generate-types-only-not-a-real-secret-0123',
        DATABASE_URI: `file:${path.join(scratch, 'types.db')}`,
        MEDIA_DIR: path.join(scratch, 'media'),
        // The defaults, stated so that cms/.env cannot change them (it is read for unset variables).
        NEWSLETTER_AUTORUN: 'true',
        JOBS_AUTORUN: 'true',
        JOBS_RUN_EXTERNALLY: 'false',
        PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true',
      },
    })
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`
    if (result.status !== 0)
      throw new Error(`payload generate:types stopte met code ${result.status} (${result.signal ?? 'geen signaal'}):\n${output}`.trim())
    return output
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** Generates into a temporary file and compares: null when cms/src/payload-types.ts is current, else what differs. */
export function payloadTypesDrift(committedFile = TYPES_FILE): string | null {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hp-types-check-'))
  try {
    const fresh = path.join(dir, 'payload-types.ts')
    generatePayloadTypes(fresh)
    const want = readFileSync(fresh, 'utf8')
    let have: string
    try {
      have = readFileSync(committedFile, 'utf8')
    } catch {
      return `${path.relative(cmsDir, committedFile)} ontbreekt. Maak het met: npm run generate:types`
    }
    if (have === want) return null
    const a = have.split('\n')
    const b = want.split('\n')
    const line = a.findIndex((text, i) => text !== b[i])
    const at = line === -1 ? Math.min(a.length, b.length) : line
    return [
      `${path.relative(cmsDir, committedFile)} past niet meer bij payload.config.ts (eerste verschil op regel ${at + 1}):`,
      `  in het bestand:  ${a[at] ?? '(einde van het bestand)'}`,
      `  uit de config:   ${b[at] ?? '(einde van het bestand)'}`,
      'Maak het opnieuw met: npm run generate:types (en commit het).',
    ].join('\n')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// `node src/generate-types.ts` writes the file; with --check it only compares (npm run typecheck).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const drift = payloadTypesDrift()
    if (drift) {
      console.error(drift)
      process.exit(1)
    }
    console.log('cms/src/payload-types.ts past bij de config.')
  } else {
    generatePayloadTypes(TYPES_FILE)
    console.log('cms/src/payload-types.ts is bijgewerkt.')
  }
}
