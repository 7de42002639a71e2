import { once } from 'node:events'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { generateSiteContent } from '../bench/generate.ts'
import {
  type BuildOutcome,
  type BuildReason,
  type BuildState,
  createBuildQueue,
  createStatusReporter,
  describeReasons,
  runCommand,
  startBuildReceiver,
} from './build-receiver.ts'

/** A build the test finishes by hand. */
function manualBuilds() {
  const pending: ((o: BuildOutcome) => void)[] = []
  let active = 0
  let most = 0
  let started = 0
  const build = () =>
    new Promise<BuildOutcome>((resolve) => {
      started++
      active++
      most = Math.max(most, active)
      pending.push((o) => {
        active--
        resolve(o)
      })
    })
  const finish = async (ok = true) => {
    const next = pending.shift()
    if (!next) throw new Error('no build is running')
    next({ ok, message: ok ? 'built' : 'broken', ms: 1 })
    // Let the queue start the next build.
    await new Promise((r) => setImmediate(r))
  }
  return { build, finish, stats: () => ({ started, most, running: pending.length }) }
}

describe('createBuildQueue', () => {
  it('builds at once when idle', async () => {
    const b = manualBuilds()
    const q = createBuildQueue(b.build)
    const result = q.trigger({ action: 'publish' })
    expect(b.stats()).toEqual({ started: 1, most: 1, running: 1 })
    expect(q.busy).toBe(true)
    await b.finish()
    await expect(result).resolves.toMatchObject({ ok: true })
    expect(q.busy).toBe(false)
  })

  it('never builds twice at once; triggers during a build schedule exactly one more', async () => {
    const b = manualBuilds()
    const q = createBuildQueue(b.build)
    const first = q.trigger()
    const during = [q.trigger(), q.trigger(), q.trigger()]
    expect(b.stats().started).toBe(1)
    await b.finish()
    await first
    expect(b.stats()).toEqual({ started: 2, most: 1, running: 1 })
    await b.finish()
    const outcomes = await Promise.all(during)
    expect(outcomes.every((o) => o.ok)).toBe(true)
    expect(b.stats()).toEqual({ started: 2, most: 1, running: 0 })
  })

  it('reports queued → building → succeeded/failed, with the reasons of each build', async () => {
    const b = manualBuilds()
    const seen: [BuildState, string][] = []
    const q = createBuildQueue(b.build, (state, { reasons }) => seen.push([state, describeReasons(reasons)]))
    void q.trigger({ action: 'publish', collection: 'tips', slug: 'a' })
    void q.trigger({ action: 'delete', collection: 'tips', slug: 'b' })
    void q.trigger({ action: 'publish', collection: 'tips', slug: 'c' })
    await b.finish(false)
    await b.finish(true)
    expect(seen).toEqual([
      ['queued', 'publish tips/a'],
      ['building', 'publish tips/a'],
      ['queued', 'delete tips/b'],
      ['failed', 'publish tips/a'],
      ['building', 'publish tips/c (+1 more)'],
      ['succeeded', 'publish tips/c (+1 more)'],
    ])
  })

  it('a build that throws counts as failed and the queue goes on', async () => {
    let n = 0
    const q = createBuildQueue(async () => {
      n++
      if (n === 1) throw new Error('astro crashed')
      return { ok: true, message: 'built', ms: 1 }
    })
    await expect(q.trigger()).resolves.toMatchObject({ ok: false, message: 'astro crashed' })
    await expect(q.trigger()).resolves.toMatchObject({ ok: true })
  })
})

describe('after a failed build', () => {
  it('the next trigger runs exactly one more build, and it can succeed', async () => {
    const { build, finish, stats } = manualBuilds()
    const states: BuildState[] = []
    const q = createBuildQueue(build, (state) => states.push(state))
    const first = q.trigger({ collection: 'tips', slug: 'kapot', action: 'publish' })
    await finish(false)
    await expect(first).resolves.toMatchObject({ ok: false })
    expect(q.busy).toBe(false)
    // The next publish: one build, not zero (stuck) and not two (a replay of the failed one).
    const second = q.trigger({ collection: 'tips', slug: 'goed', action: 'publish' })
    expect(stats()).toMatchObject({ started: 2, running: 1 })
    await finish(true)
    await expect(second).resolves.toMatchObject({ ok: true })
    expect(stats()).toMatchObject({ started: 2, running: 0 })
    expect(states).toEqual(['queued', 'building', 'failed', 'queued', 'building', 'succeeded'])
  })
})

