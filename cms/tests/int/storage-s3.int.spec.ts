import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Media } from '@hp/content-schemas'
import { runCommand } from '@hp/scripts/build-receiver'
import { loadContent } from '@hp/scripts/content-source'
import { collectMedia, fetchMediaFile } from '@hp/scripts/media'
import { S3_TEST_KEY, type S3TestServer, startS3 } from '@hp/testing/s3-server'
import { mailToSink, type SmtpSink, startSink } from '@hp/testing/smtp-sink'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkBucket, readS3Env } from '../../src/storage/index.ts'
import { startTestCms, type TestCms } from './harness.ts'
import { createApiServer, listen } from './http.ts'
import { SEED_IMAGE } from './paths.ts'

/*
 * Media on S3-compatible object storage, against a local S3 server (s3rver) that the test starts:
 * the demo seed uploads into the bucket with its image sizes, the REST upload as the admin does it,
 * the CMS serves bucket files at its own URL with its access check, the export's URLs and the site
 * build's download work as with the local folder, /api/ready checks the bucket, a delete removes
 * the objects, backup and restore copy files out of and into the bucket, and the real `npm run build:site` builds the site with the images from the bucket.
 */
const API_KEY = 'test-site-builder-key-0123456789'
const PASSWORD = 'test-password-123'
const SEED_MEDIA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/seed/media')
const SIZES = ['thumbnail', 'medium', 'large'] as const

interface MediaDoc {
  id: string | number
  filename: string
  url: string
  mimeType: string
  sizes?: Record<string, { filename?: string | null; width?: number | null; height?: number | null }>
}

let s3: S3TestServer
let sink: SmtpSink
let cms: TestCms | undefined
let api: Server
let base: string
const work = mkdtempSync(path.join(tmpdir(), 'hp-s3-test-'))
const saved = { ...process.env }

const objectKeys = (doc: MediaDoc) =>
  [doc.filename, ...SIZES.map((s) => doc.sizes?.[s]?.filename).filter((f): f is string => Boolean(f))].sort()

async function allMedia(): Promise<MediaDoc[]> {
  const found = await (cms as TestCms).payload.find({ collection: 'media', pagination: false, depth: 0, overrideAccess: true })
  return found.docs as unknown as MediaDoc[]
}

async function login(email: string): Promise<string> {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  expect(res.status).toBe(200)
  return `JWT ${((await res.json()) as { token: string }).token}`
}

beforeAll(async () => {
  s3 = await startS3()
  Object.assign(process.env, s3.env)
  sink = await startSink()
  mailToSink(sink)
  api = createApiServer(() => cms?.payload)
  base = await listen(api)
  cms = await startTestCms('s3', { serverUrl: base })
  const { seed } = await import('../../src/seed/index.ts')
  await seed(cms.payload, { password: PASSWORD, siteBuilderApiKey: API_KEY })
}, 300_000)

afterAll(async () => {
  await new Promise((resolve) => api?.close(resolve))
  await cms?.close()
  await sink?.close()
  await s3?.close()
  rmSync(work, { recursive: true, force: true })
  process.env = saved
})

