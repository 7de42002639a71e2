import { mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { launchBrowser } from '@hp/scripts/browser'
import { runCommand } from '@hp/scripts/build-receiver'
import { serveStatic } from '@hp/scripts/static-server'
import { type SmtpSink, startSink, waitForMail } from '@hp/testing/smtp-sink'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from './harness.ts'
import { createApiServer, listen } from './http.ts'

/*
 * The newsletter sign-up form in Chromium, against the real pieces: the site built by
 * `npm run build:site` with CMS_PUBLIC_URL pointing at the CMS's REST API over HTTP (a second
 * origin, as in production), the static server, and a real SMTP sink. With JavaScript the answer
 * shows on the page (CORS + the page's connect-src); without it the form posts and the CMS
 * redirects back to the thank-you page (form-action).
 */
const API_KEY = 'test-site-builder-key-0123456789'
const FORM = '/voor-professionals/nieuwsbrief/'

let cms: TestCms | undefined
let api: Server
let site: Server
let sink: SmtpSink
let browser: Browser
let siteUrl: string
let cmsUrl: string
const dir = mkdtempSync(path.join(tmpdir(), 'hp-newsletter-form-'))
const dist = path.join(dir, 'dist')
const saved = { ...process.env }

beforeAll(async () => {
  sink = await startSink()
  site = await serveStatic(dist, 0)
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  api = createApiServer(() => cms?.payload)
  cmsUrl = await listen(api)
  // Before startTestCms: the config validates the environment when it is imported.
  Object.assign(process.env, {
    SITE_URL: siteUrl,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_SECURE: 'false',
    MAIL_FROM: 'Voor Professionals <nieuwsbrief@test.example>',
    NEWSLETTER_RATE_LIMIT: '50',
    NEWSLETTER_AUTORUN: 'false',
    SITE_BUILD_HOOK_URL: '',
  })
  cms = await startTestCms('newsletter-form')
  const { seed } = await import('../../src/seed/index.ts')
  await seed(cms.payload, { password: 'test-password-123', siteBuilderApiKey: API_KEY })
  const build = await runCommand('npm', ['run', '--silent', 'build:site'], {
    CMS_URL: cmsUrl,
    CMS_PUBLIC_URL: cmsUrl,
    SITE_URL: siteUrl,
    SITE_BUILDER_API_KEY: API_KEY,
    MEDIA_SOURCE_DIR: process.env.MEDIA_DIR ?? '',
    SITE_DIST_DIR: dist,
    ASTRO_TELEMETRY_DISABLED: '1',
  }).done
  expect(build.ok, build.message).toBe(true)
  browser = await launchBrowser()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  site?.close()
  api?.close()
  await cms?.close()
  await sink?.close()
  rmSync(dir, { recursive: true, force: true })
  process.env = saved
})

/** A fresh page that records console errors (CSP violations show up there) and every request. */
async function open(javaScriptEnabled = true, base = siteUrl) {
  const context = await browser.newContext({ javaScriptEnabled })
  const page = await context.newPage()
  const problems: string[] = []
  const requests: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`))
  await page.goto(new URL(FORM, base).toString())
  return { context, page, problems, requests }
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('aria-labelledby'))

const consentSource = async (email: string) =>
  (
    (await cms?.payload.find({ collection: 'subscribers', where: { email: { equals: email } }, overrideAccess: true }))?.docs[0] as
      | { consentSource?: string; status?: string }
      | undefined
  )?.consentSource

/** Fills in and sends the form; the CMS's 303 brings the browser to the thank-you page, the mail arrives. */
async function signUpThePlainWay(page: Page, email: string) {
  await page.locator('#nb-email').fill(email)
  await page.locator('#nb-consent').check()
  await Promise.all([
    page.waitForURL('**/voor-professionals/nieuwsbrief/bedankt/'),
    page.getByRole('button', { name: 'Aanmelden' }).click(),
  ])
  expect(await page.locator('h1').textContent()).toBe('Bijna klaar: bevestig je aanmelding')
  await waitForMail(sink, email)
  expect(await consentSource(email)).toBe('nieuwsbrief-archief')
}

describe('newsletter sign-up form in the browser', () => {
  it('with JavaScript: errors on the page, then "Bijna klaar" without leaving it, and the confirmation e-mail', async () => {
    const { context, page, problems, requests } = await open()
    await page.getByRole('button', { name: 'Aanmelden' }).click()

    // The CMS's Dutch errors in a summary that takes the focus, and at each field.
    const summary = page.locator('[data-signup-summary]')
    await expect.poll(() => summary.isVisible()).toBe(true)
    expect(await focusedId(page)).toBe('nb-problem')
    expect(await summary.textContent()).toContain('Vul je e-mailadres in.')
    expect(await summary.textContent()).toContain('Vink aan dat je de nieuwsbrief wilt ontvangen.')
    expect(await page.locator('#nb-email').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#nb-email-error').textContent()).toBe('Vul je e-mailadres in.')
    expect(new URL(page.url()).pathname).toBe(FORM)
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([])

    // The summary's link takes the keyboard to the field.
    await summary.getByRole('link', { name: 'Vul je e-mailadres in.' }).click()
    expect(await focusedId(page)).toBe('nb-email')

    const email = 'js-aanmelding@test.example'
    await page.keyboard.type(email)
    await page.locator('#nb-sector').selectOption('onderwijs')
    await page.locator('#nb-consent').check()
    await page.getByRole('button', { name: 'Aanmelden' }).click()

    const done = page.locator('[data-signup-done]')
    await expect.poll(() => done.isVisible()).toBe(true)
    expect(await focusedId(page)).toBe('nb-done')
    expect(await done.textContent()).toContain('Bijna klaar: bevestig je aanmelding')
    expect(await page.locator('form[data-signup]').isVisible()).toBe(false)
    expect(await summary.isVisible()).toBe(false)
    expect(new URL(page.url()).pathname, 'the page did not navigate').toBe(FORM)
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([])

    const mail = await waitForMail(sink, email)
    expect(mail.subject).toMatch(/bevestig/i)
    expect(await consentSource(email)).toBe('nieuwsbrief-js')
    // The answers came from the CMS: two POSTs, no cookies, no other origin, no CSP error.
    expect(requests.filter((r) => r.startsWith(`POST ${cmsUrl}/api/newsletter/subscribe`))).toHaveLength(2)
    expect(requests.filter((r) => !r.includes(siteUrl) && !r.includes(cmsUrl))).toEqual([])
    expect(await context.cookies()).toEqual([])
    expect(problems.filter((p) => !p.includes('400'))).toEqual([])
    await context.close()
  })

  it('with JavaScript, offline: the visitor is told and keeps what they typed', async () => {
    const { context, page } = await open()
    await page.locator('#nb-email').fill('offline@test.example')
    await page.locator('#nb-consent').check()
    await context.setOffline(true)
    await page.getByRole('button', { name: 'Aanmelden' }).click()
    const summary = page.locator('[data-signup-summary]')
    await expect.poll(() => summary.isVisible()).toBe(true)
    expect(await summary.textContent()).toContain('Controleer je internetverbinding')
    expect(await page.locator('#nb-email').inputValue()).toBe('offline@test.example')
    expect(await page.locator('#nb-consent').isChecked()).toBe(true)
    expect(await page.getByRole('button', { name: 'Aanmelden' }).isVisible()).toBe(true)
    await context.close()
  })

  it('on an origin that is not SITE_URL: the CMS refuses the sign-up with a Dutch page and sends nothing', async () => {
    // Same site, other host name (think www. versus none): the CMS answers neither its CORS nor
    // its origin check for it, so the script's post fails and the plain post gets the refusal.
    const { context, page } = await open(true, siteUrl.replace('127.0.0.1', 'localhost'))
    const email = 'ander-adres@test.example'
    await page.locator('#nb-email').fill(email)
    await page.locator('#nb-consent').check()
    await Promise.all([page.waitForURL(`${cmsUrl}/api/newsletter/subscribe`), page.getByRole('button', { name: 'Aanmelden' }).click()])
    expect(await page.locator('h1').textContent()).toBe('Aanmelden via onze website')
    expect(await page.locator('body').textContent()).toContain(
      'Aanmelden voor de nieuwsbrief kan alleen via het formulier op onze website.',
    )
    await (await import('../../src/newsletter/index.ts')).settled()
    expect(sink.messages.filter((m) => m.to === email)).toEqual([])
    expect(await consentSource(email)).toBeUndefined()
    await context.close()
  })

  it('without JavaScript: the form posts to the CMS and comes back to the thank-you page', async () => {
    const { context, page, problems } = await open(false)
    await signUpThePlainWay(page, 'zonder-js@test.example')
    expect(new URL(page.url()).origin).toBe(siteUrl)
    expect(problems).toEqual([])
    expect(await context.cookies()).toEqual([])
    await context.close()
  })

  it('only the site may read the answer: another origin gets no CORS permission, and no credentials are allowed', async () => {
    const post = (origin: string) =>
      fetch(`${cmsUrl}/api/newsletter/subscribe`, {
        method: 'POST',
        headers: { Origin: origin, Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email: '' }),
      })
    const fromSite = await post(siteUrl)
    expect(fromSite.headers.get('access-control-allow-origin')).toBe(siteUrl)
    expect(fromSite.headers.get('access-control-allow-credentials')).toBeNull()
    expect(fromSite.status).toBe(400)
    const fromElsewhere = await post('https://kwaadwillend.example')
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await fetch(`${cmsUrl}/api/newsletter/subscribe`, {
      method: 'OPTIONS',
      headers: { Origin: siteUrl, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(siteUrl)
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST')
  })
})
