import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import AxeBuilder from '@axe-core/playwright'
import { demoRoutes } from '@hp/site/islands/referral-tool/examples'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser, sitemapPaths } from './browser.ts'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

/** axe over the page as it is now; returns one line per violation, named by state. */
async function axe(page: Page, state: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return result.violations.map((v) => `${state}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/**
 * axe over a page as a browser without JavaScript shows it. axe itself needs JavaScript, so the page
 * is opened with every script file blocked: the island never hydrates, the server render stays.
 */
async function axeWithoutScripts(url: string, state: string): Promise<string[]> {
  const context = await browser.newContext()
  await context.route('**/*.js', (route) => route.abort())
  const page = await context.newPage()
  await page.goto(url)
  const lines = await axe(page, state)
  await context.close()
  return lines
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

/** Presses Tab until the focused element's text is `text` (at most 40 times); fails otherwise. */
async function tabTo(page: Page, text: string | RegExp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const now = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
    if (typeof text === 'string' ? now === text : text.test(now)) return
  }
  throw new Error(`Tab never reached ${text}`)
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    return { tag: el?.tagName.toLowerCase() ?? '', text: el?.textContent?.trim() ?? '', className: el?.className ?? '' }
  })

/** Chooses `answer` in the focused question by keyboard: Tab into the radio group, arrows to the answer, Space. */
async function chooseByKeyboard(page: Page, answer: string): Promise<void> {
  for (let i = 0; i < 40 && (await page.evaluate(() => (document.activeElement as HTMLInputElement).type)) !== 'radio'; i++)
    await page.keyboard.press('Tab')
  for (let i = 0; i < 10; i++) {
    const label = await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent ?? '')
    if (label === answer) break
    await page.keyboard.press('ArrowDown')
  }
  await page.keyboard.press('Space')
  expect(await page.getByRole('radio', { name: answer, exact: true }).isChecked()).toBe(true)
}

/** Gzip bytes of the JavaScript a page runs: its inline scripts and every script file it loads. */
async function scriptBytes(context: BrowserContext, url: string): Promise<{ files: Record<string, number>; inline: number }> {
  const page = await context.newPage()
  const files: Record<string, number> = {}
  page.on('response', (res) => {
    const u = new URL(res.url())
    if (u.pathname.endsWith('.js'))
      files[u.pathname] = gzipSync(readFileSync(path.join(inject('distDir'), u.pathname)), { level: 9 }).length
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  const inlineText = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])')]
      .map((s) => s.textContent)
      .join(''),
  )
  await page.close()
  return { files, inline: gzipSync(inlineText, { level: 9 }).length }
}

describe('referral tool with JavaScript', () => {
  it('walks one full path by keyboard only: no request, nothing stored, axe clean in every state', async () => {
    const route = demoRoutes.helpers
    const base = inject('baseUrl')
    const context = await browser.newContext()
    // Records every write to web storage or cookies the page makes (lengths alone would miss a write that is removed again).
    await context.addInitScript(() => {
      const writes: string[] = []
      Object.assign(window, { __writes: writes })
      for (const name of ['setItem', 'removeItem', 'clear'] as const) {
        const original = Storage.prototype[name] as (...args: unknown[]) => unknown
        Storage.prototype[name] = function (this: Storage, ...args: unknown[]) {
          writes.push(`storage.${name}`)
          return original.apply(this, args)
        } as never
      }
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')
      Object.defineProperty(document, 'cookie', {
        get: () => cookie?.get?.call(document),
        set: (value: string) => {
          writes.push('cookie')
          cookie?.set?.call(document, value)
        },
      })
    })
    const page = await context.newPage()
    const errors = watchErrors(page)
    const problems: string[] = []

    await page.goto(`${base}${route.url}`)
    problems.push(...(await axe(page, 'start')))
    await tabTo(page, 'Start')
    await Promise.all([page.waitForURL(`${base}${route.url}${route.steps[0]?.id}/`), page.keyboard.press('Enter')])
    // The enhancement script runs as soon as the page is parsed.
    await page.waitForSelector('[data-referral-tool][data-enhanced]')
    const where = page.url()
    const requests: string[] = []
    // Each step has its own address, and Chromium asks for the site icon again at every new address:
    // that request is the browser's, not the tool's, and carries nothing of the answers.
    page.on('request', (req) => {
      if (new URL(req.url()).pathname !== '/favicon.svg') requests.push(req.url())
    })

    // Sending without a choice: the error summary, focused.
    await tabTo(page, 'Volgende')
    await page.keyboard.press('Enter')
    expect(await focused(page)).toMatchObject({ tag: 'div', className: 'error-summary' })
    expect(await page.title()).toMatch(/^Fout: /)
    problems.push(...(await axe(page, 'error')))
    // Its link leads to the first answer.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio')

    for (const [i, step] of route.steps.entries()) {
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(step.question)
      if (i > 0) expect(await focused(page)).toEqual({ tag: 'h1', text: step.question, className: '' })
      problems.push(...(await axe(page, `question ${step.id}`)))
      await chooseByKeyboard(page, step.answer)
      await tabTo(page, 'Volgende')
      await page.keyboard.press('Enter')
    }
    expect(await focused(page)).toEqual({ tag: 'h1', text: route.outcome.title, className: '' })
    expect(await page.getByRole('region', { name: 'Uw antwoorden' }).locator('dt').allTextContents()).toEqual(
      route.steps.map((s) => s.question),
    )
    expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThan(0)
    problems.push(...(await axe(page, 'outcome')))

    // Change the third answer: back at that question, the later answer gone.
    const third = route.steps[2]
    if (!third) throw new Error('route')
    await tabTo(page, `Antwoord wijzigen bij de vraag “${third.question}”`)
    await page.keyboard.press('Enter')
    expect(await focused(page)).toEqual({ tag: 'h1', text: third.question, className: '' })
    expect(await page.getByRole('radio', { name: third.answer, exact: true }).isChecked()).toBe(true)
    expect(await page.getByRole('region', { name: 'Uw antwoorden' }).locator('dt').count()).toBe(2)
    // And start again.
    await tabTo(page, 'Opnieuw beginnen')
    await page.keyboard.press('Enter')
    expect(await focused(page)).toEqual({ tag: 'h1', text: route.steps[0]?.question, className: '' })

    expect(requests).toEqual([])
    // "Opnieuw beginnen": the first question's own address again.
    expect(page.url()).toBe(where)
    expect(await context.cookies()).toEqual([])
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, ''])
    expect(await page.evaluate(() => (window as unknown as { __writes: string[] }).__writes)).toEqual([])
    expect(errors).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })

  it('ships its JavaScript only on step pages (questions and outcomes), not on the start page, and reports its weight', async () => {
    const base = inject('baseUrl')
    const context = await browser.newContext()
    const start = await scriptBytes(context, `${base}${demoRoutes.helpers.url}`)
    const outcome = await scriptBytes(context, `${base}${demoRoutes.helpers.url}${demoRoutes.helpers.outcome.id}/`)
    const question = await scriptBytes(context, `${base}${demoRoutes.helpers.url}${demoRoutes.helpers.steps[0]?.id}/`)
    await context.close()
    // The start page is a content page: the quick exit only, inline. An outcome rebuilds its answers from the address.
    expect(Object.keys(start.files)).toEqual([])
    // One small script of its own (TreeStep.astro), no framework: no React, no Astro island runtime.
    const ownScript = (files: Record<string, number>) => Object.keys(files).filter((f) => f.includes('TreeStep'))
    expect(ownScript(outcome.files)).toHaveLength(1)
    expect(ownScript(question.files)).toHaveLength(1)
    expect(Object.keys(question.files).filter((f) => /react|client\.|astro-island/i.test(f))).toEqual([])
    const total = question.inline + Object.values(question.files).reduce((a, b) => a + b, 0)
    // The budget itself is budgets.json (tests/e2e/budgets.e2e.spec.ts); this reports what the tool costs.
    console.log(`[referral tool] JS on a question page, gzip: ${JSON.stringify({ ...question.files, inline: question.inline, total })}`)
  })
})

describe('referral tool history', () => {
  it('gives every step the no-JS page’s address: Back and Forward move through the answers, a reload keeps them', async () => {
    const route = demoRoutes.helpers
    const base = inject('baseUrl')
    const context = await browser.newContext()
    const page = await context.newPage()
    const errors = watchErrors(page)
    const stepUrl = (i: number) => `${base}${route.url}${route.steps[i]?.id}/`
    const question = () => page.getByRole('heading', { level: 1 }).textContent()
    const answersOnScreen = async () => {
      const region = page.getByRole('region', { name: 'Uw antwoorden' })
      if ((await region.count()) === 0) return []
      return region.locator('dt').allTextContents()
    }
    const answerLabels = () => page.locator('.tool-answers dd:not(:has(button))').allTextContents()

    await page.goto(`${base}${route.url}`)
    await page.getByRole('link', { name: 'Start', exact: true }).click()
    await page.waitForURL(stepUrl(0))
    await page.waitForSelector('[data-referral-tool][data-enhanced]')
    // Answer 3 questions: each one a new address, the no-JS page of the next question.
    for (const [i, step] of route.steps.slice(0, 3).entries()) {
      await page.getByRole('radio', { name: step.answer, exact: true }).check()
      await page.getByRole('button', { name: 'Volgende' }).click()
      await page.waitForURL((u) => u.pathname === new URL(stepUrl(i + 1)).pathname)
      expect(await question()).toBe(route.steps[i + 1]?.question)
    }
    expect(await answersOnScreen()).toEqual(route.steps.slice(0, 3).map((s) => s.question))

    // Back twice: at the second question, with the first answer listed.
    await page.goBack()
    await page.waitForURL((u) => u.pathname === new URL(stepUrl(2)).pathname)
    expect(await question()).toBe(route.steps[2]?.question)
    await page.goBack()
    await page.waitForURL((u) => u.pathname === new URL(stepUrl(1)).pathname)
    expect(await question()).toBe(route.steps[1]?.question)
    expect(await answersOnScreen()).toEqual([route.steps[0]?.question])
    expect(await answerLabels()).toEqual([route.steps[0]?.answer])
    // The answer given here before is still selected, and focus is on the question.
    expect(await page.getByRole('radio', { name: route.steps[1]?.answer, exact: true }).isChecked()).toBe(true)
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: route.steps[1]?.question })
    expect(await page.title()).toContain(route.steps[1]?.question)

    // Forward once: the third question, two answers.
    await page.goForward()
    await page.waitForURL((u) => u.pathname === new URL(stepUrl(2)).pathname)
    expect(await question()).toBe(route.steps[2]?.question)
    expect(await answersOnScreen()).toEqual(route.steps.slice(0, 2).map((s) => s.question))
    const address = page.url()

    // Reload: the same step and the same answers, rebuilt from the address alone.
    await page.reload()
    await page.waitForSelector('[data-referral-tool][data-enhanced]')
    await page.getByRole('region', { name: 'Uw antwoorden' }).waitFor()
    expect(page.url()).toBe(address)
    expect(await question()).toBe(route.steps[2]?.question)
    expect(await answersOnScreen()).toEqual(route.steps.slice(0, 2).map((s) => s.question))
    expect(await answerLabels()).toEqual(route.steps.slice(0, 2).map((s) => s.answer))
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, ''])

    // The same address in a fresh browser (nothing shared with this one) shows the same.
    const fresh = await browser.newContext()
    const other = await fresh.newPage()
    await other.goto(address)
    await other.getByRole('region', { name: 'Uw antwoorden' }).waitFor()
    expect(await other.getByRole('heading', { level: 1 }).textContent()).toBe(route.steps[2]?.question)
    expect(await other.locator('.tool-answers dt').allTextContents()).toEqual(route.steps.slice(0, 2).map((s) => s.question))
    await fresh.close()

    // Without JavaScript the same address is the plain page of that question.
    const noJs = await browser.newContext({ javaScriptEnabled: false })
    const plain = await noJs.newPage()
    await plain.goto(address)
    expect(await plain.getByRole('heading', { level: 1 }).textContent()).toBe(route.steps[2]?.question)
    await noJs.close()

    expect(errors).toEqual([])
    await context.close()
  })

  it('an outcome reached with JavaScript keeps its answers after a reload', async () => {
    const route = demoRoutes.helpers
    const base = inject('baseUrl')
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${base}${route.url}${route.steps[0]?.id}/`)
    await page.waitForSelector('[data-referral-tool][data-enhanced]')
    for (const step of route.steps) {
      await page.getByRole('radio', { name: step.answer, exact: true }).check()
      await page.getByRole('button', { name: 'Volgende' }).click()
    }
    await page.waitForURL((u) => u.pathname === `${route.url}${route.outcome.id}/`)
    await page.reload()
    await page.getByRole('region', { name: 'Uw antwoorden' }).waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(route.outcome.title)
    expect(await page.locator('.tool-answers dt').allTextContents()).toEqual(route.steps.map((s) => s.question))
    await context.close()
  })
})

