import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { loadBudgets } from '@hp/scripts/bench/budgets'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from './browser.ts'

// Issue 17 point 5: a proxy for Lighthouse's Total Blocking Time that CI can afford. Each tool page
// and a checklist (a content page with a small script of its own) load in Chromium with the CPU
// slowed 4× (as Lighthouse's mobile preset does); Chromium's own count of main-thread script time
// (CDP Performance.getMetrics, "ScriptDuration": the same figure its performance trace sums) is read
// once the page's script has taken over. A ratio to the checklist in the same browser, not an
// absolute time: the machine's load slows both alike. Before issue 17 a scan hydrated React here
// (211 ms of Lighthouse TBT on the self-scan); that would show as a many-fold ratio.
const PAGES: { name: string; match: RegExp }[] = [
  { name: 'checklist', match: /^voor-de-helpers\/checklists\/[^/]+\/index\.html$/ },
  { name: 'referral tree step', match: /^voor-[a-z-]+\/doorverwijstool\/[^/]+\/[^/]+\/index\.html$/ },
  { name: 'self-scan', match: /^voor-[a-z-]+\/zelfscan-[^/]+\/index\.html$/ },
  { name: 'test', match: /^voor-[a-z-]+\/test-[^/]+\/index\.html$/ },
  { name: 'quickscan', match: /^voor-[a-z-]+\/quickscan-[^/]+\/index\.html$/ },
]
const ROUNDS = 3

/** Of the built pages matching, the largest HTML file (the worst case), as a site path. */
function largest(dist: string, match: RegExp): string {
  const hits = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => match.test(f))
    .sort((a, b) => statSync(path.join(dist, b)).size - statSync(path.join(dist, a)).size)
  if (!hits[0]) throw new Error(`No built page matches ${match}`)
  return `/${hits[0].replace(/index\.html$/, '')}`
}

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

/** Main-thread script time (ms) of one first load with the CPU slowed 4×, after the page's scripts ran. */
async function scriptMs(url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await cdp.send('Performance.enable')
  // Module scripts run before 'load'; the same settle time after it for every page (timers, idle callbacks).
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForTimeout(500)
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
  await context.close()
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000
}

describe('tool pages: main-thread script time (TBT proxy)', () => {
  it("each tool page's script time stays within budgets.json's ratio to a checklist's", async () => {
    const dist = inject('distDir')
    const base = inject('baseUrl')
    const { toolPages } = loadBudgets()
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
    const figures = new Map<string, { path: string; ms: number }>()
    for (const p of PAGES) {
      const sitePath = largest(dist, p.match)
      const runs: number[] = []
      for (let i = 0; i < ROUNDS; i++) runs.push(await scriptMs(`${base}${sitePath}`))
      figures.set(p.name, { path: sitePath, ms: median(runs) })
    }
    const checklist = figures.get('checklist')?.ms ?? Number.NaN
    const lines = [...figures].map(([name, f]) => `${name} ${f.path}: ${f.ms.toFixed(1)} ms (${(f.ms / checklist).toFixed(2)}× checklist)`)
    console.log(`Main-thread script time, CPU 4× slower, median of ${ROUNDS}:\n${lines.join('\n')}`)
    expect(checklist).toBeGreaterThan(0)
    const over = [...figures]
      .filter(([name, f]) => name !== 'checklist' && f.ms / checklist > toolPages.scriptTimeRatioToChecklist)
      .map(([name, f]) => `${name} ${f.path}: ${(f.ms / checklist).toFixed(2)}× (budget ${toolPages.scriptTimeRatioToChecklist}×)`)
    expect(over, lines.join('\n')).toEqual([])
  })
})
