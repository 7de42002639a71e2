import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { benchCmsEnv, countDocs, load } from './cms.ts'
import { FIXED_DOCUMENTS, generateSiteContent } from './generate.ts'
import { fmt, median, runIfMain, table } from './lib.ts'
import { BENCH_DIR } from './site-build.ts'

/*
 * What the whole-bundle publish check (cms/src/hooks/publishCheck.ts) costs a publish.
 * A temporary SQLite CMS with the demo seed (and, with BENCH_PUBLISH_DOCUMENTS, generated documents
 * on top, as `bench:cms` loads them). Then, alternating, the demo publisher publishes a tip through
 * the Local API (the same hooks REST runs): once as a normal publish (with the check), once with
 * `context: { import: true }`, which switches the check off (and the rebuild trigger, which does
 * nothing here: no SITE_BUILD_HOOK_URL). The difference of the medians is the check's cost.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const DOCUMENTS = Number(process.env.BENCH_PUBLISH_DOCUMENTS ?? 0)
const DIR = path.join(BENCH_DIR, `publish-check-${process.pid}`)
const ENV = benchCmsEnv(DIR)

async function timePublish(payload: Payload, id: string | number, user: unknown, i: number, check: boolean): Promise<number> {
  const t = performance.now()
  await payload.update({
    collection: 'tips',
    id,
    data: { summary: `Samenvatting, versie ${i}${check ? '' : ' (zonder controle)'}.`, _status: 'published' } as never,
    overrideAccess: false,
    user: user as never,
    depth: 0,
    ...(check ? {} : { context: { import: true } }),
  })
  return performance.now() - t
}

export async function benchPublishCheck(): Promise<string> {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DIR, { recursive: true })
  Object.assign(process.env, ENV)
  try {
    const { bootPayload } = await import('../lib/payload.ts')
    const { migrate } = await import('../lib/migrate.ts')
    const { seed } = await import('@hp/cms/seed')
    const { buildSiteContent } = await import('@hp/cms/export')
    const payload = await bootPayload()
    await migrate(payload)
    await seed(payload, { password: ENV.SEED_PASSWORD, siteBuilderApiKey: ENV.SITE_BUILDER_API_KEY })
    if (DOCUMENTS > 0) {
      const demo = countDocs(await buildSiteContent(payload, { trustedCli: true }, ENV.SERVER_URL))
      const t0 = performance.now()
      const generated = generateSiteContent({ documents: DOCUMENTS - demo + FIXED_DOCUMENTS, seed: 5, linkTo: ['organisations'] })
      const loaded = await load(payload, generated)
      console.error(`  loaded ${loaded} generated documents on top of ${demo} demo ones in ${fmt((performance.now() - t0) / 1000)} s`)
    }
    const documents = countDocs(await buildSiteContent(payload, { trustedCli: true }, ENV.SERVER_URL))
    const user = (await payload.find({ collection: 'users', where: { email: { equals: 'publisher@example.org' } }, overrideAccess: true }))
      .docs[0]
    const tip = (await payload.find({ collection: 'tips', where: { slug: { equals: 'luisteren-zonder-oordeel' } }, overrideAccess: true }))
      .docs[0]
    if (!user || !tip) throw new Error('the demo seed has no publisher or no tip "luisteren-zonder-oordeel"')

    // One warm-up each (first queries, module loading), then alternate so machine load hits both alike.
    await timePublish(payload, tip.id, user, 0, true)
    await timePublish(payload, tip.id, user, 0, false)
    const withCheck: number[] = []
    const without: number[] = []
    for (let i = 1; i <= RUNS; i++) {
      without.push(await timePublish(payload, tip.id, user, i, false))
      withCheck.push(await timePublish(payload, tip.id, user, i, true))
      console.error(`  run ${i}/${RUNS}: without check ${fmt(without.at(-1) ?? 0, 0)} ms, with check ${fmt(withCheck.at(-1) ?? 0, 0)} ms`)
    }
    // The Inhoudscontrole screen computes its report from the same published set on every open.
    const { contentHealthReport } = await import('@hp/cms/content-health')
    const health: number[] = []
    let findings = 0
    for (let i = 0; i <= RUNS; i++) {
      const t = performance.now()
      const report = await contentHealthReport(payload)
      if (i > 0) health.push(performance.now() - t)
      findings = report.sections.reduce((n, s) => n + s.rows.length, 0)
    }
    const out = table(
      [
        'documents',
        'runs',
        'publish without check ms (median)',
        'publish with check ms (median)',
        'extra ms (median difference)',
        'Inhoudscontrole ms (median)',
      ],
      [
        [
          documents,
          RUNS,
          fmt(median(without), 0),
          fmt(median(withCheck), 0),
          fmt(median(withCheck) - median(without), 0),
          fmt(median(health), 0),
        ],
      ],
    )
    return `${out}\nPublish check at ${documents} published documents: ${fmt(median(withCheck) - median(without), 0)} ms extra per publish (median of ${RUNS}).\nInhoudscontrole at ${documents} published documents: ${fmt(median(health), 0)} ms to compute (median of ${RUNS}; ${findings} findings).`
  } finally {
    rmSync(DIR, { recursive: true, force: true })
  }
}

runIfMain(import.meta, benchPublishCheck)
