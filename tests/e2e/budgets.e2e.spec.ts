import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { evaluateBudgets, loadBudgets } from '@hp/scripts/bench/budgets'
import { measureSite } from '@hp/scripts/bench/site-files'
import { describe, expect, inject, it } from 'vitest'

// budgets.json (issue 6) over every page of the demo build the e2e setup made. Lighthouse is not
// run here: one mobile run per template takes ~15 s on 2 cores, so it lives in `npm run bench:lighthouse`.
describe('performance budgets', () => {
  it('every built page is within budgets.json (JS, HTML+CSS, image sizes, other origins)', () => {
    const pages = measureSite(inject('distDir'))
    expect(pages.length).toBeGreaterThan(50)
    expect(evaluateBudgets(loadBudgets(), pages)).toEqual([])
  })

  // The contract's checks belong to the build: a browser script that imports a module with a zod
  // schema carries zod along (the referral tool's step script once went from 4 to 27 KB gzip that way).
  it('no browser script carries the contract library (zod)', () => {
    const assets = path.join(inject('distDir'), '_astro')
    const withZod = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => /ZodError|\$ZodType/.test(readFileSync(path.join(assets, f), 'utf8')))
    expect(withZod).toEqual([])
  })
})
