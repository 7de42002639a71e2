import { type CmsServer, ensureCmsBuild, loginToken, openAdmin, startCms } from '@hp/testing/cms-server'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from './browser.ts'

/**
 * The real admin (`next build`, cms/src/server.ts, seeded SQLite): what an editor sees when a
 * publish is refused (the Dutch message in the toast, the field marked), the required mark on
 * fields that only publishing requires, and the "Gebruikt in" panel and confirm dialog before an unpublish.
 */
const ADMIN = 'admin@example.org'
const timeout = 60_000

let cms: CmsServer
let browser: Browser
let token: string

type Doc = Record<string, unknown> & { id: number; slug: string }

async function api<T>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${cms.url}/api${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: token, ...(init.headers ?? {}) },
  })
  return { status: res.status, body: (await res.json()) as T }
}

async function published(collection: string, slug: string): Promise<Doc> {
  const { body } = await api<{ docs: Doc[] }>(`/${collection}?where[slug][equals]=${encodeURIComponent(slug)}&depth=0&limit=1`)
  const doc = body.docs[0]
  if (!doc) throw new Error(`the seed has no ${collection} "${slug}"`)
  return doc
}

async function firstPublished(collection: string): Promise<Doc> {
  const { body } = await api<{ docs: Doc[] }>(`/${collection}?where[_status][equals]=published&depth=0&limit=1`)
  const doc = body.docs[0]
  if (!doc) throw new Error(`the seed has no published ${collection}`)
  return doc
}

type Refusal = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

/** Saves `data` as the document's draft, and returns what a REST publish of it answers (refused: the path and message). */
async function brokenDraft(collection: string, doc: Doc, data: Record<string, unknown>): Promise<{ path: string; message: string }> {
  const publish = await api<Refusal>(`/${collection}/${doc.id}?depth=0`, {
    method: 'PATCH',
    body: JSON.stringify({ ...data, _status: 'published' }),
  })
  expect(publish.status).toBe(400)
  const problem = publish.body.errors[0]?.data?.errors?.[0]
  if (!problem) throw new Error(`no field problem in ${JSON.stringify(publish.body)}`)
  const draft = await api(`/${collection}/${doc.id}?draft=true&depth=0`, { method: 'PATCH', body: JSON.stringify(data) })
  expect(draft.status).toBe(200)
  return problem
}

const adminPage = () => openAdmin(browser, cms.url, ADMIN)

/** Opens the document, clicks "Publiceren" and waits for the error toast; returns its text. */
async function publishInAdmin(page: Page, collection: string, id: number): Promise<string> {
  await page.goto(`${cms.url}/admin/collections/${collection}/${id}`, { timeout })
  await page.locator('#action-save').waitFor({ timeout })
  // The form hydrates after the button appears: click until the toast shows.
  const toast = page.locator('[data-sonner-toast][data-type="error"]')
  await expect
    .poll(
      async () => {
        if ((await toast.count()) === 0) await page.locator('#action-save').click({ timeout })
        return toast.count()
      },
      { timeout, interval: 3000 },
    )
    .toBeGreaterThan(0)
  return (await toast.first().textContent()) ?? ''
}

/** The field wrapper of `path` (`nodes.1.key` → #field-nodes__1__key) carries Payload's error mark. */
const markedField = (page: Page, path: string) => page.locator(`.field-type.error:has(#field-${path.replaceAll('.', '__')})`)

beforeAll(async () => {
  await ensureCmsBuild('cms-publish-feedback')
  cms = await startCms()
  browser = await launchBrowser()
  token = await loginToken(cms.url, ADMIN)
}, 1_500_000)

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

