import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BuildReport } from '@hp/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_IMAGES, generateSiteContent } from './bench/generate.ts'
import { ROOT } from './lib/paths.ts'

/*
 * `npm run build:site:report`, as a build host runs it: a real site build, whose states reach the
 * CMS's build-status endpoint (here a local server that records them) with the site-builder's key.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'hp-build-report-'))
const mediaDir = path.join(dir, 'media')
const KEY = 'test-site-builder-key-0123456789'
let cms: Server
let cmsUrl: string
const reports: { auth: string | undefined; body: BuildReport }[] = []

beforeAll(async () => {
  mkdirSync(mediaDir)
  for (const f of DEMO_IMAGES) copyFileSync(path.join(ROOT, 'cms', 'src', 'seed', 'media', f), path.join(mediaDir, f))
  cms = createServer((req, res) => {
    let body = ''
    req.on('data', (d: Buffer) => {
      body += d
    })
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/api/build-status')
        reports.push({ auth: req.headers.authorization, body: JSON.parse(body) as BuildReport })
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
  cmsUrl = `http://127.0.0.1:${(cms.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => cms?.close(resolve))
  rmSync(dir, { recursive: true, force: true })
})

function run(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'build:site:report'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', MEDIA_SOURCE_DIR: mediaDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => {
      stdout += d
    })
    child.stderr.on('data', (d: Buffer) => {
      stderr += d
    })
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('npm run build:site:report', () => {
  it('reports "building", then "succeeded" with the reach check, and shows the build log', async () => {
    reports.length = 0
    const content = generateSiteContent({ documents: 30, imageShare: 0 })
    const file = path.join(dir, 'content.json')
    writeFileSync(file, JSON.stringify(content))
    const result = await run({ CMS_URL: cmsUrl, SITE_BUILDER_API_KEY: KEY, CONTENT_FILE: file, SITE_DIST_DIR: path.join(dir, 'dist') })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('[1/5]')
    expect(result.stdout).toContain('Build state reported')
    expect(reports.map((r) => r.body.state)).toEqual(['building', 'succeeded'])
    expect(reports.every((r) => r.auth === `users API-Key ${KEY}`)).toBe(true)
    expect(reports[1]?.body.reach?.pages).toBeGreaterThan(10)
  }, 600_000)

  it('reports "failed" with each problem tied to its document when the build stops, and exits non-zero', async () => {
    reports.length = 0
    const content = generateSiteContent({ documents: 30, imageShare: 0 })
    const checklist = content.checklists[0]
    if (!checklist) throw new Error('generated content without checklists')
    checklist.title = '' // the contract refuses it, and no live version exists to keep
    const file = path.join(dir, 'broken.json')
    writeFileSync(file, JSON.stringify(content))
    const result = await run({ CMS_URL: cmsUrl, SITE_BUILDER_API_KEY: KEY, CONTENT_FILE: file, SITE_DIST_DIR: path.join(dir, 'dist-2') })
    expect(result.code).toBe(1)
    expect(reports.map((r) => r.body.state)).toEqual(['building', 'failed'])
    expect(reports[1]?.body.message).toContain('probleem')
    expect(reports[1]?.body.problems).toContainEqual(expect.objectContaining({ collection: 'checklists', slug: checklist.slug }))
  }, 600_000)

  it('refuses to start without CMS_URL, saying what to set', async () => {
    reports.length = 0
    const result = await run({ CMS_URL: '', SITE_BUILDER_API_KEY: KEY })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('CMS_URL')
    expect(reports).toEqual([])
    // It starts npm and Node: seconds on a loaded 2-core machine, so no short default timeout.
  }, 120_000)
})