describe('media on S3-compatible storage', () => {
  it('stores every upload and its image sizes in the bucket, and nothing in MEDIA_DIR', async () => {
    const media = await allMedia()
    const images = media.filter((m) => m.mimeType.startsWith('image/'))
    expect(media.length).toBe(readdirSync(SEED_MEDIA).filter((f) => !f.startsWith('.')).length)
    expect(images.length).toBeGreaterThanOrEqual(4)
    // The bucket holds exactly the originals and their sizes.
    expect(await s3.keys()).toEqual(media.flatMap(objectKeys).sort())
    for (const image of images) {
      // sharp made the thumbnail (320×240, cropped) and stored it in the bucket.
      const thumb = image.sizes?.thumbnail?.filename
      expect(thumb, image.filename).toBeTruthy()
      const meta = await sharp(await s3.read(thumb as string)).metadata()
      expect([meta.width, meta.height]).toEqual([320, 240])
    }
    for (const m of media) expect((await s3.read(m.filename)).equals(readFileSync(path.join(SEED_MEDIA, m.filename)))).toBe(true)
    const dir = process.env.MEDIA_DIR as string
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([])
  })

  it('puts an upload through the REST API (as the admin sends it, streamed to a temporary file) in the bucket', async () => {
    const form = new FormData()
    form.append('file', new Blob([readFileSync(SEED_IMAGE)], { type: 'image/jpeg' }), 'rest-upload.jpg')
    form.append('_payload', JSON.stringify({ alt: 'Geüpload via de API' }))
    const res = await fetch(`${base}/api/media`, {
      method: 'POST',
      headers: { Authorization: await login('editor@example.org') },
      body: form,
    })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: MediaDoc }
    expect(doc.filename).toBe('rest-upload.jpg')
    const keys = await s3.keys()
    for (const key of objectKeys(doc)) expect(keys).toContain(key)
    expect(objectKeys(doc).length).toBeGreaterThanOrEqual(2)
  })

  it("serves bucket files at the CMS's own URL, to the site builder but not to anonymous visitors", async () => {
    const image = (await allMedia()).find((m) => m.filename === 'steun-aan-tafel.jpg') as MediaDoc
    expect(image.url).toBe(`${base}/api/media/file/steun-aan-tafel.jpg`)
    const anonymous = await fetch(image.url)
    expect(anonymous.status).toBe(403)
    const res = await fetch(image.url, { headers: { Authorization: `users API-Key ${API_KEY}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await res.arrayBuffer()).equals(await s3.read('steun-aan-tafel.jpg'))).toBe(true)
  })

  it("the export's media URLs point at the CMS, and the site build's download gets every file from the bucket", async () => {
    const content = await loadContent({ cmsUrl: base, apiKey: API_KEY })
    const media = collectMedia(content)
    expect(media.length).toBeGreaterThanOrEqual(4)
    const target = path.join(work, 'download')
    rmSync(target, { recursive: true, force: true })
    mkdirSync(target, { recursive: true })
    for (const m of media) {
      expect(m.url).toBe(`${base}/api/media/file/${m.filename}`)
      // The same step the site build runs (scripts/src/build-site.ts), with no local copy to fall back on.
      await fetchMediaFile(m, path.join(target, m.filename), { apiKey: API_KEY, sourceDir: path.join(work, 'none') })
      expect(readFileSync(path.join(target, m.filename)).equals(await s3.read(m.filename)), m.filename).toBe(true)
    }
    // A wrong key gets a clear error naming the file, as with the local folder.
    await expect(fetchMediaFile(media[0] as Media, path.join(target, 'x'), { apiKey: 'wrong' })).rejects.toThrow(/antwoordde 403/)
  })

  it('/api/ready checks the bucket', async () => {
    const res = await fetch(`${base}/api/ready`)
    const body = (await res.json()) as { status: string; checks: Record<string, { ok: boolean }> }
    expect(res.status).toBe(200)
    expect(body.checks).toMatchObject({ database: { ok: true }, storage: { ok: true }, mail: { ok: true } })
    const settings = readS3Env(s3.env)
    if (!settings) throw new Error('S3 settings expected')
    await expect(checkBucket(settings)).resolves.toBeUndefined()
    await expect(checkBucket({ ...settings, bucket: 'no-such-bucket' })).rejects.toThrow(/HTTP 404/)
    const wrongKey = readS3Env({ ...s3.env, S3_ACCESS_KEY_ID: 'UNKNOWN', S3_SECRET_ACCESS_KEY: S3_TEST_KEY })
    await expect(checkBucket(wrongKey as NonNullable<typeof wrongKey>)).rejects.toThrow(/HTTP 403/)
  })

  it('deleting a medium removes the original and its sizes from the bucket, and its URL answers 404', async () => {
    const doc = (await allMedia()).find((m) => m.filename === 'rest-upload.jpg') as MediaDoc
    const keys = objectKeys(doc)
    const others = (await s3.keys()).filter((k) => !keys.includes(k))
    const res = await fetch(`${base}/api/media/${doc.id}`, {
      method: 'DELETE',
      headers: { Authorization: await login('publisher@example.org') },
    })
    expect(res.status).toBe(200)
    expect(await s3.keys()).toEqual(others)
    const gone = await fetch(doc.url, { headers: { Authorization: `users API-Key ${API_KEY}` } })
    expect(gone.status).toBe(404)
  })

  it('a backup copies the media out of the bucket, and a restore puts a lost object back', async () => {
    const { backupTo } = await import('../../src/backup/index.ts')
    const { mediaFileStore } = await import('../../src/storage/files.ts')
    const dir = path.join(work, 'backup')
    const manifest = await backupTo((cms as TestCms).payload, dir)
    const keys = await s3.keys()
    expect(manifest.mediaFiles).toBe(keys.length)
    expect(readdirSync(path.join(dir, 'media')).sort()).toEqual(keys)
    for (const key of keys) expect(readFileSync(path.join(dir, 'media', key)).equals(await s3.read(key)), key).toBe(true)
    // Restore writes through the same store: the object is back, and the CMS serves it as before.
    await s3.remove('team-overleg.jpg')
    const store = mediaFileStore(process.env.MEDIA_DIR as string)
    try {
      await store.copyIn(path.join(dir, 'media', 'team-overleg.jpg'), 'team-overleg.jpg', 'image/jpeg')
    } finally {
      store.close()
    }
    expect(await s3.keys()).toEqual(keys)
    const res = await fetch(`${base}/api/media/file/team-overleg.jpg`, { headers: { Authorization: `users API-Key ${API_KEY}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(path.join(SEED_MEDIA, 'team-overleg.jpg')))).toBe(true)
  })

  it('the real site build downloads the images from the bucket and publishes them', async () => {
    const content = await loadContent({ cmsUrl: base, apiKey: API_KEY })
    const tip = content.tips.find((t) => t.image)
    if (!tip?.image) throw new Error('the demo has a tip with an image')
    const dist = path.join(work, 'dist')
    const outcome = await runCommand('npm', ['run', '--silent', 'build:site'], {
      CMS_URL: base,
      SITE_BUILDER_API_KEY: API_KEY,
      SITE_DIST_DIR: dist,
      MEDIA_SOURCE_DIR: '',
    }).done
    expect(outcome, outcome.message).toMatchObject({ ok: true })
    // The tip's page shows its image from a file the build made from the bucket's original.
    const html = findFiles(dist, '.html').map((f) => readFileSync(f, 'utf8'))
    const page = html.find((h) => h.includes(`alt="${tip.image?.alt}"`))
    expect(page, `a page with alt="${tip.image.alt}"`).toBeDefined()
    const src = new RegExp(`<img[^>]*alt="${escapeRe(tip.image.alt)}"[^>]*>`).exec(page as string)?.[0].match(/\ssrc="([^"]+)"/)?.[1]
    expect(src).toMatch(/^\//)
    const file = path.join(dist, decodeURIComponent((src as string).split('?')[0] as string))
    expect(statSync(file).size).toBeGreaterThan(500)
  }, 600_000)

  it('/api/ready answers 503 and names the storage when the bucket cannot be reached', async () => {
    await s3.close()
    const res = await fetch(`${base}/api/ready`)
    const body = (await res.json()) as { status: string; checks: Record<string, { ok: boolean }> }
    expect(res.status).toBe(503)
    expect(body.checks).toMatchObject({ database: { ok: true }, storage: { ok: false } })
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|hp-media|ECONNREFUSED/)
  })
})

function findFiles(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? findFiles(full, ext) : e.name.endsWith(ext) ? [full] : []
  })
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
