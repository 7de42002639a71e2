import { type CmsServer, ensureCmsBuild, loginToken, openAdmin, SITE_BUILDER_API_KEY, startCms } from '@hp/testing/cms-server'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from './browser.ts'

/**
 * The real admin (`next build`, cms/src/server.ts, seeded SQLite) after a failed site build: the
 * Site-build screen says in Dutch what to fix, and its link opens the document that caused it.
 */
const ADMIN = 'admin@example.org'
const timeout = 60_000

let cms: CmsServer
let browser: Browser

beforeAll(async () => {
  await ensureCmsBuild('cms-build-problems')
  cms = await startCms()
  browser = await launchBrowser()
}, 1_500_000)

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

describe('the Site-build screen after a failed build', () => {
  it('names the document and field in Dutch; the link opens that document', async () => {
    const token = await loginToken(cms.url, ADMIN)
    const list = await fetch(`${cms.url}/api/tips?limit=1&where[_status][equals]=published&depth=0`, { headers: { authorization: token } })
    const tip = ((await list.json()) as { docs: { id: number; slug: string; title: string }[] }).docs[0]
    if (!tip) throw new Error('the seed has no published tip')

    // What the build receiver sends after `npm run build:site` failed on this tip.
    const report = await fetch(`${cms.url}/api/build-status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `users API-Key ${SITE_BUILDER_API_KEY}` },
      body: JSON.stringify({
        state: 'failed',
        message: `Er is 1 probleem met de inhoud:\n  - Tip "${tip.slug}": title: Vul dit veld in.`,
        problems: [{ collection: 'tips', slug: tip.slug, document: `Tip "${tip.slug}"`, field: 'title', message: 'Vul dit veld in.' }],
      }),
    })
    expect(report.status).toBe(200)

    const page = await openAdmin(browser, cms.url, ADMIN)

    await page.goto(`${cms.url}/admin/globals/build-status`, { timeout })
    const box = page.getByTestId('build-problems')
    await box.waitFor({ timeout })
    const text = (await box.textContent()) ?? ''
    expect(text).toContain('De site kon niet worden bijgewerkt. Dit moet eerst worden opgelost:')
    expect(text).toContain(`Tip "${tip.slug}", veld title: Vul dit veld in.`)
    expect(text).toContain('De live site is niet veranderd. Na de volgende publicatie wordt de site opnieuw gebouwd.')

    await box.getByRole('link', { name: `Tip "${tip.slug}"` }).click({ timeout })
    await page.waitForURL((url) => url.pathname === `/admin/collections/tips/${tip.id}`, { timeout })
    await expect.poll(() => page.locator('#field-title').inputValue(), { timeout }).toBe(tip.title)
  }, 300_000)

  it('after a build that went live without a document it could not use: names it, the rest is live', async () => {
    const token = await loginToken(cms.url, ADMIN)
    const list = await fetch(`${cms.url}/api/tips?limit=1&where[_status][equals]=published&depth=0`, { headers: { authorization: token } })
    const tip = ((await list.json()) as { docs: { id: number; slug: string }[] }).docs[0]
    if (!tip) throw new Error('the seed has no published tip')
    // What the build receiver sends when `npm run build:site` held this tip back (scripts/src/site/hold-back.ts).
    const message =
      'Het bestand foto.jpg kon niet worden opgehaald (antwoordde 404). De vorige versie blijft op de site tot dit is opgelost.'
    const report = await fetch(`${cms.url}/api/build-status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `users API-Key ${SITE_BUILDER_API_KEY}` },
      body: JSON.stringify({
        state: 'succeeded',
        problems: [{ collection: 'tips', slug: tip.slug, document: `Tip "${tip.slug}"`, message }],
      }),
    })
    expect(report.status).toBe(200)

    const page = await openAdmin(browser, cms.url, ADMIN)
    await page.goto(`${cms.url}/admin/globals/build-status`, { timeout })
    const box = page.getByTestId('build-problems')
    await box.waitFor({ timeout })
    const text = (await box.textContent()) ?? ''
    expect(text).toContain('De site is bijgewerkt, behalve deze documenten:')
    expect(text).toContain(`Tip "${tip.slug}": ${message}`)
    expect(await box.getByRole('link', { name: `Tip "${tip.slug}"` }).getAttribute('href')).toBe(`/admin/collections/tips/${tip.id}`)
  }, 300_000)
})