describe('a refused publish in the admin', () => {
  it('a broken referral tree: the toast names the question or outcome by its key, in Dutch; its key field is marked', async () => {
    const tree = await firstPublished('referral-trees')
    type Node = { blockType: string; key: string; options?: { label: string; next: string }[] }
    const nodes = structuredClone(tree.nodes as Node[])
    const second = nodes.find((n) => n.blockType === 'question' && n.key !== tree.start)
    const firstOption = second?.options?.[0]
    if (!second || !firstOption) throw new Error('the seed tree has no second question')
    firstOption.next = String(tree.start) // back to the start: a circle, and what it led to may now be out of reach
    const refused = await brokenDraft('referral-trees', tree, { nodes })
    // The tree's own rules, with the node named by its key (never only an index).
    expect(refused.message).toMatch(/^(Vraag|Uitkomst) "[a-z0-9-]+": /)
    expect(refused.path).toMatch(/^nodes\.\d+\.key$/)

    const page = await adminPage()
    const toast = await publishInAdmin(page, 'referral-trees', tree.id)
    // Payload's error toast shows the text before the first ":" as its heading and the rest, split at
    // each ",", as a list: every part of the Dutch message is on screen.
    const [head = '', ...rest] = refused.message.split(':')
    expect(toast).toContain(head)
    for (const part of rest.join(':').split(',')) expect(toast).toContain(part.trim())
    expect(toast).not.toMatch(/The following field is invalid|nodes\[\d/)
    // The node's row carries the error mark and count; the admin renders a row's fields once it is
    // scrolled into view, and then the key field itself is marked.
    const index = Number(refused.path.split('.')[1])
    const row = page.locator('.blocks-field__row').nth(index)
    await expect.poll(async () => (await row.getAttribute('class')) ?? '', { timeout }).toContain('blocks-field__row--has-errors')
    await row.scrollIntoViewIfNeeded({ timeout })
    await markedField(page, refused.path).first().waitFor({ state: 'attached', timeout })
    await page.context().close()
  }, 300_000)

  it('a checklist with two points under one key: the toast names the rows in Dutch, the key field is marked', async () => {
    const checklist = await firstPublished('checklists')
    type Section = { items: { key: string }[] }
    const sections = structuredClone(checklist.sections as Section[])
    const all = sections.flatMap((s) => s.items)
    const [one, two] = all
    if (!one || !two) throw new Error('the seed checklist has fewer than two points')
    two.key = one.key
    const refused = await brokenDraft('checklists', checklist, { sections })
    expect(refused.path).toMatch(/^sections\.\d+\.items\.\d+\.key$/)

    const page = await adminPage()
    const toast = await publishInAdmin(page, 'checklists', checklist.id)
    expect(toast).toContain(`"${one.key}"`)
    expect(toast).toMatch(/rij \d\d/) // the row numbers the form shows, not `sections[0]`
    expect(toast).not.toMatch(/sections\[|items\[/)
    await markedField(page, refused.path).first().waitFor({ state: 'attached', timeout })
    await page.context().close()
  }, 300_000)

  it('fields that only publishing requires show the required mark', async () => {
    const checklist = await firstPublished('checklists')
    const tip = await firstPublished('tips')
    const page = await adminPage()
    const required = (label: string) => page.locator('.field-label', { hasText: label }).locator('.required')
    await page.goto(`${cms.url}/admin/collections/checklists/${checklist.id}`, { timeout })
    await required('Inleiding').first().waitFor({ state: 'attached', timeout })
    await page.goto(`${cms.url}/admin/collections/tips/${tip.id}`, { timeout })
    await required('Tekst').first().waitFor({ state: 'attached', timeout })
    await page.context().close()
  }, 300_000)
})

describe('before an unpublish', () => {
  it('names the documents that use it; cancel keeps it live; the publisher can take the dependants offline too', async () => {
    const assessment = await published('assessments', 'quickscan-grensoverschrijdend-gedrag')
    // Newsletter issue 2 lists only this assessment: without it, the issue has nothing left.
    const issue = await published('newsletter-issues', '2')
    const items = (issue.items as { ref?: { relationTo: string; value: unknown } }[]).filter((i) => i.ref?.relationTo === 'assessments')
    expect(items.length).toBe(1)
    const saved = await api(`/newsletter-issues/${issue.id}?depth=0`, {
      method: 'PATCH',
      body: JSON.stringify({ items, _status: 'published' }),
    })
    expect(saved.status).toBe(200)

    const deps = await api<{ usedIn: { label: string }[]; blocking: { label: string }[]; alsoUnpublish?: { label: string }[] }>(
      `/assessments/${assessment.id}/dependants`,
    )
    expect(deps.status).toBe(200)
    expect(deps.body.blocking.map((d) => d.label)).toContain('Nieuwsbrief "2"')
    expect(deps.body.alsoUnpublish?.map((d) => d.label)).toContain('Nieuwsbrief "2"')

    const page = await adminPage()
    await page.goto(`${cms.url}/admin/collections/assessments/${assessment.id}`, { timeout })
    // The sidebar names it before any button is pressed.
    const usedIn = page.getByTestId('used-in')
    await expect.poll(async () => (await usedIn.textContent()) ?? '', { timeout }).toContain('Nieuwsbrief "2"')
    expect(await usedIn.textContent()).toContain('klopt dan niet meer')

    const openDialog = async () => {
      const dialog = page.getByTestId('unpublish-dependants')
      await expect
        .poll(
          async () => {
            if (!(await dialog.isVisible())) {
              await page.locator('.doc-controls__dots').click({ timeout })
              await page.locator('#action-unpublish').click({ timeout })
            }
            return (await dialog.textContent()) ?? ''
          },
          { timeout, interval: 3000 },
        )
        .toContain('Nieuwsbrief "2"')
      return dialog
    }
    const dialog = await openDialog()
    expect(await dialog.textContent()).toContain('Zonder dit document kloppen deze niet meer')
    await page.getByRole('button', { name: 'Annuleren' }).click({ timeout })
    await dialog.waitFor({ state: 'hidden', timeout })
    expect((await api<Doc>(`/assessments/${assessment.id}?depth=0`)).body._status).toBe('published')

    await openDialog()
    await page.getByRole('button', { name: /^Ook (dat document|die \d+ documenten) offline halen$/ }).click({ timeout })
    await page.locator('[data-sonner-toast][data-type="success"]', { hasText: 'Publicatie ingetrokken, ook van: ' }).waitFor({ timeout })
    expect((await api<Doc>(`/assessments/${assessment.id}?depth=0`)).body._status).toBe('draft')
    expect((await api<Doc>(`/newsletter-issues/${issue.id}?depth=0`)).body._status).toBe('draft')
    await page.context().close()
  }, 300_000)
})
