import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { runCommand } from '@hp/scripts/build-receiver'
import { loadContent } from '@hp/scripts/content-source'
import { collectMedia, fetchMediaFile } from '@hp/scripts/media'
import { type CmsServer, ensureCmsBuild, loginToken, SITE_BUILDER_API_KEY, startCms } from '@hp/testing/cms-server'
import { type S3TestServer, startS3 } from '@hp/testing/s3-server'
import { type SmtpSink, startSink } from '@hp/testing/smtp-sink'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The production server (the `next build` output, as `npm start` and the container run it) with
 * media on S3-compatible storage: a local S3 server (s3rver) and a fresh database that the demo
 * seed fills through the bucket. The file route here is Next's, not the integration tests' shim.
 */
let s3: S3TestServer
let sink: SmtpSink
let cms: CmsServer
const auth = { Authorization: `users API-Key ${SITE_BUILDER_API_KEY}` }

beforeAll(async () => {
  await ensureCmsBuild('cms-s3')
  s3 = await startS3()
  sink = await startSink()
  cms = await startCms({ ...s3.env, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port) })
}, 1_200_000)
afterAll(async () => {
  await cms?.stop()
  await sink?.close()
  await s3?.close()
})

describe('the production CMS with media in an S3 bucket', () => {
  it('the seed put the images and their sizes in the bucket, not in MEDIA_DIR', async () => {
    const keys = await s3.keys()
    expect(keys).toContain('steun-aan-tafel.jpg')
    expect(keys.filter((k) => /^steun-aan-tafel-\d+x\d+\.jpg$/.test(k)).length).toBeGreaterThanOrEqual(1)
    const dir = cms.env.MEDIA_DIR as string
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([])
  })

  it('/api/ready is ready with the bucket as its storage', async () => {
    const res = await fetch(`${cms.url}/api/ready`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ready', checks: { storage: { ok: true } } })
  })

  it("serves bucket files at the CMS's own URL to the build key, not to anonymous visitors", async () => {
    const url = `${cms.url}/api/media/file/steun-aan-tafel.jpg`
    expect((await fetch(url)).status).toBe(403)
    const res = await fetch(url, { headers: auth })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await res.arrayBuffer()).equals(await s3.read('steun-aan-tafel.jpg'))).toBe(true)
  })

  it("the export's media URLs are on the CMS, and the build's download step gets the bucket's bytes", async () => {
    const content = await loadContent({ cmsUrl: cms.url, apiKey: SITE_BUILDER_API_KEY })
    const media = collectMedia(content)
    expect(media.length).toBeGreaterThanOrEqual(4)
    for (const m of media) {
      expect(m.url).toBe(`${cms.url}/api/media/file/${m.filename}`)
      const target = path.join(cms.dir, `download-${m.filename}`)
      await fetchMediaFile(m, target, { apiKey: SITE_BUILDER_API_KEY })
      expect(readFileSync(target).equals(await s3.read(m.filename)), m.filename).toBe(true)
    }
  })

  it('a publish on this server goes live in a real site build, with the image fetched from the bucket', async () => {
    const publisher = { Authorization: await loginToken(cms.url, 'publisher@example.org') }
    const found = await fetch(`${cms.url}/api/tips?where[image][exists]=true&limit=1&depth=0`, { headers: publisher })
    const tip = ((await found.json()) as { docs: { id: number; slug: string }[] }).docs[0]
    if (!tip) throw new Error('the demo has a tip with an image')
    const title = 'Steun aan tafel, opnieuw gepubliceerd'
    const published = await fetch(`${cms.url}/api/tips/${tip.id}`, {
      method: 'PATCH',
      headers: { ...publisher, 'content-type': 'application/json' },
      body: JSON.stringify({ title, _status: 'published' }),
    })
    expect(published.status, await published.clone().text()).toBe(200)
    const content = await loadContent({ cmsUrl: cms.url, apiKey: SITE_BUILDER_API_KEY })
    const exported = content.tips.find((t) => t.slug === tip.slug)
    expect(exported?.title).toBe(title)
    if (!exported?.image) throw new Error('the exported tip has its image')

    const dist = path.join(cms.dir, 'site-dist')
    const outcome = await runCommand('npm', ['run', '--silent', 'build:site'], {
      CMS_URL: cms.url,
      SITE_BUILDER_API_KEY,
      SITE_DIST_DIR: dist,
      MEDIA_SOURCE_DIR: '',
    }).done
    expect(outcome, outcome.message).toMatchObject({ ok: true })
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(`/tips/${tip.slug}/index.html`))
    expect(pages).toHaveLength(1)
    const html = readFileSync(path.join(dist, pages[0] as string), 'utf8')
    expect(html).toContain(title)
    const img = new RegExp(`<img[^>]*alt="${exported.image.alt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(html)?.[0]
    const src = img?.match(/\ssrc="([^"]+)"/)?.[1]
    expect(src, 'the tip page shows its image').toMatch(/^\//)
    expect(statSync(path.join(dist, decodeURIComponent((src as string).split('?')[0] as string))).size).toBeGreaterThan(500)
  }, 900_000)

  it('/api/ready answers 503 and names the storage once the bucket is gone', async () => {
    await s3.close()
    const res = await fetch(`${cms.url}/api/ready`)
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ status: 'not-ready', checks: { database: { ok: true }, storage: { ok: false } } })
  })
})
