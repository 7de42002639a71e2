import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  type BuildReceiver,
  createBuildQueue,
  createStatusReporter,
  type RunningCommand,
  runCommand,
  startBuildReceiver,
} from '@hp/scripts/build-receiver'
import { serveStatic } from '@hp/scripts/static-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from './harness.ts'
import { createApiServer, listen } from './http.ts'

/*
 * Publish → live, end to end as `npm start` runs it: the CMS's REST API over real HTTP, the
 * local build receiver as SITE_BUILD_HOOK_URL, the real site build (`npm run build:site`)
 * into a temporary folder, and the static server. A publisher changes a checklist title and
 * the served page shows it, with no step in between.
 */
const API_KEY = 'test-site-builder-key-0123456789'
const LIVE_TIMEOUT_MS = 120_000

let cms: TestCms | undefined
let api: Server
let receiver: BuildReceiver
let site: Server
let siteUrl: string
let build: RunningCommand | undefined
const dir = mkdtempSync(path.join(tmpdir(), 'hp-publish-live-'))
const dist = path.join(dir, 'dist')
const states: string[] = []

beforeAll(async () => {
  api = createApiServer(() => cms?.payload)
  const cmsUrl = await listen(api)
  const reporter = createStatusReporter(cmsUrl, API_KEY, (line) => console.warn(line))
  const queue = createBuildQueue(
    () => {
      build = runCommand('npm', ['run', '--silent', 'build:site'], {
        CMS_URL: cmsUrl,
        SITE_BUILDER_API_KEY: API_KEY,
        // The harness's media folder holds every seeded file: copy, do not download.
        MEDIA_SOURCE_DIR: process.env.MEDIA_DIR ?? '',
        SITE_DIST_DIR: dist,
        ASTRO_TELEMETRY_DISABLED: '1',
      })
      return build.done
    },
    (state, { outcome }) => {
      states.push(state)
      void reporter.report(state, outcome?.ok === false ? outcome.message : undefined)
    },
  )
  receiver = await startBuildReceiver(queue, 0)
  // Before startTestCms: the config validates the environment when it is imported.
  process.env.SITE_BUILD_HOOK_URL = receiver.url
  process.env.SITE_BUILD_DEBOUNCE_MS = '300'
  cms = await startTestCms('publish-live')
  const { seed } = await import('../../src/seed/index.ts')
  await seed(cms.payload, { password: 'test-password-123', siteBuilderApiKey: API_KEY })

  site = await serveStatic(dist, 0)
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  const first = await queue.trigger()
  expect(first.message, 'the first site build').toContain('Site built')
  expect(first.ok).toBe(true)
  expect(existsSync(path.join(dist, 'index.html')), `the build must honour SITE_DIST_DIR (${dist})`).toBe(true)
}, 300_000)

afterAll(async () => {
  build?.stop()
  await receiver?.close()
  site?.close()
  api?.close()
  await cms?.close()
  rmSync(dir, { recursive: true, force: true })
})

async function page(pathname: string): Promise<string> {
  const res = await fetch(new URL(pathname, siteUrl))
  return res.ok ? res.text() : `HTTP ${res.status}`
}

describe('publish → live', () => {
  it('a publisher changes a checklist title and the served site shows it', async () => {
    const { payload } = cms as TestCms
    const checklist = (
      await payload.find({
        collection: 'checklists',
        where: { _status: { equals: 'published' } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0] as { id: number | string; slug: string; title: string }
    const url = `/voor-de-helpers/checklists/${checklist.slug}/`
    expect(await page(url)).toContain(checklist.title)

    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: 'publisher@example.org' } },
      limit: 1,
      overrideAccess: true,
    })
    const publisher = { ...(found.docs[0] as object), collection: 'users' as const }
    const title = `${checklist.title} (bijgewerkt ${Date.now()})`
    const started = Date.now()
    await payload.update({
      collection: 'checklists',
      id: checklist.id,
      data: { title, _status: 'published' },
      user: publisher as never,
      overrideAccess: false,
    })

    let html = ''
    while (Date.now() - started < LIVE_TIMEOUT_MS) {
      html = await page(url)
      if (html.includes(title)) break
      await new Promise((r) => setTimeout(r, 500))
    }
    expect(html, `"${title}" did not appear at ${url} within ${LIVE_TIMEOUT_MS / 1000} s`).toContain(title)
    console.log(`publish → live in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }, 180_000)

  it('the CMS shows the rebuild as succeeded, triggered by that checklist', async () => {
    const { payload } = cms as TestCms
    // The receiver reports "succeeded" right after the swap; a busy machine may take a while (generous deadline).
    const until = Date.now() + 60_000
    let status: Record<string, unknown> = {}
    while (Date.now() < until) {
      status = { ...(await payload.findGlobal({ slug: 'build-status', overrideAccess: true })) }
      if (status.lastBuildState === 'succeeded' && states.length >= 6) break
      await new Promise((r) => setTimeout(r, 200))
    }
    expect(states).toEqual(['queued', 'building', 'succeeded', 'queued', 'building', 'succeeded'])
    expect(status).toMatchObject({ lastBuildState: 'succeeded', lastTriggerResult: 'ok', lastTriggerHttpStatus: 202 })
    expect(status.triggeredBy).toMatchObject({ collection: 'checklists', action: 'publish', user: 'publisher@example.org' })
  })
})
