import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { type Assessment, questionsByTheme, SiteContentSchema, scoreAssessment } from '@hp/content-schemas'
import { demoRuns } from '@hp/site/islands/assessment/examples'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './browser.ts'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
let browser: Browser
let assessments: Assessment[]
beforeAll(async () => {
  browser = await launchBrowser()
  assessments = SiteContentSchema.parse(JSON.parse(readFileSync(inject('contentFile'), 'utf8'))).assessments
})
afterAll(async () => browser?.close())

/** axe over the page as it is now; one line per violation, named by state. */
async function axe(page: Page, state: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return result.violations.map((v) => `${state}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Console errors, page errors and CSP violations, as lines. */
function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text())) errors.push(`console ${msg.type()}: ${msg.text()}`)
  })
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`))
  return errors
}

/** Presses Tab until the focused element matches the selector; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

const active = (page: Page) =>
  page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: document.activeElement?.textContent ?? '' }))

const find = (slug: string) => {
  const a = assessments.find((x) => x.slug === slug)
  if (!a) throw new Error(`demo assessment "${slug}" is not in the exported content; see cms/src/seed/data/assessments.ts`)
  return a
}

describe.each(demoRuns)('assessment $path', (run) => {
  it('is filled in by keyboard only, with an error summary first; axe is clean in every state; nothing is sent or stored', async () => {
    const a = find(run.slug)
    const choice = Object.fromEntries(a.questions.map((q) => [q.id, Math.min(run.pick?.[q.id] ?? run.otherwise, q.options.length - 1)]))
    const expected = scoreAssessment(a, choice)
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${inject('baseUrl')}${run.path}`, { waitUntil: 'networkidle' })
    // The page's script (enhance.ts) marks the form as working once it has taken over.
    await page.waitForSelector('[data-scan][data-enhanced]', { state: 'attached', timeout: 60_000 })
    const violations = await axe(page, 'start')
    const requests: string[] = []
    page.on('request', (req) => requests.push(req.url()))

    // Nothing answered: the summary lists every question and takes focus.
    await tabTo(page, '.assessment__submit')
    await page.keyboard.press('Enter')
    const summary = page.locator('.assessment__error-summary')
    await summary.waitFor()
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await summary.getByRole('link').count()).toBe(a.questions.length)
    violations.push(...(await axe(page, 'error')))

    // The first link leads to question 1; then every question: Space for the first option, arrows for the others.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    const order = questionsByTheme(a).flatMap((g) => g.questions)
    for (const [i, q] of order.entries()) {
      if (i > 0) await page.keyboard.press('Tab')
      expect((await active(page)).id).toBe(`${a.slug}-${q.id}-0`)
      const index = choice[q.id] ?? 0
      if (index === 0) await page.keyboard.press('Space')
      for (let k = 0; k < index; k++) await page.keyboard.press('ArrowDown')
      expect(await page.locator(`#${a.slug}-${q.id}-${index}`).isChecked()).toBe(true)
    }
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('assessment__submit'))).toBe(true)
    await page.keyboard.press('Enter')

    // The result: focus on its heading, the band the contract's scoring gives, a red flag explained.
    const heading = page.locator('.assessment__result h2')
    await heading.waitFor()
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await heading.textContent()).toContain(expected.band.title)
    const lifted = expected.redFlags.filter((f) => f.lifts)
    expect(await page.locator('.assessment__why li').allTextContents()).toEqual(
      lifted.map((f) => expect.stringContaining(a.questions.find((q) => q.id === f.questionId)?.text ?? '?')),
    )
    if (run.pick) expect(lifted.length, 'the quickscan run shows a red flag lifting the result').toBeGreaterThan(0)
    violations.push(...(await axe(page, 'result')))

    // Print: the browser's dialog is replaced to count calls; the print view keeps the result and its date.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes')
    })
    await tabTo(page, '.assessment__actions button:nth-child(1)')
    await page.keyboard.press('Enter')
    expect(await page.getAttribute('body', 'data-printed')).toBe('yes')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.assessment__printed').isVisible()).toBe(true)
    expect(await page.locator('.assessment__printed').textContent()).toContain(String(new Date().getFullYear()))
    expect(await page.locator('.assessment__actions').isVisible()).toBe(false)
    expect(await page.locator('.assessment-page__intro').isVisible()).toBe(false)
    expect(await heading.isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })

    // "Antwoorden aanpassen" keeps the answers; "Opnieuw beginnen" clears them.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.locator('.assessment__form').waitFor()
    expect(await page.locator('.assessment__form input:checked').count()).toBe(a.questions.length)
    await tabTo(page, '.assessment__submit')
    await page.keyboard.press('Enter')
    await heading.waitFor()
    await tabTo(page, '.assessment__actions button:nth-child(3)')
    await page.keyboard.press('Enter')
    await page.locator('.assessment__form').waitFor()
    expect(await page.locator('.assessment__form input:checked').count()).toBe(0)

    expect(requests, 'no request while answering, printing or starting again').toEqual([])
    expect(await context.cookies()).toEqual([])
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0)
    expect(violations).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('without JavaScript shows the intro, every question and option, and says the result needs JavaScript', async () => {
    const a = find(run.slug)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${inject('baseUrl')}${run.path}`)
    const legends = await page.locator('fieldset > legend').allTextContents()
    expect(legends.map((l) => l.replace(/^\d+\.\s*/, ''))).toEqual(questionsByTheme(a).flatMap((g) => g.questions.map((q) => q.text)))
    for (const q of a.questions) expect(await page.locator(`label[for="${a.slug}-${q.id}-0"]`).isVisible()).toBe(true)
    expect(await page.locator('.assessment-page__intro p').first().isVisible()).toBe(true)
    const note = page.locator('[data-assessment-noscript]')
    expect(await note.isVisible()).toBe(true)
    expect(await note.textContent()).toMatch(/JavaScript/)
    // A button that cannot work is not shown.
    expect(await page.locator('.assessment__submit').isVisible()).toBe(false)
    await context.close()
  })

  it('without JavaScript passes axe (the page as such a browser shows it: no scripts, <noscript> content shown)', async () => {
    // axe itself needs JavaScript: serve the page with its scripts removed and its <noscript> unwrapped.
    const url = `${inject('baseUrl')}${run.path}`
    const html = (await (await fetch(url)).text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<\/?noscript>/gi, '')
    const context = await browser.newContext()
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }))
    const page = await context.newPage()
    await page.goto(url)
    expect(await page.locator('[data-assessment-noscript]').isVisible()).toBe(true)
    expect(await page.locator('[data-scan] form').count()).toBe(1)
    expect(await axe(page, 'no JavaScript')).toEqual([])
    await context.close()
  })
})
