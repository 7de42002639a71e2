import { mkdirSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { Readable } from 'node:stream'
import { startPreviewServer } from '../preview/server.ts'
import { benchCmsEnv } from './cms.ts'
import { fmt, median, runIfMain, table } from './lib.ts'
import { BENCH_DIR } from './site-build.ts'

/*
 * How long "Voorbeeld" takes on the demo content: a temporary SQLite CMS with the demo seed, its REST
 * API on loopback (Payload's handlers without Next), and the preview server. Each run saves a new
 * draft title of a tip as the demo editor, then does what the browser does after the click: the
 * admin's link (/api/preview/open, editor session) → the preview server (fetches the draft bundle,
 * builds the site) → the page. Timed from the link to the page's HTML; every run is a fresh build.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const DIR = path.join(BENCH_DIR, `preview-${process.pid}`)
const ENV = benchCmsEnv(DIR)

const listen = (server: Server, port = 0) =>
  new Promise<number>((resolve) => server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))

export async function benchPreview(): Promise<string> {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DIR, { recursive: true })
  const probe = createServer()
  const previewPort = await listen(probe)
  await new Promise((r) => probe.close(r))
  Object.assign(process.env, ENV, { PREVIEW_URL: `http://127.0.0.1:${previewPort}` })
  const { bootPayload } = await import('../lib/payload.ts')
  const { migrate } = await import('../lib/migrate.ts')
  const { seed } = await import('@hp/cms/seed')
  const { handleEndpoints } = await import('payload')
  const payload = await bootPayload()
  await migrate(payload)
  await seed(payload, { password: ENV.SEED_PASSWORD, siteBuilderApiKey: ENV.SITE_BUILDER_API_KEY })
  const api = createServer(async (req, res) => {
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
    const request = new Request(`http://127.0.0.1${req.url ?? '/'}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
    })
    const response = await handleEndpoints({ config: payload.config, request })
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  const cmsUrl = `http://127.0.0.1:${await listen(api)}`
  const builds: number[] = []
  const preview = await startPreviewServer({
    port: previewPort,
    cmsUrl,
    mediaSourceDir: ENV.MEDIA_DIR,
    apiKey: ENV.SITE_BUILDER_API_KEY,
    onBuild: ({ ms, reused }) => {
      if (!reused) builds.push(ms)
    },
  })
  try {
    const login = await payload.login({ collection: 'users', data: { email: 'editor@example.org', password: ENV.SEED_PASSWORD } })
    const editor = login.user
    const tip = (await payload.find({ collection: 'tips', where: { _status: { equals: 'published' } }, limit: 1, overrideAccess: true }))
      .docs[0] as unknown as { id: number; title: string }
    if (!tip) throw new Error('the demo seed has no published tip')
    const total: number[] = []
    for (let i = 1; i <= RUNS; i++) {
      const title = `${tip.title} (concept ${i})`
      await payload.update({ collection: 'tips', id: tip.id, data: { title } as never, draft: true, user: editor, overrideAccess: false })
      const t = performance.now()
      const open = await fetch(`${cmsUrl}/api/preview/open/tips/${tip.id}`, {
        headers: { Authorization: `JWT ${login.token}` },
        redirect: 'manual',
      })
      const landing = await fetch(open.headers.get('location') ?? '', { redirect: 'manual' })
      const cookie = (landing.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
      const page = await fetch(new URL(landing.headers.get('location') ?? '/', open.headers.get('location') ?? ''), { headers: { cookie } })
      const html = await page.text()
      total.push(performance.now() - t)
      if (page.status !== 200 || !html.includes(title))
        throw new Error(`run ${i}: the preview answered ${page.status} without the draft title`)
      console.error(`  run ${i}/${RUNS}: link → page ${fmt((total.at(-1) ?? 0) / 1000)} s (build ${fmt((builds.at(-1) ?? 0) / 1000)} s)`)
    }
    const out = table(
      ['content', 'runs', 'link → page s (median)', 'site build s (median)', 'min–max s'],
      [
        [
          'demo seed',
          RUNS,
          fmt(median(total) / 1000),
          fmt(median(builds) / 1000),
          `${fmt(Math.min(...total) / 1000)}–${fmt(Math.max(...total) / 1000)}`,
        ],
      ],
    )
    return `${out}\nPreview on the demo content: ${fmt(median(total) / 1000)} s from the admin's link to the page (median of ${RUNS}).`
  } finally {
    await preview.close()
    await new Promise((r) => api.close(r))
    rmSync(DIR, { recursive: true, force: true })
  }
}

runIfMain(import.meta, benchPreview)
