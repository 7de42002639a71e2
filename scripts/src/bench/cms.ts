import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { countDocuments, type SiteContent } from '@hp/content-schemas'
import autocannon from 'autocannon'
import type { Payload } from 'payload'
import { ROOT } from '../lib/paths.ts'
import { FIXED_DOCUMENTS, generateSiteContent } from './generate.ts'
import { fmt, mb, median, runIfMain, table, treeRss } from './lib.ts'
import { BENCH_DIR } from './site-build.ts'

const DOCUMENTS = Number(process.env.BENCH_CMS_DOCUMENTS ?? 5000)
const DIR = path.join(BENCH_DIR, 'cms')
/** The environment of a throwaway bench CMS whose database and media live in `dir`. */
export const benchCmsEnv = (dir: string) => ({
  PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
  DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  SEED_PASSWORD: 'bench-password-123',
  SITE_BUILDER_API_KEY: 'bench-site-builder-key-0123456789',
  SERVER_URL: 'http://127.0.0.1:3000',
  NODE_ENV: 'production' as const,
})
const ENV = benchCmsEnv(DIR)

/** Loads generated documents through the Local API (seed context: no rebuild trigger), on top of the demo seed. */
export async function load(payload: Payload, content: SiteContent): Promise<number> {
  // The mapper that turns contract shapes into Payload's (rich text → Lexical), as the seed uses it.
  const { seedMapper } = await import('@hp/cms/seed')
  const ids = new Map<string, string | number>()
  const map = seedMapper({
    id: (c, s) =>
      ids.get(`${c}:${s}`) ??
      (() => {
        throw new Error(`bench load: ${c}:${s} not loaded yet`)
      })(),
    media: () => {
      throw new Error('bench load: generated documents use no media library files')
    },
  })
  const context = { seed: true }
  let count = 0
  const put = async (collection: string, slug: string, data: object) => {
    const doc = await payload.create({
      collection: collection as 'tips',
      data: { ...data, _status: 'published' } as never,
      overrideAccess: true,
      context,
      depth: 0,
    })
    ids.set(`${collection}:${slug}`, doc.id)
    count++
  }
  for (const d of content.organisations) await put('organisations', d.slug, d)
  for (const d of content.offences) await put('offences', d.slug, d)
  for (const d of content.tips) await put('tips', d.slug, map.tip({ ...d, image: undefined }))
  for (const d of content.videos) {
    // The seed's video mapper expects a media file; generated videos play from an external source.
    const { poster: _poster, ...rest } = d
    const many = (slugs: string[]) => slugs.map((s) => ids.get(`offences:${s}`))
    await put('videos', d.slug, { ...rest, offences: many(d.offences), transcript: map.signal({ whatToDo: d.transcript }).whatToDo })
  }
  for (const d of content.signals) await put('signals', d.slug, map.signal(d))
  for (const d of content.ervaringen) await put('ervaringen', d.slug, map.ervaring(d))
  for (const d of content.stepPlans) await put('step-plans', d.slug, map.stepPlan(d))
  for (const d of content.checklists) await put('checklists', d.slug, map.checklist(d))
  // Demo issues hold the low numbers.
  for (const d of content.newsletterIssues)
    await put('newsletter-issues', d.slug, map.newsletterIssue({ ...d, number: d.number + 1000, slug: String(d.number + 1000) }))
  return count
}

/** Starts the REST server as a child (with `env`: its database, mail…) and resolves with its port once it listens. */
export function startBenchServer(env: Record<string, string>): Promise<{ port: number; pid: number; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['exec', '--', 'tsx', path.join(ROOT, 'scripts', 'src', 'bench', 'cms-server.ts')], {
      cwd: path.join(ROOT, 'scripts'),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let output = ''
    const stop = () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
    }
    child.stdout.on('data', (b: Buffer) => {
      output += b.toString()
      const m = /listening (\d+)/.exec(output)
      if (m && child.pid !== undefined) resolve({ port: Number(m[1]), pid: child.pid, stop })
    })
    child.stderr.on('data', (b: Buffer) => {
      output += b.toString()
    })
    child.on('exit', (code) => reject(new Error(`The bench CMS server exited (${code}) before listening:\n${output.slice(-2000)}`)))
  })
}

