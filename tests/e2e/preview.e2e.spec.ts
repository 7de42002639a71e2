import { execFileSync } from 'node:child_process'
import { signPreviewToken } from '@hp/cms/preview-token'
import { type PreviewServer, startPreviewServer } from '@hp/scripts/preview-server'
import { type CmsServer, ensureCmsBuild, freePort, loginToken, openAdmin, SITE_BUILDER_API_KEY, startCms } from '@hp/testing/cms-server'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './browser.ts'

/**
 * "Voorbeeld" in the real admin (production build, seeded SQLite) as an editor: a changed draft shows
 * on the preview server, built with the site's own components, CSS and scripts, while the public page
 * and the published export stay as they were. The preview is closed to anyone without a fresh token.
 */
const EDITOR = 'editor@example.org'
const timeout = 60_000
/** The CMS test server's PAYLOAD_SECRET (cms-server.ts): tests sign tokens with it to try expired ones. */
const SECRET = 'e2e-secret-e2e-secret-e2e-secret-012345'

let cms: CmsServer
let preview: PreviewServer
let browser: Browser
let context: BrowserContext
let admin: Page
let jwt = ''
const builds: number[] = []

const rest = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
  const res = await fetch(`${cms.url}/api/${path}`, {
    ...init,
    headers: { authorization: jwt, 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
  })
  expect(res.ok, `${path}: ${res.status}`).toBe(true)
  return (await res.json()) as T
}

interface Checklist {
  id: number
  slug: string
  title: string
}

beforeAll(async () => {
  await ensureCmsBuild('preview')
  const port = await freePort()
  cms = await startCms({ PREVIEW_URL: `http://127.0.0.1:${port}` })
  preview = await startPreviewServer({
    port,
    cmsUrl: cms.url,
    mediaSourceDir: cms.env.MEDIA_DIR,
    apiKey: SITE_BUILDER_API_KEY,
    onBuild: ({ ms, reused }) => {
      if (!reused) builds.push(ms)
    },
  })
  jwt = await loginToken(cms.url, EDITOR)

  browser = await launchBrowser()
  admin = await openAdmin(browser, cms.url, EDITOR, { viewport: { width: 1280, height: 900 } })
  context = admin.context()
}, 1_500_000)

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await preview?.close()
  await cms?.stop()
})

/** Opens the document in the admin and clicks "Voorbeeld"; returns the preview tab once its page has loaded. */
async function clickVoorbeeld(collection: string, id: number): Promise<{ tab: Page; ms: number }> {
  await admin.goto(`${cms.url}/admin/collections/${collection}/${id}`, { timeout })
  const button = admin.getByRole('link', { name: 'Voorbeeld', exact: true })
  await button.waitFor({ timeout })
  const started = Date.now()
  const [tab] = await Promise.all([context.waitForEvent('page', { timeout }), button.click()])
  await tab.waitForLoadState('load', { timeout: 120_000 })
  await tab.waitForURL((url) => !url.pathname.startsWith('/voorbeeld/'), { timeout: 120_000 })
  return { tab, ms: Date.now() - started }
}

