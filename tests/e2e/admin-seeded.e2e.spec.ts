import { CONTENT_TYPE_SLUGS } from '@hp/content-schemas'
import { adminLogin, adminPage, type CmsServer, ensureCmsBuild, loginToken, startCms } from '@hp/testing/cms-server'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSettled, visibleText as readVisibleText } from './admin.ts'
import { launchBrowser } from './browser.ts'

/**
 * Every seeded document opened in the real admin (production build, seeded SQLite) as an editor,
 * in Dutch at 1440×900: no error text and no English. The referral tree and the assessments let
 * the editor choose references by name, and the tree diagram fits its box and opens form rows.
 */
const EDITOR = 'editor@example.org'
const timeout = 60_000

/** Admin texts in English (or errors) that an editor must not see; matched as whole words. */
const ENGLISH = [
  'Add',
  'Create new',
  'Create New',
  'Nothing found',
  'No results',
  'No options',
  'Successfully',
  'Something went wrong',
  'Payload',
  'Untitled',
  'Zonder titel',
  'Nieuw(e)',
  'Option',
  'Options',
  'Question',
  'Questions',
  'Theme',
  'Node',
  'Item',
  'Items',
  'Row',
  'Select a value',
  'Loading',
  'Collapse All',
  'Show All',
  'Save Draft',
  'Publish changes',
  'Last Modified',
]
const ERRORS = [
  'Minified Lexical error',
  'Lexical error',
  'Er is iets misgegaan',
  'Application error',
  'Unhandled Runtime Error',
  'TypeError',
  'is not a function',
  'undefined',
  'NaN',
  '[object Object]',
  '(bestaat niet)',
]

let cms: CmsServer
let browser: Browser
let page: Page
let token = ''
const pageErrors: string[] = []

const api = async <T>(path: string): Promise<T> => {
  const res = await fetch(`${cms.url}/api/${path}`, { headers: { authorization: token } })
  expect(res.status, path).toBe(200)
  return (await res.json()) as T
}

const visibleText = () => readVisibleText(page)

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Each English or error text found, with the words around it so a failure says where it is. */
function problemsIn(text: string): string[] {
  const words = ENGLISH.map((w) => new RegExp(`(?<![\\p{L}-])${escapeRe(w)}(?![\\p{L}-])`, 'u'))
  const errors = ERRORS.map((e) => new RegExp(escapeRe(e)))
  return [...words, ...errors].flatMap((re) => {
    const match = re.exec(text)
    if (!match) return []
    const at = match.index
    return [`${match[0]} in "${text.slice(Math.max(0, at - 60), at + match[0].length + 60).replace(/\s+/g, ' ')}"`]
  })
}

/** Opens an admin page and waits until it is filled in: no placeholder left, text unchanged for a second. */
const open = (path: string, ready = '.document-fields') =>
  openSettled(page, `${cms.url}${path}`, ready, '.shimmer-effect, .loading-overlay', timeout)

beforeAll(async () => {
  await ensureCmsBuild('admin-seeded')
  cms = await startCms()
  token = await loginToken(cms.url, EDITOR)

  browser = await launchBrowser()
  page = await adminPage(browser)
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`))
  await adminLogin(page, cms.url, EDITOR)
  await page.getByRole('heading').first().waitFor({ timeout })
}, 1_500_000)

afterAll(async () => {
  await page?.context().close()
  await browser?.close()
  await cms?.stop()
})

/** Every content type of the registry, and the media. */
const COLLECTIONS = [...CONTENT_TYPE_SLUGS, 'media']

describe('every seeded document, as an editor', () => {
  it('opens without error text and without English, drafts included', { timeout: 3_600_000 }, async () => {
    const documents: string[] = []
    for (const collection of COLLECTIONS) {
      const { docs } = await api<{ docs: { id: number }[] }>(`${collection}?limit=500&depth=0&draft=true&sort=id`)
      expect(docs.length, collection).toBeGreaterThan(0)
      for (const doc of docs) documents.push(`/admin/collections/${collection}/${doc.id}`)
    }
    documents.push('/admin/globals/site-settings')
    const drafts = await api<{ docs: unknown[] }>('referral-trees?limit=100&depth=0&draft=true&where[_status][equals]=draft')
    expect(drafts.docs.length).toBeGreaterThan(0)

    const found: string[] = []
    const started = Date.now()
    for (const path of documents) {
      await open(path)
      for (const problem of problemsIn(await visibleText())) found.push(`${path}: ${problem}`)
    }
    console.log(`admin-seeded: opened ${documents.length} documents in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    expect(found).toEqual([])
    expect(pageErrors).toEqual([])
  })
})

type TreeNode = { blockType: 'question' | 'outcome'; key: string; question?: string; title?: string; options?: { next: string }[] }
type Tree = { id: number; title: string; start: string; nodes: TreeNode[]; _status: string }

