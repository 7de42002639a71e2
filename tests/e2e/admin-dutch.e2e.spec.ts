import type { Theme } from '@hp/content-schemas'
import { THEME_ADMIN_NAMES } from '@hp/content-schemas'
import { type CmsServer, ensureCmsBuild, loginToken, openAdmin, startCms } from '@hp/testing/cms-server'
import { type SmtpSink, startSink } from '@hp/testing/smtp-sink'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSettled, visibleText as readVisibleText } from './admin.ts'
import { launchBrowser } from './browser.ts'

/**
 * The real admin (production build, seeded SQLite) as an editor sees it, in Dutch at 1440×900 in
 * Amsterdam: no English left in the seeded documents and lists, rows named by their content, and
 * dates typed and shown as dd-mm-jjjj (typing 03-12-2026 stores 3 December).
 */
const EDITOR = 'editor@example.org'
const timeout = 60_000

/** English (or half-translated) admin texts an editor must not see. */
const ENGLISH = [
  'Add ',
  'Create New',
  'Successfully',
  'Payload Settings',
  'Payload Instellingen',
  'Untitled',
  'Zonder titel',
  'Nieuw(e)',
  'Voeg Option',
  'Voeg Question',
  'Voeg Theme',
  'Voeg Node',
  'Voeg Item',
  'Voeg Link',
  'Row 0',
  'Rij 1 (nog leeg)',
  'No results',
  'Loading',
]

let cms: CmsServer
let sink: SmtpSink
let browser: Browser
let page: Page
let token = ''

const api = async <T>(path: string): Promise<T> => {
  const res = await fetch(`${cms.url}/api/${path}`, { headers: { authorization: token } })
  expect(res.status, path).toBe(200)
  return (await res.json()) as T
}
const firstId = async (collection: string, where = '') =>
  (await api<{ docs: { id: number }[] }>(`${collection}?limit=1&depth=0&sort=id${where}`)).docs[0]?.id

/** What the editor reads on the page: the visible text, toasts and the open form included. */
const visibleText = () => readVisibleText(page)

/** Each English text found, with the words around it so a failure says where it is. */
function englishIn(text: string): string[] {
  return ENGLISH.filter((english) => text.includes(english)).map((english) => {
    const at = text.indexOf(english)
    return `${english} in "${text.slice(Math.max(0, at - 60), at + english.length + 60).replace(/\s+/g, ' ')}"`
  })
}

const open = (path: string, ready: string) => openSettled(page, `${cms.url}${path}`, ready, '.shimmer-effect', timeout)

beforeAll(async () => {
  await ensureCmsBuild('admin-dutch')
  sink = await startSink()
  cms = await startCms({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), NEWSLETTER_RATE_PER_SECOND: '50' })
  token = await loginToken(cms.url, EDITOR)

  browser = await launchBrowser()
  page = await openAdmin(browser, cms.url, EDITOR)
  await page.getByRole('heading').first().waitFor({ timeout })
}, 1_500_000)

afterAll(async () => {
  await page?.context().close()
  await browser?.close()
  await cms?.stop()
  await sink?.close()
})

