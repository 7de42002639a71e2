import { seed } from '@hp/cms/seed'
import { migrate } from './lib/migrate.ts'
import { bootPayload } from './lib/payload.ts'

const started = Date.now()
try {
  const payload = await bootPayload()
  await migrate(payload)
  console.log('Seeding demo content …')
  const summary = await seed(payload, {
    password: process.env.SEED_PASSWORD as string,
    siteBuilderApiKey: process.env.SITE_BUILDER_API_KEY as string,
    log: (line) => console.log(`  ${line}`),
  })
  console.log(
    `Seed done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.created} created, ${summary.updated} updated, ${summary.drafts} drafts, ${summary.users.length} users.`,
  )
  process.exit(0)
} catch (error) {
  console.error(`Seed failed: ${error instanceof Error ? error.message : String(error)}`)
  console.error('Nothing half-written is published: fix the problem above and run `npm run seed` again.')
  process.exit(1)
}