const nodeLabel = (n: TreeNode) => `${n.blockType === 'question' ? 'Vraag' : 'Uitkomst'} · ${n.key}: ${n.question ?? n.title}`
const fieldId = (path: string) => `#field-${path.replace(/\./g, '__')}`

describe('the referral tree, as an editor', () => {
  it('fits the diagram in its box, and a click on a box opens that node in the form', async () => {
    const { docs } = await api<{ docs: Tree[] }>('referral-trees?limit=100&depth=0&draft=true')
    const tree = docs.reduce((a, b) => (b.nodes.length > a.nodes.length ? b : a))
    expect(tree.nodes.length).toBeGreaterThan(10)
    await open(`/admin/collections/referral-trees/${tree.id}`)
    const box = page.locator('.tree-diagram__box')
    const svg = box.locator('svg')
    const [boxSize, svgSize] = [await box.boundingBox(), await svg.boundingBox()]
    expect(svgSize?.width ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(boxSize?.width ?? 0)
    // Every box is inside the visible width: nothing off-screen to the right.
    const right = await page
      .locator('.tree-diagram__node rect')
      .evaluateAll((rects) => Math.max(...rects.map((r) => r.getBoundingClientRect().right)))
    expect(right).toBeLessThanOrEqual((boxSize?.x ?? 0) + (boxSize?.width ?? 0) + 1)
    // The editor zooms to actual size to read the labels: the box scrolls instead.
    await page.getByRole('button', { name: 'Ware grootte', exact: true }).click()
    await expect.poll(async () => (await svg.boundingBox())?.width ?? 0, { timeout }).toBeGreaterThan(boxSize?.width ?? 0)
    await expect.poll(() => page.locator('.tree-diagram output').innerText(), { timeout }).toBe('Zoom: 100%')
    await page.getByRole('button', { name: 'Passend', exact: true }).click()

    // A click on the last node's box opens its row (collapsed before) and brings it into view.
    const last = tree.nodes.length - 1
    const target = tree.nodes[last] as TreeNode
    const row = page.locator(`#nodes-row-${last}`)
    await page.locator(`.tree-diagram__node[data-key="${target.key}"]`).click()
    await expect.poll(() => row.locator('.collapsible__toggle').first().getAttribute('class'), { timeout }).toContain('--open')
    await expect
      .poll(
        async () => {
          const b = await row.boundingBox()
          return b !== null && b.y > -2 && b.y < 450
        },
        { timeout },
      )
      .toBe(true)
  })

  it('shows the first question and every answer target by name, and the editor picks a target from the list', async () => {
    const { docs } = await api<{ docs: Tree[] }>('referral-trees?limit=1&depth=0&draft=true&where[_status][equals]=draft')
    const tree = docs[0] as Tree
    await open(`/admin/collections/referral-trees/${tree.id}`)
    const start = tree.nodes.find((n) => n.key === tree.start) as TreeNode
    expect(await page.locator(fieldId('start')).innerText()).toContain(nodeLabel(start))

    // The second question's first answer: open its row from the diagram, then its target reads by name.
    const q = tree.nodes.findIndex((n, i) => i > 0 && n.blockType === 'question')
    const question = tree.nodes[q] as TreeNode
    await page.locator(`.tree-diagram__node[data-key="${question.key}"]`).click()
    const next = page.locator(fieldId(`nodes.${q}.options.0.next`))
    const before = tree.nodes.find((n) => n.key === question.options?.[0]?.next) as TreeNode
    await expect.poll(() => next.innerText(), { timeout }).toContain(nodeLabel(before))

    // The list offers every node of this tree by name; the editor picks another one and saves.
    await next.locator('.rs__control').click()
    const choices = await page.locator('.rs__menu .rs__option').allInnerTexts()
    expect(choices.map((c) => c.trim())).toEqual(tree.nodes.map(nodeLabel))
    const other = tree.nodes.find((n) => n.blockType === 'outcome' && n.key !== before.key) as TreeNode
    await page.locator('.rs__menu .rs__option', { hasText: nodeLabel(other) }).click()
    await expect.poll(() => next.innerText(), { timeout }).toContain(nodeLabel(other))
    await page.getByRole('button', { name: 'Bewaar concept', exact: true }).click({ timeout })
    await expect
      .poll(async () => (await api<Tree>(`referral-trees/${tree.id}?depth=0&draft=true`)).nodes[q]?.options?.[0]?.next, { timeout })
      .toBe(other.key)
    expect(problemsIn(await visibleText())).toEqual([])
  })
})

describe('an assessment, as an editor', () => {
  it("shows each question's theme and each red flag by name", async () => {
    type Assessment = {
      id: number
      themes: { key: string; title: string }[]
      bands: { key: string; title: string }[]
      questions: { theme: string; options: { redFlagBand?: string | null }[] }[]
    }
    const { docs } = await api<{ docs: Assessment[] }>('assessments?limit=100&depth=0&draft=true')
    const withFlag = docs.find((a) => a.questions.some((q) => q.options.some((o) => o.redFlagBand))) ?? (docs[0] as Assessment)
    await open(`/admin/collections/assessments/${withFlag.id}`)
    const qi = Math.max(
      0,
      withFlag.questions.findIndex((q) => q.options.some((o) => o.redFlagBand)),
    )
    const question = withFlag.questions[qi] as Assessment['questions'][number]
    const toggle = page.locator(`#questions-row-${qi} .collapsible__toggle`).first()
    if ((await toggle.getAttribute('class'))?.includes('--collapsed')) await toggle.click()
    const theme = withFlag.themes.find((t) => t.key === question.theme) as { key: string; title: string }
    await expect
      .poll(() => page.locator(fieldId(`questions.${qi}.theme`)).innerText(), { timeout })
      .toContain(`${theme.key}: ${theme.title}`)
    const oi = question.options.findIndex((o) => o.redFlagBand)
    if (oi >= 0) {
      const band = withFlag.bands.find((b) => b.key === question.options[oi]?.redFlagBand) as { key: string; title: string }
      await expect
        .poll(() => page.locator(fieldId(`questions.${qi}.options.${oi}.redFlagBand`)).innerText(), { timeout })
        .toContain(`${band.key}: ${band.title}`)
    }
  })
})

describe('the scan editor aid, as an editor', () => {
  it('shows the score range of each band and lets the editor try the scan', async () => {
    type Assessment = {
      id: number
      bands: { key: string; title: string; min: number }[]
      questions: { key: string; options: { score: number; redFlagBand?: string | null }[] }[]
    }
    const { docs } = await api<{ docs: Assessment[] }>('assessments?limit=100&depth=0&draft=true')
    const scan = docs.find((a) => a.questions.some((q) => q.options.some((o) => o.redFlagBand))) as Assessment
    const best = scan.questions.map((q) => Math.max(...q.options.map((o) => o.score)))
    const max = best.reduce((a, b) => a + b, 0)
    await open(`/admin/collections/assessments/${scan.id}`)
    const aid = page.locator('.scan-aid')
    await aid.scrollIntoViewIfNeeded({ timeout })
    // One row per band: "Weinig zorgen | 0 t/m 9", the last one up to the highest total.
    const rows = await aid.locator('.scan-aid__ranges tbody tr').allInnerTexts()
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual(
      scan.bands.map((b, i) => {
        const to = Math.min(max, (scan.bands[i + 1]?.min ?? max + 1) - 1)
        return `${b.title} ${to === b.min ? b.min : `${b.min} t/m ${to}`}`
      }),
    )
    await aid.getByText('Probeer de scan', { exact: true }).click()
    const fieldsets = aid.locator('fieldset')
    expect(await fieldsets.count()).toBe(scan.questions.length)
    const result = aid.locator('.scan-aid__result')
    // The best answer everywhere: the highest total and the last band.
    for (const [qi, q] of scan.questions.entries()) {
      const oi = q.options.findIndex((o) => o.score === best[qi])
      await fieldsets.nth(qi).locator('input[type="radio"]').nth(oi).check()
    }
    const last = scan.bands[scan.bands.length - 1] as Assessment['bands'][number]
    await expect.poll(() => result.innerText(), { timeout }).toContain(`Score ${max} van ${max}. Uitslag: ${last.title}.`)
    // Start again and give only one red-flag answer: the result is lifted to that band.
    await aid.getByRole('button', { name: 'Opnieuw beginnen', exact: true }).click()
    const qi = scan.questions.findIndex((q) => q.options.some((o) => o.redFlagBand))
    const question = scan.questions[qi] as Assessment['questions'][number]
    const oi = question.options.findIndex((o) => o.redFlagBand)
    const flag = scan.bands.find((b) => b.key === question.options[oi]?.redFlagBand) as Assessment['bands'][number]
    await fieldsets.nth(qi).locator('input[type="radio"]').nth(oi).check()
    const score = question.options[oi]?.score ?? 0
    await expect.poll(() => result.innerText(), { timeout }).toContain(`Score ${score} van ${max}. Uitslag: ${flag.title}.`)
    // Said when the red flag, not the score, put the result there.
    const byScore = scan.bands.findLastIndex((b) => b.min <= score)
    if (byScore < scan.bands.indexOf(flag)) expect(await result.innerText()).toContain('Door een rode vlag')
    expect(problemsIn(await visibleText())).toEqual([])
  })
})
