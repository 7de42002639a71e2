import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { MAX_BUILD_PROBLEMS } from '@hp/content-schemas'
import {
  type BuildOutcome,
  type BuildReceiver,
  createBuildQueue,
  createStatusReporter,
  runCommand,
  startBuildReceiver,
} from '@hp/scripts/build-receiver'
import { loadContent } from '@hp/scripts/content-source'
import { handleEndpoints } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BuildProblems } from '../../src/components/BuildProblems/index.tsx'
import { contentData, createUsers, SETTINGS, type TestRole, type TestUser } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'
import { createApiServer, listen } from './http.ts'

/*
 * A build that fails anyway, end to end as `npm start` runs it: the CMS's REST API over real HTTP,
 * the local build receiver as SITE_BUILD_HOOK_URL, its queue and status reporter. The first build
 * is the real `npm run build:site` on the CMS's export with a broken title injected at the build
 * side (the CMS itself would refuse to publish it); later builds check the CMS's export as the
 * build's first step does. The Site-build screen must name the document and field in Dutch with
 * a link to it, and the next valid publish must build again.
 */
const API_KEY = 'test-site-builder-key-0123456789'
const DEADLINE_MS = 120_000

let cms: TestCms | undefined
let api: Server
let cmsUrl: string
let receiver: BuildReceiver
let users: Record<TestRole, TestUser>
const dir = mkdtempSync(path.join(tmpdir(), 'hp-build-failure-'))
/** Set by a test: the next build gets this tip's title blanked in its content. */
let breakTip: string | undefined
const builds: BuildOutcome[] = []

/** The real site build on the CMS's export, with the tip's title and the site's name blanked: it stops at the content check. */
async function brokenBuild(slug: string): Promise<BuildOutcome> {
  const content = await loadContent({ cmsUrl, apiKey: API_KEY })
  const tip = content.tips.find((t) => t.slug === slug)
  if (!tip) throw new Error(`tip ${slug} is not in the export`)
  tip.title = ''
  // A broken document alone is held back (scripts/src/site/hold-back.ts) and the build goes live
  // without it; broken site settings cannot be held back, so this build fails.
  content.settings.organisationName = ''
  const file = path.join(dir, 'broken.json')
  writeFileSync(file, JSON.stringify(content))
  return runCommand('npm', ['run', '--silent', 'build:site'], {
    CONTENT_FILE: file,
    SITE_DIST_DIR: path.join(dir, 'dist'),
    MEDIA_SOURCE_DIR: dir,
  }).done
}

/** The build's first step on the CMS's export: fetch and check the whole bundle. */
async function contentBuild(): Promise<BuildOutcome> {
  const started = Date.now()
  const content = await loadContent({ cmsUrl, apiKey: API_KEY })
  return { ok: true, message: `Content checked: ${content.tips.length} tips`, ms: Date.now() - started }
}

beforeAll(async () => {
  api = createApiServer(() => cms?.payload)
  cmsUrl = await listen(api)
  const reporter = createStatusReporter(cmsUrl, API_KEY, (line) => console.warn(line))
  const queue = createBuildQueue(
    async () => {
      const slug = breakTip
      breakTip = undefined
      const outcome = await (slug ? brokenBuild(slug) : contentBuild())
      builds.push(outcome)
      return outcome
    },
    (state, { outcome }) => {
      void reporter.report(state, outcome?.ok === false ? outcome.message : undefined, outcome?.problems)
    },
  )
  receiver = await startBuildReceiver(queue, 0)
  // Before startTestCms: the config validates the environment when it is imported.
  process.env.SITE_BUILD_HOOK_URL = receiver.url
  process.env.SITE_BUILD_DEBOUNCE_MS = '300'
  cms = await startTestCms('build-failure')
  users = await createUsers(cms.payload)
  await cms.payload.updateGlobal({ slug: 'site-settings', data: SETTINGS as never, overrideAccess: true, context: { seed: true } })
}, 300_000)

afterAll(async () => {
  await receiver?.close()
  api?.close()
  await cms?.close()
  rmSync(dir, { recursive: true, force: true })
})

const buildStatus = async () =>
  (await (cms as TestCms).payload.findGlobal({ slug: 'build-status', overrideAccess: true })) as unknown as Record<string, unknown> & {
    lastBuildProblems?: { collection: string; document: string; field: string; message: string; link: string }[]
  }