describe('referral tool without JavaScript', () => {
  it('walks one full path through the GET forms and the _redirects rules, axe clean in every state', async () => {
    const route = demoRoutes.professionals
    const base = inject('baseUrl')
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const problems: string[] = []
    await page.goto(`${base}${route.url}`)
    await page.getByRole('link', { name: 'Start', exact: true }).click()
    for (const step of route.steps) {
      await page.waitForURL(`${base}${route.url}${step.id}/`)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(step.question)
      problems.push(...(await axeWithoutScripts(page.url(), `no JS, question ${step.id}`)))
      // Nothing chosen: the browser's own check (required) keeps the form from going anywhere.
      await page.getByRole('button', { name: 'Volgende' }).click()
      expect(page.url()).toBe(`${base}${route.url}${step.id}/`)
      await page.getByRole('radio', { name: step.answer, exact: true }).check()
      await page.getByRole('button', { name: 'Volgende' }).click()
    }
    await page.waitForURL(`${base}${route.url}${route.outcome.id}/`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(route.outcome.title)
    expect(await page.getByRole('heading', { level: 2, name: 'Wat zeg je als je belt?' }).count()).toBe(1)
    const tel = page.locator('a[href^="tel:"]').first()
    expect(await tel.getAttribute('href')).toMatch(/^tel:[0-9+]+$/)
    expect(await tel.textContent()).toContain('\u00a0')
    problems.push(...(await axeWithoutScripts(page.url(), 'no JS, outcome')))
    await page.getByRole('link', { name: 'Opnieuw beginnen' }).click()
    await page.waitForURL(`${base}${route.url}${route.steps[0]?.id}/`)
    expect(problems).toEqual([])
    await context.close()
  })

  it('sends a form without a next step back to the start page', async () => {
    const res = await fetch(`${inject('baseUrl')}${demoRoutes.helpers.url}ga/`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe(demoRoutes.helpers.url)
  })

  it('keeps question and outcome pages out of search engines and the sitemap; the start page stays in', async () => {
    const base = inject('baseUrl')
    const sitemap = sitemapPaths(inject('distDir'))
    for (const route of Object.values(demoRoutes)) {
      expect(sitemap).toContain(route.url)
      for (const id of [...route.steps.map((s) => s.id), route.outcome.id]) {
        const html = await (await fetch(`${base}${route.url}${id}/`)).text()
        expect(html, id).toContain('<meta name="robots" content="noindex">')
        expect(sitemap).not.toContain(`${route.url}${id}/`)
      }
    }
  })
})
