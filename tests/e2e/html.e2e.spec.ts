import { readFileSync } from 'node:fs'
import path from 'node:path'
import { htmlPages } from '@hp/scripts/sitemap'
import { HtmlValidate } from 'html-validate'
import { describe, expect, inject, it } from 'vitest'

describe('valid HTML', () => {
  it('html-validate passes on every built page', async () => {
    const dist = inject('distDir')
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] })
    const problems: string[] = []
    const pages = htmlPages(dist)
    for (const p of pages) {
      const file = path.join(dist, p.endsWith('/') ? `${p}index.html` : p)
      const report = await validator.validateString(readFileSync(file, 'utf8'), file)
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${p}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
      }
    }
    expect(pages.length).toBeGreaterThan(50)
    expect(problems).toEqual([])
  }, 120_000)
})