/** Waits (generously) until the n-th build has been reported to the CMS as `state`. */
async function buildReported(n: number, state: 'succeeded' | 'failed') {
  const until = Date.now() + DEADLINE_MS
  let status = await buildStatus()
  while (Date.now() < until) {
    status = await buildStatus()
    if (builds.length >= n && status.lastBuildState === state) return status
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(
    `build ${n} was not reported as ${state} within ${DEADLINE_MS / 1000} s (builds: ${builds.length}, state: ${status.lastBuildState})`,
  )
}

let n = 0
const publishTip = (role: TestRole = 'publisher') =>
  (cms as TestCms).payload.create({
    collection: 'tips',
    data: { ...contentData('tips', `bf${++n}`, {}), _status: 'published' } as never,
    user: users[role],
    overrideAccess: false,
  }) as Promise<{ id: number | string; slug: string }>
/** A published tip that asks for no rebuild (as the seed does), so no build report races the test's own. */
const quietTip = () =>
  (cms as TestCms).payload.create({
    collection: 'tips',
    data: { ...contentData('tips', `bf${++n}`, {}), _status: 'published' } as never,
    overrideAccess: true,
    context: { seed: true },
  }) as Promise<{ id: number | string; slug: string }>

const screen = async () => renderToStaticMarkup(createElement(BuildProblems, { data: (await buildStatus()) as never }))

describe('a build that fails anyway', () => {
  let broken: { id: number | string; slug: string }

  it('the Site-build screen names the document and field in Dutch, with a link to that document', async () => {
    broken = await publishTip()
    breakTip = broken.slug
    const status = await buildReported(1, 'failed')
    expect(builds[0]?.ok).toBe(false)
    expect(status.lastBuildProblems).toHaveLength(2)
    expect(status.lastBuildProblems).toContainEqual({
      id: expect.any(String),
      collection: 'tips',
      document: `Tip "${broken.slug}"`,
      field: 'title',
      message: 'Vul dit veld in.',
      link: `/admin/collections/tips/${broken.id}`,
    })
    expect(status.lastBuildProblems).toContainEqual({
      id: expect.any(String),
      collection: 'site-settings',
      document: 'Site-instellingen',
      field: 'organisationName',
      message: 'Vul dit veld in.',
      link: '/admin/globals/site-settings',
    })
    // The message keeps the build's own lines too.
    expect(String(status.lastBuildMessage)).toContain(`Tip "${broken.slug}": title: Vul dit veld in.`)

    const html = await screen()
    expect(html).toContain('De site kon niet worden bijgewerkt. Dit moet eerst worden opgelost:')
    expect(html).toContain(`<a href="/admin/collections/tips/${broken.id}">Tip &quot;${broken.slug}&quot;</a>`)
    expect(html).toContain('Vul dit veld in.')
    expect(html).toContain('Na de volgende publicatie wordt de site opnieuw gebouwd.')
  }, 180_000)

  it('the next valid publish, by another editor, builds again and succeeds; the problems are gone', async () => {
    expect(builds).toHaveLength(1)
    await publishTip('admin')
    const status = await buildReported(2, 'succeeded')
    // Exactly one more build: the failure blocked nothing and was not replayed.
    expect(builds.map((b) => b.ok)).toEqual([false, true])
    expect(status.lastBuildProblems ?? []).toEqual([])
    expect(status.lastBuildMessage ?? '').toBe('')
    expect(await screen()).toBe('')
  }, 180_000)
})

describe('POST /api/build-status with problems', () => {
  const post = (body: unknown) =>
    handleEndpoints({
      config: (cms as TestCms).payload.config,
      request: new Request('http://localhost:3000/api/build-status', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `users API-Key ${API_KEY}` },
        body: JSON.stringify(body),
      }),
    })

  it('links each problem to its document: by slug, the list when the slug is unknown, the site settings, none for the build itself', async () => {
    const tip = await quietTip()
    const res = await post({
      state: 'failed',
      message: 'Er zijn 4 problemen met de inhoud',
      problems: [
        { collection: 'tips', slug: tip.slug, document: `Tip "${tip.slug}"`, field: 'summary', message: 'Vul dit veld in.' },
        { collection: 'tips', slug: 'bestaat-niet', document: 'Tip "bestaat-niet"', field: 'title', message: 'Vul dit veld in.' },
        { collection: 'site-settings', document: 'Site-instellingen', field: 'organisationName', message: 'Vul dit veld in.' },
        { message: 'Er is geen ruimte meer op de schijf.' },
      ],
    })
    expect(res.status).toBe(200)
    const status = await buildStatus()
    expect(status.lastBuildProblems?.map((p) => p.link)).toEqual([
      `/admin/collections/tips/${tip.id}`,
      '/admin/collections/tips',
      '/admin/globals/site-settings',
      '',
    ])
    const html = await screen()
    expect(html).toContain('<a href="/admin/globals/site-settings">Site-instellingen</a>')
    expect(html).toContain('<strong>Onbekend document</strong>: Er is geen ruimte meer op de schijf.')
  })

  it('a failure without document problems says so in Dutch', async () => {
    expect((await post({ state: 'failed', message: 'Site build failed: ENOSPC: no space left on device' })).status).toBe(200)
    expect((await buildStatus()).lastBuildProblems ?? []).toEqual([])
    const html = await screen()
    expect(html).toContain('De site kon niet worden bijgewerkt.')
    expect(html).toContain('Dit lag niet aan een document')
    expect(html).toContain('De live site is niet veranderd.')
  })

  it(`refuses more than ${MAX_BUILD_PROBLEMS} problems or an overlong message (400), and keeps the last state`, async () => {
    const many = Array.from({ length: MAX_BUILD_PROBLEMS + 1 }, (_, i) => ({ collection: 'tips', slug: `t${i}`, message: 'x' }))
    expect((await post({ state: 'failed', problems: many })).status).toBe(400)
    expect((await post({ state: 'failed', problems: [{ message: 'x'.repeat(2001) }] })).status).toBe(400)
    expect((await buildStatus()).lastBuildMessage).toContain('ENOSPC')
  })
})
