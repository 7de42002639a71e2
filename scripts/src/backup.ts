import path from 'node:path'
import { backupSize, backupTo } from '@hp/cms/backup'
import { migrate } from './lib/migrate.ts'
import { bootPayload } from './lib/payload.ts'

const args = process.argv.slice(2)
const target = args.find((a) => !a.startsWith('--'))
const unknown = args.filter((a) => a.startsWith('--') && a !== '--with-passwords')
if (!target || unknown.length > 0) {
  console.error('Usage: npm run backup -- <folder> [--with-passwords]')
  console.error('  Writes all content (drafts and versions), subscribers with their consent, users and media as files.')
  console.error('  --with-passwords keeps password hashes and API keys (only for a restore into this same CMS).')
  process.exit(2)
}
const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), target)
const started = Date.now()
try {
  const payload = await bootPayload()
  await migrate(payload)
  console.log(`Backing up to ${dir} …`)
  const manifest = await backupTo(payload, dir, { withPasswords: args.includes('--with-passwords'), log: (line) => console.log(line) })
  const size = await backupSize(dir)
  const docs = Object.values(manifest.collections).reduce((sum, c) => sum + c.docs, 0)
  const versions = Object.values(manifest.collections).reduce((sum, c) => sum + c.versions, 0)
  console.log(
    `Backup done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${docs} documents, ${versions} versions, ${manifest.mediaFiles} media files (${size.files} files, ${(size.bytes / 1024 / 1024).toFixed(1)} MB)${manifest.withPasswords ? ', with password hashes: keep this folder secret' : ', without passwords'}.`,
  )
  process.exit(0)
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`)
  console.error('The folder may be incomplete: fix the problem above and run the backup again into an empty folder.')
  process.exit(1)
}
