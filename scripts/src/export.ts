import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { buildSiteContent } from '@hp/cms/export'
import { ContractError } from '@hp/content-schemas'
import { migrate } from './lib/migrate.ts'
import { bootPayload } from './lib/payload.ts'

const target = process.argv[2]
if (!target) {
  console.error('Usage: npm run export -- <file.json>   (writes the published SiteContent bundle)')
  process.exit(2)
}
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), target)
const started = Date.now()
try {
  const payload = await bootPayload()
  await migrate(payload)
  console.log('Exporting published content …')
  const content = await buildSiteContent(payload, { trustedCli: true }, process.env.SERVER_URL ?? 'http://localhost:3000')
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(content, null, 2)}\n`)
  const counts = Object.entries(content)
    .filter(([, v]) => Array.isArray(v))
    .map(([k, v]) => `${k} ${(v as unknown[]).length}`)
    .join(', ')
  console.log(`Export done in ${((Date.now() - started) / 1000).toFixed(1)} s → ${file}\n  ${counts}`)
  process.exit(0)
} catch (error) {
  if (error instanceof ContractError) {
    console.error(error.message)
    console.error('Nothing was written. Fix these documents in the CMS (or the seed) and export again.')
  } else console.error(`Export failed: ${error instanceof Error ? error.stack : String(error)}`)
  process.exit(1)
}