describe('runCommand', () => {
  const node = process.execPath
  it('succeeds with the last line of output', async () => {
    const outcome = await runCommand(node, ['-e', 'console.log("[1/2] a"); console.log("Site built in 1 s")']).done
    expect(outcome).toMatchObject({ ok: true, message: 'Site built in 1 s' })
  })

  it('a build that went live but held documents back names them as problems of a success', async () => {
    const script =
      'console.error("Niet bijgewerkt: deze documenten konden niet in de site. De rest van de site is wel bijgewerkt.\\n  - Tip \\"slaap\\": Het bestand foto.jpg kon niet worden opgehaald (404). De vorige versie blijft op de site tot dit is opgelost."); console.log("Site built in 1 s")'
    const outcome = await runCommand(node, ['-e', script]).done
    expect(outcome).toMatchObject({ ok: true, message: 'Site built in 1 s' })
    expect(outcome.problems).toEqual([
      {
        collection: 'tips',
        slug: 'slaap',
        document: 'Tip "slaap"',
        message: 'Het bestand foto.jpg kon niet worden opgehaald (404). De vorige versie blijft op de site tot dit is opgelost.',
      },
    ])
  })

  it('a build that went live passes on its reach check: the pages no link reaches, with their documents', async () => {
    const lines = [
      '      Reach check: 151 pages, 2 not reached by links from /, /voor-de-helpers/, /voor-professionals/ (14 ms)',
      '      Not reached: /voor-de-helpers/tips/slaap/ {"collection":"tips","slug":"slaap","document":"Tip \\"slaap\\""}',
      '      Not reached: /voor-de-helpers/tips/pagina/4/',
      'Site built in 1 s',
    ]
    const outcome = await runCommand(node, ['-e', `console.log(${JSON.stringify(lines.join('\n'))})`]).done
    expect(outcome).toMatchObject({ ok: true, message: 'Site built in 1 s' })
    expect(outcome.reach).toEqual({
      pages: 151,
      total: 2,
      unreached: [
        { path: '/voor-de-helpers/tips/slaap/', collection: 'tips', slug: 'slaap', document: 'Tip "slaap"' },
        { path: '/voor-de-helpers/tips/pagina/4/' },
      ],
    })
  })

  it('fails with the first lines of stderr', async () => {
    const script = 'for (let i = 0; i < 50; i++) console.error("line " + i); process.exit(1)'
    const outcome = await runCommand(node, ['-e', script]).done
    expect(outcome.ok).toBe(false)
    expect(outcome.message.split('\n')).toEqual(Array.from({ length: 20 }, (_, i) => `line ${i}`))
  })

  it('a failed site build names each document and field in its problems', async () => {
    // The real build, with content that breaks the contract: it stops at the content check, before Astro.
    const dir = mkdtempSync(path.join(tmpdir(), 'hp-build-problems-'))
    try {
      const bundle = generateSiteContent({ documents: 100 })
      const [checklist] = bundle.checklists
      if (!checklist) throw new Error('the generated content needs a checklist')
      checklist.title = ''
      const file = path.join(dir, 'content.json')
      writeFileSync(file, JSON.stringify(bundle))
      const outcome = await runCommand('npm', ['run', '--silent', 'build:site'], {
        CONTENT_FILE: file,
        SITE_DIST_DIR: path.join(dir, 'dist'),
        MEDIA_SOURCE_DIR: dir,
      }).done
      expect(outcome.ok).toBe(false)
      expect(outcome.message).toContain(`Checklist "${checklist.slug}": title: Vul dit veld in.`)
      expect(outcome.problems).toEqual([
        {
          collection: 'checklists',
          slug: checklist.slug,
          document: `Checklist "${checklist.slug}"`,
          field: 'title',
          message: 'Vul dit veld in.',
        },
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)

  it('a failure that names no document has no problems, only its message', async () => {
    const outcome = await runCommand(node, ['-e', 'console.error("Site build failed: ENOSPC: no space left on device"); process.exit(1)'])
      .done
    expect(outcome).toMatchObject({ ok: false, message: 'Site build failed: ENOSPC: no space left on device' })
    expect(outcome.problems).toBeUndefined()
  })

  it('stop() ends the command', async () => {
    const running = runCommand(node, ['-e', 'setTimeout(() => {}, 60_000)'])
    setTimeout(() => running.stop(), 100)
    const outcome = await running.done
    expect(outcome.ok).toBe(false)
    // Well under the command's own 60 s: stopped, not finished (generous for a busy machine).
    expect(outcome.ms).toBeLessThan(45_000)
  })
})

describe('the receiver and the status reporter over HTTP', () => {
  const closers: (() => unknown)[] = []
  afterEach(async () => {
    for (const close of closers.splice(0)) await close()
  })

  it('POST /build queues a build with the reason from the body and answers 202; other requests do not', async () => {
    const reasons: BuildReason[] = []
    const receiver = await startBuildReceiver(
      {
        trigger: async (reason = {}) => {
          reasons.push(reason)
          return { ok: true, message: '', ms: 0 }
        },
        busy: false,
      },
      0,
    )
    closers.push(() => receiver.close())
    const body = JSON.stringify({ collection: 'tips', slug: 'x', action: 'publish', changes: 2, extra: 'ignored' })
    expect((await fetch(receiver.url, { method: 'POST', body })).status).toBe(202)
    expect((await fetch(receiver.url, { method: 'POST', body: 'not json' })).status).toBe(202)
    expect((await fetch(receiver.url)).status).toBe(405)
    expect((await fetch(receiver.url.replace('/build', '/other'), { method: 'POST' })).status).toBe(404)
    expect(reasons).toEqual([{ collection: 'tips', slug: 'x', action: 'publish', changes: 2 }, {}])
  })

  it('reports states in order with the site-builder key, and survives a CMS that is down', async () => {
    const got: { auth?: string; body: string }[] = []
    const cms = createServer((req, res) => {
      let body = ''
      req.on('data', (c) => {
        body += c
      })
      req.on('end', () => {
        got.push({ auth: req.headers.authorization, body })
        // The first report is slow: the next must still arrive after it.
        setTimeout(() => res.writeHead(200).end(), got.length === 1 ? 100 : 0)
      })
    })
    cms.listen(0, '127.0.0.1')
    await once(cms, 'listening')
    closers.push(() => cms.close())
    const warnings: string[] = []
    const reporter = createStatusReporter(`http://127.0.0.1:${(cms.address() as AddressInfo).port}`, 'key-1', (w) => warnings.push(w))
    void reporter.report('building')
    await reporter.report('failed', 'Checklist "fraude": title: Vul dit veld in.')
    expect(got).toEqual([
      { auth: 'users API-Key key-1', body: '{"state":"building"}' },
      { auth: 'users API-Key key-1', body: '{"state":"failed","message":"Checklist \\"fraude\\": title: Vul dit veld in."}' },
    ])
    expect(warnings).toEqual([])

    const problems = [{ collection: 'tips', slug: 'x', document: 'Tip "x"', field: 'title', message: 'Vul dit veld in.' }]
    await reporter.report('failed', 'Tip "x": title: Vul dit veld in.', problems)
    expect(JSON.parse(got[2]?.body ?? '{}')).toEqual({ state: 'failed', message: 'Tip "x": title: Vul dit veld in.', problems })

    const reach = { pages: 151, total: 1, unreached: [{ path: '/voor-de-helpers/tips/slaap/', collection: 'tips', slug: 'slaap' }] }
    await reporter.report('succeeded', undefined, undefined, reach)
    expect(JSON.parse(got[3]?.body ?? '{}')).toEqual({ state: 'succeeded', reach })

    const down = createStatusReporter('http://127.0.0.1:9', 'key-1', (w) => warnings.push(w))
    await down.report('building')
    await down.report('succeeded')
    expect(warnings).toHaveLength(1)
  })
})