export async function benchCms(): Promise<string> {
  const runs = Number(process.env.BENCH_RUNS ?? 3)
  const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 10)
  // BENCH_CMS_REUSE=1 keeps the database of the last run (loading 5,000 documents takes minutes).
  const reuse = process.env.BENCH_CMS_REUSE === '1' && existsSync(path.join(DIR, 'cms.db'))
  if (!reuse) {
    rmSync(DIR, { recursive: true, force: true })
    mkdirSync(DIR, { recursive: true })
  }
  Object.assign(process.env, ENV)
  const { bootPayload } = await import('../lib/payload.ts')
  const { migrate } = await import('../lib/migrate.ts')
  const { seed } = await import('@hp/cms/seed')
  const { buildSiteContent } = await import('@hp/cms/export')
  const payload = await bootPayload()
  await migrate(payload)
  if (!reuse) {
    await seed(payload, { password: ENV.SEED_PASSWORD, siteBuilderApiKey: ENV.SITE_BUILDER_API_KEY })
    const demoDocs = countDocs(await buildSiteContent(payload, { trustedCli: true }, ENV.SERVER_URL))
    const t0 = performance.now()
    const generated = generateSiteContent({ documents: DOCUMENTS - demoDocs + FIXED_DOCUMENTS, seed: 5, linkTo: ['organisations'] })
    const loaded = await load(payload, generated)
    console.error(`  loaded ${loaded} generated documents on top of ${demoDocs} demo ones in ${fmt((performance.now() - t0) / 1000)} s`)
  }

  const exportMs: number[] = []
  let exported = 0
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    exported = countDocs(await buildSiteContent(payload, { trustedCli: true }, ENV.SERVER_URL))
    exportMs.push(performance.now() - t)
    console.error(`  export run ${i + 1}/${runs}: ${fmt(exportMs.at(-1) ?? 0, 0)} ms (${exported} documents)`)
  }

  const server = await startBenchServer(ENV)
  let peakRss = 0
  const sample = setInterval(() => {
    peakRss = Math.max(peakRss, treeRss(server.pid, 'max'))
  }, 200)
  const url = `http://127.0.0.1:${server.port}/api/tips?limit=10&depth=0&where[_status][equals]=published`
  let result: autocannon.Result
  let single: autocannon.Result
  try {
    const check = await fetch(url, { headers: { Authorization: `users API-Key ${ENV.SITE_BUILDER_API_KEY}` } })
    if (!check.ok) throw new Error(`GET ${url} answered ${check.status}: ${(await check.text()).slice(0, 300)}`)
    const idleRss = treeRss(server.pid, 'max')
    // One connection first: the service time of one request, without queueing.
    single = await autocannon({
      url,
      connections: 1,
      duration: Math.max(3, seconds / 2),
      headers: { Authorization: `users API-Key ${ENV.SITE_BUILDER_API_KEY}` },
    })
    result = await autocannon({
      url,
      connections: 10,
      duration: seconds,
      headers: { Authorization: `users API-Key ${ENV.SITE_BUILDER_API_KEY}` },
    })
    console.error(`  server RSS idle ${mb(idleRss)} MB`)
  } finally {
    clearInterval(sample)
    server.stop()
  }
  const errors = result.errors + result.timeouts + result.non2xx
  const out = table(
    [
      'documents',
      'export ms (median)',
      'export runs',
      'load',
      '1 conn. p50/p99 ms',
      'REST p50 ms',
      'REST p99 ms',
      'req/s',
      'requests',
      'errors',
      'server peak RSS MB (largest process)',
    ],
    [
      [
        exported,
        fmt(median(exportMs), 0),
        runs,
        `${seconds} s × 10 conn.`,
        `${single.latency.p50} / ${single.latency.p99}`,
        result.latency.p50,
        result.latency.p99,
        fmt(result.requests.average, 0),
        result.requests.total,
        errors,
        mb(peakRss),
      ],
    ],
  )
  return `${out}\nCMS (${exported} documents, SQLite, REST via handleEndpoints on node:http): export ${fmt(median(exportMs) / 1000, 2)} s; authenticated list read under 10 connections p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${errors} errors (one connection: p50 ${single.latency.p50} ms); server peak RSS ${mb(peakRss)} MB.`
}

/** Documents in a bundle, over every content type of the registry. */
export const countDocs = (c: SiteContent) => countDocuments(c)

runIfMain(import.meta, benchCms)
