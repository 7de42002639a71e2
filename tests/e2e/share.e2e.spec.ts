import { mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ervaringUrl, pillarUrl, SHARE_THANKS_URL, SHARE_URL } from '@hp/content-schemas'
import { runCommand } from '@hp/scripts/build-receiver'
import { serveStatic } from '@hp/scripts/static-server'
import { type CmsServer, ensureCmsBuild, loginToken, openAdmin, SITE_BUILDER_API_KEY, startCms } from '@hp/testing/cms-server'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from './browser.ts'

/**
 * "Deel uw tip of ervaring" end to end, as people use it: a visitor without JavaScript sends a tip
 * from the built site to the real CMS (production build, cms/src/server.ts, seeded SQLite); a
 * publisher makes an experience of it in the admin ("Maak ervaring"), anonymises and publishes it;
 * after a rebuild the experience is on the site, under pillar 4 and on its checklist.
 */
const PUBLISHER = 'publisher@example.org'
const timeout = 60_000
const TEXT =
  'Mijn broer Joost werd overvallen in zijn winkel. Ik heb de eerste weken elke avond gekookt en bij hem gegeten. We praatten niet veel over de overval. Dat hoefde ook niet.'

let cms: CmsServer
let site: Server
let siteUrl: string
let browser: Browser
const dir = mkdtempSync(path.join(tmpdir(), 'hp-share-e2e-'))
const dist = path.join(dir, 'dist')

/** `npm run build:site` against the running CMS, as the build hook runs it. */
async function buildSite(): Promise<void> {
  const build = await runCommand('npm', ['run', '--silent', 'build:site'], {
    CMS_URL: cms.url,
    CMS_PUBLIC_URL: cms.url,
    SITE_URL: siteUrl,
    SITE_BUILDER_API_KEY,
    MEDIA_SOURCE_DIR: cms.env.MEDIA_DIR ?? '',
    SITE_DIST_DIR: dist,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
  }).done
  expect(build.ok, build.message).toBe(true)
}

beforeAll(async () => {
  await ensureCmsBuild('share')
  site = await serveStatic(dist, 0)
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  cms = await startCms({ SITE_URL: siteUrl })
  await buildSite()
  browser = await launchBrowser()
}, 1_800_000)

afterAll(async () => {
  await browser?.close()
  site?.close()
  await cms?.stop()
  rmSync(dir, { recursive: true, force: true })
})

const publisherToken = () => loginToken(cms.url, PUBLISHER)