describe('Voorbeeld of a draft, in the real admin', () => {
  it('shows the changed draft with the site’s CSS and working scripts; the public page and the export stay unchanged', async () => {
    const list = await rest<{ docs: Checklist[] }>('checklists?limit=1&depth=0&sort=id&where[_status][equals]=published')
    const checklist = list.docs[0]
    if (!checklist) throw new Error('the demo seed has no published checklist')
    const draftTitle = `Voorbeeld: ${checklist.title} (concept)`
    await rest(`checklists/${checklist.id}?draft=true`, { method: 'PATCH', body: JSON.stringify({ title: draftTitle }) })

    const errors: string[] = []
    context.on('page', (p) => {
      p.on('pageerror', (e) => errors.push(e.message))
      p.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
      })
    })
    const responses: { url: string; robots: string | null }[] = []
    context.on('response', (r) => {
      if (r.url().startsWith(preview.url)) responses.push({ url: r.url(), robots: r.headers()['x-robots-tag'] ?? null })
    })
    const { tab, ms } = await clickVoorbeeld('checklists', checklist.id)
    console.log(`preview: click → page in ${(ms / 1000).toFixed(1)} s`)
    const path = `/voor-de-helpers/checklists/${checklist.slug}/`
    expect(new URL(tab.url()).pathname).toBe(path)
    expect(await tab.locator('h1').first().textContent()).toBe(draftTitle)
    // Never indexable: the robots meta on the page, X-Robots-Tag on every answer.
    expect(await tab.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
    expect(responses.length).toBeGreaterThan(1)
    for (const r of responses) expect(r.robots, r.url).toContain('noindex')
    // The site's CSS is applied (the stylesheet the build emits, not the browser's defaults).
    const sheets = await tab.evaluate(() => [...document.styleSheets].filter((s) => s.href?.includes('/_astro/')).length)
    expect(sheets).toBeGreaterThan(0)
    expect(await tab.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^"?Times/)
    // The page's script works: a tick updates the progress.
    const boxes = tab.locator('input[data-checklist-tick]')
    const total = await boxes.count()
    expect(total).toBeGreaterThan(0)
    await boxes.first().check()
    await expect.poll(() => tab.getByRole('status').textContent(), { timeout }).toBe(`1 van ${total} gedaan`)
    expect(errors).toEqual([])

    // The public site (built from the same seed) and the published export still have the live title.
    const publicHtml = await (await fetch(`${inject('baseUrl')}${path}`)).text()
    expect(publicHtml).toContain(checklist.title)
    expect(publicHtml).not.toContain(draftTitle)
    const exported = await fetch(`${cms.url}/api/site-content`, { headers: { Authorization: `users API-Key ${SITE_BUILDER_API_KEY}` } })
    const content = (await exported.json()) as { checklists: { slug: string; title: string }[] }
    expect(content.checklists.find((c) => c.slug === checklist.slug)?.title).toBe(checklist.title)
    // Nothing of the preview reached the public build or its search index.
    const grep = () => {
      try {
        return execFileSync('grep', ['-rl', '--', draftTitle, inject('distDir')], { encoding: 'utf8' })
      } catch {
        return ''
      }
    }
    expect(grep()).toBe('')
    await tab.close()
  })

  it('is refused without a session, with a tampered or an expired token; robots.txt disallows all', async () => {
    const list = await rest<{ docs: Checklist[] }>('checklists?limit=1&depth=0&sort=id')
    const id = list.docs[0]?.id ?? 0
    const page = `${preview.url}/voor-de-helpers/checklists/${list.docs[0]?.slug}/`
    const anonymous = await fetch(page)
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('x-robots-tag')).toContain('noindex')
    expect(await anonymous.text()).toContain('alleen voor de redactie')

    const good = signPreviewToken({ collection: 'checklists', id }, SECRET)
    const [body, sig] = good.split('.')
    const tampered = `${Buffer.from(JSON.stringify({ collection: 'checklists', id: String(id), exp: Date.now() + 3_600_000 })).toString('base64url')}.${sig}`
    const expired = signPreviewToken({ collection: 'checklists', id }, SECRET, { now: Date.now() - 20 * 60 * 1000 })
    for (const [token, text] of [
      [tampered, 'ongeldig'],
      [`${body}.AAAA${sig?.slice(4)}`, 'ongeldig'],
      [expired, 'verlopen'],
    ] as const) {
      const res = await fetch(`${preview.url}/voorbeeld/${token}`, { redirect: 'manual' })
      expect(res.status).toBe(403)
      expect(res.headers.get('set-cookie')).toBeNull()
      expect(await res.text()).toContain(text)
    }
    // An anonymous click on the admin's link gets no token at all.
    expect((await fetch(`${cms.url}/api/preview/open/checklists/${id}`, { redirect: 'manual' })).status).toBe(401)
    const robots = await (await fetch(`${preview.url}/robots.txt`)).text()
    expect(robots).toContain('Disallow: /')
  })

  it('reaches the preview fast enough: median of 5 fresh drafts (each a new build)', async () => {
    const list = await rest<{ docs: { id: number; title: string }[] }>('tips?limit=1&depth=0&sort=id&where[_status][equals]=published')
    const tip = list.docs[0]
    if (!tip) throw new Error('the demo seed has no published tip')
    const times: number[] = []
    for (let i = 1; i <= 5; i++) {
      const title = `${tip.title} — concept ${i}`
      await rest(`tips/${tip.id}?draft=true`, { method: 'PATCH', body: JSON.stringify({ title }) })
      const { tab, ms } = await clickVoorbeeld('tips', tip.id)
      expect(await tab.locator('h1').first().textContent()).toBe(title)
      times.push(ms)
      await tab.close()
    }
    const sorted = [...times].sort((a, b) => a - b)
    const median = sorted[2] ?? 0
    console.log(`preview latency (click → page, ms): ${times.join(', ')}; median ${median}; builds (ms): ${builds.join(', ')}`)
    // The goal is 10 s on 2 idle cores; this machine is shared, so the test only guards against a hang.
    expect(median).toBeLessThan(60_000)
  })
})

/** Clicks until a new tab opens: on a busy machine a click before the panel hydrates can open nothing. */
async function clickForTab(click: () => Promise<void>): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    const tab = context.waitForEvent('page', { timeout: 20_000 })
    await click()
    try {
      return await tab
    } catch (error) {
      if (attempt === 4) throw error
    }
  }
}

describe('Voorbeeld als e-mail, in the real admin', () => {
  it('shows a draft issue as the HTML e-mail and as plain text, not JSON', async () => {
    const issues = await rest<{ docs: { number: number; intro: unknown }[] }>('newsletter-issues?limit=1&depth=0&sort=-number')
    const number = (issues.docs[0]?.number ?? 0) + 1
    const created = await rest<{ doc: { id: number } }>('newsletter-issues?draft=true', {
      method: 'POST',
      body: JSON.stringify({
        title: `Conceptnummer ${number}`,
        number,
        date: '2026-12-15',
        intro: issues.docs[0]?.intro,
        items: [{ title: 'Nieuw in de signalenwijzer', summary: 'Drie nieuwe signalen.', url: 'https://example.org/' }],
      }),
    })
    await admin.goto(`${cms.url}/admin/collections/newsletter-issues/${created.doc.id}`, { timeout })
    const html = admin.getByRole('link', { name: 'Voorbeeld als e-mail (HTML)' })
    await html.waitFor({ timeout })
    const mail = await clickForTab(() => html.click())
    await mail.waitForLoadState('load', { timeout })
    // biome-ignore lint/performance/useDomNodeTextContent: the text the editor sees
    const text = (await mail.locator('body').innerText()).trim()
    expect(text).toContain(`Conceptnummer ${number}`)
    expect(text).toContain('Nieuw in de signalenwijzer')
    expect(text.startsWith('{')).toBe(false)
    await mail.close()
    const plain = await clickForTab(() => admin.getByRole('link', { name: 'als platte tekst' }).click())
    await plain.waitForLoadState('load', { timeout })
    // biome-ignore lint/performance/useDomNodeTextContent: the text the editor sees
    expect(await plain.locator('body').innerText()).toContain(`Conceptnummer ${number}`)
    await plain.close()
  })
})
