import path from 'node:path'
import { RestoreRefusedError, restoreFrom } from '@hp/cms/backup'
import { migrate } from './lib/migrate.ts'
import { bootPayload } from './lib/payload.ts'

const source = process.argv[2]
if (!source) {
  console.error('Usage: DATABASE_URI=<an empty database> npm run restore -- <backup folder>')
  console.error('  Loads a backup made by `npm run backup` into an empty database (SQLite or MongoDB).')
  process.exit(2)
}
const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), source)
const started = Date.now()
try {
  const payload = await bootPayload()
  await migrate(payload)
  console.log(`Restoring ${dir} …`)
  const manifest = await restoreFrom(payload, dir, { log: (line) => console.log(line) })
  const docs = Object.values(manifest.collections).reduce((sum, c) => sum + c.docs, 0)
  console.log(
    `Restore done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${docs} documents and ${manifest.mediaFiles} media files from the backup of ${manifest.createdAt}.`,
  )
  if (!manifest.withPasswords) console.log('Users have no password yet: each chooses a new one with "Wachtwoord vergeten?" in the admin.')
  console.log('Run `npm run build:site` (or publish something) to rebuild the site from the restored content.')
  process.exit(0)
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`)
  if (!(error instanceof RestoreRefusedError))
    console.error('The database may hold part of the backup: empty it (or use a new DATABASE_URI) and restore again.')
  process.exit(1)
}