describe('share a tip, moderate it, see it on the rebuilt site', () => {
  it('works from the form without JavaScript to the published experience', async () => {
    // 1. A visitor without JavaScript finds the form from pillar 4 and sends a tip.
    const visitor = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' })
    const page = await visitor.newPage()
    await page.goto(siteUrl + pillarUrl('hoe-doen-anderen-het'), { timeout })
    await page.getByRole('link', { name: 'Deel uw tip of ervaring' }).first().click({ timeout })
    await page.waitForURL((url) => url.pathname === SHARE_URL, { timeout })
    expect(await page.locator('h1').textContent()).toBe('Deel uw tip of ervaring')
    expect(await page.getByText('Let op: geen namen en plaatsen').count()).toBe(1)
    await page.getByLabel('Uw tip of ervaring', { exact: true }).fill(TEXT)
    await page.getByLabel('Waar ging het om?').selectOption('overval-of-beroving')
    await page.getByLabel(/^Ja, mijn tip of ervaring mag/).check()
    await page.getByRole('button', { name: 'Verstuur' }).click({ timeout })
    await page.waitForURL((url) => url.pathname === SHARE_THANKS_URL, { timeout })
    expect(await page.locator('h1').textContent()).toBe('Dank u wel voor uw tip of ervaring')
    await visitor.close()

    // Nothing is on the site yet; the submission waits in the CMS, with the name flagged.
    const auth = await publisherToken()
    const list = await fetch(`${cms.url}/api/submissions?depth=0&where[status][equals]=nieuw`, { headers: { authorization: auth } })
    const submission = ((await list.json()) as { docs: { id: number; text: string; personalData: { text: string }[] }[] }).docs.find(
      (d) => d.text === TEXT,
    )
    if (!submission) throw new Error('the tip did not arrive in the CMS')
    expect(submission.personalData.map((f) => f.text)).toContain('Joost')

    // 2. The publisher opens it in the admin and clicks "Maak ervaring".
    const admin = await openAdmin(browser, cms.url, PUBLISHER)
    await admin.goto(`${cms.url}/admin/collections/submissions/${submission.id}`, { timeout })
    const make = admin.getByRole('button', { name: 'Maak ervaring' })
    await make.waitFor({ timeout })
    // A click before the button hydrates does nothing on a busy machine: click until the admin moves on.
    await expect
      .poll(
        async () => {
          if (!new URL(admin.url()).pathname.startsWith('/admin/collections/ervaringen/'))
            await make.click({ timeout: 5_000 }).catch(() => {})
          return new URL(admin.url()).pathname
        },
        { timeout: 120_000, interval: 3_000 },
      )
      .toMatch(/^\/admin\/collections\/ervaringen\/\d+$/)

    // 3. The draft holds the text; the publisher anonymises it and publishes.
    const title = admin.locator('#field-title')
    await title.waitFor({ timeout })
    await title.fill('Elke avond samen eten')
    await admin.locator('#field-summary').fill('Na een overval kookte een helper elke avond voor haar broer. Praten hoefde niet.')
    // The experience's only rich-text field: its body.
    const editor = admin.locator('[data-lexical-editor="true"]').first()
    await editor.click({ timeout })
    await admin.keyboard.press('Control+A')
    await admin.keyboard.type(
      'Mijn broer werd overvallen. Ik heb de eerste weken elke avond bij hem gekookt en gegeten. We praatten niet veel. Dat hoefde ook niet.',
    )
    await admin.locator('#action-save').click({ timeout })
    const id = Number(new URL(admin.url()).pathname.split('/').pop())
    let slug = ''
    await expect
      .poll(
        async () => {
          const res = await fetch(`${cms.url}/api/ervaringen/${id}?depth=0`, { headers: { authorization: auth } })
          const doc = (await res.json()) as { _status?: string; slug?: string; title?: string }
          slug = doc.slug ?? ''
          return `${doc._status} ${doc.title}`
        },
        { timeout: 120_000, interval: 2_000 },
      )
      .toBe('published Elke avond samen eten')
    await admin.context().close()

    // 4. After the rebuild the experience is on the site: its page, pillar 4 and the checklist of its offence.
    await buildSite()
    const reader = await browser.newPage()
    await reader.goto(siteUrl + ervaringUrl(slug), { timeout })
    expect(await reader.locator('h1').textContent()).toBe('Elke avond samen eten')
    const body = (await reader.locator('article').textContent()) ?? ''
    expect(body).toContain('Ik heb de eerste weken elke avond bij hem gekookt en gegeten.')
    expect(body).not.toContain('Joost')
    await reader.goto(siteUrl + pillarUrl('hoe-doen-anderen-het'), { timeout })
    expect(await reader.getByRole('link', { name: 'Elke avond samen eten' }).count()).toBeGreaterThan(0)
    await reader.goto(`${siteUrl}/voor-de-helpers/checklists/overval-of-beroving/`, { timeout })
    expect(await reader.getByRole('link', { name: 'Elke avond samen eten' }).count()).toBe(1)
    await reader.close()
  }, 900_000)

  it('with JavaScript, problems and the thank-you show on the form page itself, and nothing typed is lost', async () => {
    const visitor = await browser.newContext({ locale: 'nl-NL' })
    const page = await visitor.newPage()
    const errors: string[] = []
    // CSP and CORS refusals show up as console errors (the form's expected 400 answer logs one too; that one is fine).
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|CORS|Refused/i.test(m.text())) errors.push(m.text())
    })
    await page.goto(siteUrl + SHARE_URL, { timeout })
    // The script has taken the form over once the browser's own checks are off.
    await expect.poll(() => page.locator('form[data-signup]').evaluate((f) => (f as HTMLFormElement).noValidate), { timeout }).toBe(true)
    const text = 'Een kaartje sturen helpt ook. Mijn buurman was er blij mee, zei hij later.'
    await page.getByLabel('Uw tip of ervaring', { exact: true }).fill(text)
    await page.getByRole('button', { name: 'Verstuur' }).click({ timeout })
    const summary = page.locator('[data-signup-summary]')
    await summary.waitFor({ state: 'visible', timeout })
    expect(await summary.textContent()).toContain('Vink aan dat wij uw tip of ervaring na controle op de website mogen zetten.')
    expect(new URL(page.url()).pathname).toBe(SHARE_URL)
    expect(await page.getByLabel('Uw tip of ervaring', { exact: true }).inputValue()).toBe(text)
    await page.getByLabel(/^Ja, mijn tip of ervaring mag/).check()
    await page.getByRole('button', { name: 'Verstuur' }).click({ timeout })
    await page.locator('[data-signup-done]').waitFor({ state: 'visible', timeout })
    expect(new URL(page.url()).pathname).toBe(SHARE_URL)
    expect(errors).toEqual([])
    await visitor.close()
    const auth = await publisherToken()
    const list = await fetch(`${cms.url}/api/submissions?depth=0&limit=100`, { headers: { authorization: auth } })
    expect(((await list.json()) as { docs: { text: string }[] }).docs.map((d) => d.text)).toContain(text)
  }, 300_000)
})
