import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { slugRedirects, treeStepUrl } from '@hp/content-schemas'
import { redirectsFile } from '@hp/scripts/redirects'
import { serveStatic } from '@hp/scripts/static-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentData, createUsers, SETTINGS, type TestUser } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

let cms: TestCms
let publisher: TestUser
beforeAll(async () => {
  cms = await startTestCms('slugs')
  publisher = (await createUsers(cms.payload)).publisher
  await cms.payload.updateGlobal({ slug: 'site-settings', data: SETTINGS as never, overrideAccess: true })
})
afterAll(async () => cms?.close())

const exportNow = async () => {
  const { buildSiteContent } = await import('../../src/export/index.ts')
  return buildSiteContent(cms.payload, { trustedCli: true }, 'http://localhost:3000')
}

describe('a changed slug leaves a redirect behind', () => {
  it('records the old slug when a published tip goes live under a new one, also via a draft', async () => {
    const { payload } = cms
    const as = { collection: 'tips' as const, overrideAccess: false, user: publisher }
    const tip = await payload.create({ ...as, data: { ...contentData('tips', 'x', {}), slug: 'luisteren', _status: 'published' } as never })
    await payload.update({ ...as, id: tip.id, data: { slug: 'goed-luisteren', _status: 'published' } as never })
    // A slug changed in a draft and published later still counts.
    await payload.update({ ...as, id: tip.id, draft: true, data: { slug: 'echt-luisteren' } as never })
    await payload.update({ ...as, id: tip.id, data: { _status: 'published' } as never })

    const content = await exportNow()
    expect(content.tips.map((t) => t.slug)).toEqual(['echt-luisteren'])
    expect(content.slugChanges).toEqual([
      { collection: 'tips', from: 'luisteren', to: 'echt-luisteren' },
      { collection: 'tips', from: 'goed-luisteren', to: 'echt-luisteren' },
    ])
    expect(slugRedirects(content)).toEqual([
      { from: '/voor-de-helpers/tips/goed-luisteren/', to: '/voor-de-helpers/tips/echt-luisteren/' },
      { from: '/voor-de-helpers/tips/luisteren/', to: '/voor-de-helpers/tips/echt-luisteren/' },
    ])
  })

  it('a draft that was never published leaves no redirect', async () => {
    const { payload } = cms
    const draft = await payload.create({
      collection: 'tips',
      draft: true,
      data: { ...contentData('tips', 'y', {}), slug: 'concept', _status: 'draft' } as never,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'tips',
      id: draft.id,
      data: { slug: 'definitief', _status: 'published' } as never,
      overrideAccess: true,
    })
    const content = await exportNow()
    expect(content.slugChanges.filter((c) => c.from === 'concept')).toEqual([])
  })

  it('a renamed referral tree keeps its old step URLs and form answers working (splat), served like the CDN does', async () => {
    const { payload } = cms
    const as = { collection: 'referral-trees' as const, overrideAccess: false, user: publisher }
    const tree = await payload.create({
      ...as,
      data: { ...contentData('referral-trees', 'z', {}), slug: 'wegwijzer', _status: 'published' } as never,
    })
    await payload.update({ ...as, id: tree.id, data: { slug: 'hulpwijzer', _status: 'published' } as never })

    const content = await exportNow()
    const live = content.referralTrees.find((t) => t.slug === 'hulpwijzer')
    if (!live) throw new Error('the renamed tree is not in the export')
    const base = '/voor-de-helpers/doorverwijstool/'
    expect(slugRedirects(content).filter((r) => r.from.startsWith(`${base}wegwijzer/`))).toEqual([
      { from: `${base}wegwijzer/`, to: `${base}hulpwijzer/` },
      { from: `${base}wegwijzer/*`, to: `${base}hulpwijzer/:splat` },
    ])

    // The tree's pages as the site build writes them, with the build's real _redirects file.
    const dist = mkdtempSync(path.join(tmpdir(), 'hp-slug-redirects-'))
    const server = await serveStatic(dist, 0).catch((error: unknown) => {
      rmSync(dist, { recursive: true, force: true })
      throw error
    })
    try {
      const pages = [`${base}hulpwijzer/`, ...live.nodes.map((n) => treeStepUrl('helpers', 'hulpwijzer', n.id))]
      for (const url of pages) {
        mkdirSync(path.join(dist, url), { recursive: true })
        writeFileSync(path.join(dist, url, 'index.html'), `<p>${url}</p>`)
      }
      writeFileSync(path.join(dist, '_redirects'), redirectsFile(content).text)
      const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const land = async (url: string) => {
        const res = await fetch(`${site}${url}`)
        return { status: res.status, path: new URL(res.url).pathname, body: await res.text() }
      }
      for (const node of live.nodes) {
        const want = treeStepUrl('helpers', 'hulpwijzer', node.id)
        expect(await land(treeStepUrl('helpers', 'wegwijzer', node.id))).toEqual({ status: 200, path: want, body: `<p>${want}</p>` })
      }
      expect((await land(`${base}wegwijzer/`)).path).toBe(`${base}hulpwijzer/`)
      // A bookmarked answer of the old form: the splat keeps the query, the new tree's form rule picks the step.
      expect((await land(`${base}wegwijzer/ga/?naar=praat`)).path).toBe(treeStepUrl('helpers', 'hulpwijzer', 'praat'))
      // An old URL below the tree that was never a step still ends at the 404, not at another page.
      expect((await land(`${base}wegwijzer/bestaat-niet/`)).status).toBe(404)
    } finally {
      await new Promise((resolve) => server.close(resolve))
      rmSync(dist, { recursive: true, force: true })
    }
  })
})
