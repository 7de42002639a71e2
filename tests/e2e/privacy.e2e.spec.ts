import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { inPool, launchBrowser, sitemapPaths } from './browser.ts'

const MARKER = 'CONCEPT-NIET-PUBLICEREN'
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? files(full) : [full]
  })
}

/** Pagefind stores its index gzipped; read what it really holds. */
function text(file: string): string {
  const raw = readFileSync(file)
  if (raw[0] === 0x1f && raw[1] === 0x8b) return gunzipSync(raw).toString('latin1')
  return raw.toString('utf8')
}

describe('drafts never reach the public site', () => {
  it('the draft marker appears in no file of the build output, search index included', () => {
    const all = files(inject('distDir'))
    expect(all.some((f) => f.includes(`${path.sep}pagefind${path.sep}`))).toBe(true)
    expect(all.filter((f) => text(f).includes(MARKER))).toEqual([])
  })
})

describe('privacy on every page', () => {
  it('sets no cookies, requests nothing from another origin and logs no CSP violation', async () => {
    const base = inject('baseUrl')
    const origin = new URL(base).origin
    const problems: string[] = []
    await inPool(sitemapPaths(inject('distDir')), 2, async (p) => {
      const context = await browser.newContext()
      const page = await context.newPage()
      page.on('request', (req) => {
        const url = new URL(req.url())
        if (url.origin !== origin && url.protocol !== 'data:') problems.push(`${p}: request to ${req.url()}`)
      })
      page.on('console', (msg) => {
        if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text()))
          problems.push(`${p}: console ${msg.type()}: ${msg.text()}`)
      })
      page.on('pageerror', (err) => problems.push(`${p}: page error ${err.message}`))
      const res = await page.goto(`${base}${p}`, { waitUntil: 'networkidle' })
      if (res?.status() !== 200) problems.push(`${p}: status ${res?.status()}`)
      const cookies = await context.cookies()
      if (cookies.length > 0) problems.push(`${p}: cookies ${cookies.map((c) => c.name).join(', ')}`)
      const stored = await page.evaluate(() => localStorage.length + sessionStorage.length)
      if (stored > 0) problems.push(`${p}: ${stored} items in web storage`)
      await context.close()
    })
    expect(problems).toEqual([])
  }, 600_000)

  it('every page carries a Content-Security-Policy without unsafe-inline scripts', async () => {
    const base = inject('baseUrl')
    for (const p of sitemapPaths(inject('distDir'))) {
      const html = await (await fetch(`${base}${p}`)).text()
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? ''
      expect(csp, p).toMatch(/script-src/)
      expect(/script-src[^;]*'unsafe-inline'/.test(csp), p).toBe(false)
    }
  })
})