describe('the admin in Dutch, as an editor', () => {
  it('shows a tip, its list and the new-tip form without English', async () => {
    const tip = await firstId('tips')
    await open(`/admin/collections/tips/${tip}`, '#field-title')
    expect(englishIn(await visibleText())).toEqual([])
    // The theme is shown by its name, not its key.
    const theme = (await api<{ theme: Theme }>(`tips/${tip}?depth=0`)).theme
    // biome-ignore lint/performance/useDomNodeTextContent: the text the editor sees
    expect(await page.locator('#field-theme').innerText()).toContain(THEME_ADMIN_NAMES[theme])

    await open('/admin/collections/tips', 'table')
    const list = await visibleText()
    expect(englishIn(list)).toEqual([])
    // Updated at, as 07-12-2026 19:54: day-month-year with the year, 24 hours, no "PM" or English months.
    expect(list).toMatch(/\b\d{2}-\d{2}-\d{4} \d{2}:\d{2}\b/)
    expect(list).not.toMatch(/\b(AM|PM)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/)

    await open('/admin/collections/tips/create', '#field-title')
    const create = await visibleText()
    // A new, unsaved tip has no title yet: its heading "[Zonder titel]" is right there (and only there).
    expect(englishIn(create.replace('[Zonder titel]', ''))).toEqual([])
    expect(create).toContain('Nieuw: Tip')
  })

  it('labels every collapsed row of a referral tree by its key and text', async () => {
    const tree = await firstId('referral-trees')
    const doc = await api<{ nodes: { blockType: string; key: string; question?: string; title?: string }[] }>(
      `referral-trees/${tree}?depth=0&draft=true`,
    )
    expect(doc.nodes.length).toBeGreaterThan(1)
    await open(`/admin/collections/referral-trees/${tree}`, '#field-title')
    const text = await visibleText()
    expect(englishIn(text)).toEqual([])
    expect(text).toContain('Vraag of uitkomst toevoegen')
    // Each node's row header: its number, its kind and "key: question" (or title).
    const headers = await page.locator('#field-nodes .blocks-field__block-header').allInnerTexts()
    expect(headers.length).toBe(doc.nodes.length)
    doc.nodes.forEach((node, i) => {
      const kind = node.blockType === 'question' ? 'Vraag' : 'Uitkomst'
      expect(headers[i]?.replace(/\s+/g, ' ').trim()).toBe(
        `${String(i + 1).padStart(2, '0')} · ${kind} · ${node.key}: ${node.question ?? node.title}`,
      )
    })
  })

  it('shows the newsletter issue and its send panel in Dutch, with the issue date as dd-mm-jjjj', async () => {
    const issue = await firstId('newsletter-issues')
    const doc = await api<{ date: string }>(`newsletter-issues/${issue}?depth=0`)
    await open(`/admin/collections/newsletter-issues/${issue}`, '#field-title')
    const text = await visibleText()
    expect(englishIn(text)).toEqual([])
    const panel = (await page.locator('section[aria-labelledby="nl-send-title"]').textContent({ timeout })) ?? ''
    expect(panel).toContain('Verzending')
    expect(panel).not.toMatch(/\b[Jj]e\b|\b[Jj]ouw\b/)
    // The seeded date, as the editor sees it in the field: dd-mm-jjjj in Amsterdam.
    const expected = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric' })
      .format(new Date(doc.date))
      .replaceAll('/', '-')
    expect(await page.locator('#field-date input').inputValue()).toBe(expected)

    await open('/admin/collections/newsletter-issues', 'table')
    const list = await visibleText()
    expect(englishIn(list)).toEqual([])
    expect(list).toContain(expected)
  })

  it('stores 3 December when the editor types 03-12-2026', async () => {
    const issue = await firstId('newsletter-issues')
    await open(`/admin/collections/newsletter-issues/${issue}`, '#field-title')
    const input = page.locator('#field-date input')
    await input.click()
    await input.press('ControlOrMeta+a')
    await input.press('Backspace')
    await input.pressSequentially('03-12-2026')
    await input.press('Enter')
    await page.locator('#field-title').click()
    expect(await input.inputValue()).toBe('03-12-2026')
    await page.getByRole('button', { name: 'Bewaar concept', exact: true }).click({ timeout })
    await expect
      .poll(async () => (await api<{ date: string }>(`newsletter-issues/${issue}?depth=0&draft=true`)).date, { timeout })
      .toMatch(/^2026-12-03T/)
    const stored = new Date((await api<{ date: string }>(`newsletter-issues/${issue}?depth=0&draft=true`)).date)
    expect(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' }).format(stored)).toBe('3 december 2026')
    // After a reload the field still reads 03-12-2026, and the save message is Dutch.
    expect(englishIn(await visibleText())).toEqual([])
    await open(`/admin/collections/newsletter-issues/${issue}`, '#field-title')
    expect(await page.locator('#field-date input').inputValue()).toBe('03-12-2026')
  })

  it('shows the account menu and the dashboard without "Payload" or English', async () => {
    await open('/admin/account', '#field-email')
    const account = await visibleText()
    expect(englishIn(account)).toEqual([])
    expect(account).toContain('Redacteur (schrijft concepten)')
    await open('/admin', 'h1, h2')
    expect(englishIn(await visibleText())).toEqual([])
  })
})

describe('the send panel, as a publisher', () => {
  it('says "Klaar" once the issue went to every subscriber, not "wordt verstuurd" forever', async () => {
    const adminToken = await loginToken(cms.url, 'admin@example.org')
    const addresses = ['lezer-een@test.example', 'lezer-twee@test.example']
    for (const email of addresses) {
      const res = await fetch(`${cms.url}/api/subscribers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: adminToken },
        body: JSON.stringify({ email, status: 'confirmed' }),
      })
      expect(res.status, email).toBe(201)
    }
    const published = await api<{ docs: { id: number }[] }>('newsletter-issues?depth=0&sort=-number&where[_status][equals]=published')
    const issue = published.docs[0]?.id
    expect(issue).toBeDefined()

    const tab = await openAdmin(browser, cms.url, 'publisher@example.org')
    await tab.goto(`${cms.url}/admin/collections/newsletter-issues/${issue}`, { timeout })
    const panel = tab.locator('section[aria-labelledby="nl-send-title"]')
    const confirm = panel.getByRole('button', { name: 'Ja, verstuur', exact: true })
    // The panel is a client component: a click before it has hydrated does nothing (on a busy
    // machine too), and the publisher clicks again, as a person would.
    await expect
      .poll(
        async () => {
          if (!(await confirm.isVisible())) await panel.getByRole('button', { name: 'Verstuur', exact: true }).click({ timeout })
          return confirm.isVisible()
        },
        { timeout: 120_000, interval: 2_000 },
      )
      .toBe(true)
    await confirm.click({ timeout })
    const status = panel.getByRole('status')
    await expect
      .poll(async () => (await status.textContent()) ?? '', { timeout: 90_000, interval: 500 })
      .toMatch(/^Klaar: verstuurd naar 2 van 2 ontvangers\.$/)
    expect(sink.messages.map((m) => m.to).sort()).toEqual([...addresses].sort())
    await tab.context().close()
  })
})
