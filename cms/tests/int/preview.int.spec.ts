import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signPreviewToken, verifyPreviewToken } from '../../src/preview/token.ts'
import { contentData, createUsers, SETTINGS, type TestRole } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

// "Voorbeeld": the admin's link signs a short-lived token for staff; the preview server trades it
// for the bundle with the draft. "Voorbeeld als e-mail" renders a draft issue with the sending renderer.

let cms: TestCms
const saved = { ...process.env }
const SECRET = 'test-secret-test-secret-test-secret-0123' // the harness's PAYLOAD_SECRET

beforeAll(async () => {
  Object.assign(process.env, { PREVIEW_URL: 'http://preview.test:4323', SITE_URL: 'http://localhost:4321', NEWSLETTER_AUTORUN: 'false' })
  cms = await startTestCms('preview')
  await createUsers(cms.payload)
  await cms.payload.updateGlobal({ slug: 'site-settings', data: SETTINGS as never, overrideAccess: true })
})
afterAll(async () => {
  await cms?.close()
  process.env = saved
})

const call = (path: string, headers: Record<string, string> = {}) =>
  handleEndpoints({ config: cms.payload.config, request: new Request(new URL(path, 'http://localhost:3000'), { headers }) })
const jwt = async (role: TestRole) => {
  const { token } = await cms.payload.login({ collection: 'users', data: { email: `${role}@test.example`, password: 'test-password-123' } })
  return { Authorization: `JWT ${token}` }
}
const asEditor = async () =>
  (await cms.payload.find({ collection: 'users', where: { role: { equals: 'editor' } }, overrideAccess: true })).docs[0]

/** A published tip, then a draft on top of it saved by an editor (as the admin saves it). */
async function tipWithDraft(n: string) {
  const tip = await cms.payload.create({
    collection: 'tips',
    data: { ...contentData('tips', n, {}), _status: 'published' } as never,
    overrideAccess: true,
  })
  await cms.payload.update({
    collection: 'tips',
    id: tip.id,
    data: { title: `Conceptkop ${n}` } as never,
    draft: true,
    user: await asEditor(),
    overrideAccess: false,
  })
  return tip
}

describe('Voorbeeld of a page', () => {
  it('an editor gets a signed link to the preview server; the token yields the draft while the published bundle keeps the live title', async () => {
    const tip = await tipWithDraft('a')
    const open = await call(`/api/preview/open/tips/${tip.id}`, await jwt('editor'))
    expect(open.status).toBe(302)
    expect(open.headers.get('x-robots-tag')).toContain('noindex')
    const location = new URL(open.headers.get('location') ?? '')
    expect(location.origin).toBe('http://preview.test:4323')
    const token = location.pathname.replace('/voorbeeld/', '')
    const check = verifyPreviewToken(token, SECRET)
    expect(check.ok && check.claim).toMatchObject({ collection: 'tips', id: String(tip.id) })
    // Short-lived: at most 15 minutes from now.
    expect(check.ok && check.claim.exp - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000)

    const res = await call('/api/preview/content', { Authorization: `Preview ${token}` })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-robots-tag')).toContain('noindex')
    const body = (await res.json()) as { path: string; content: { tips: { slug: string; title: string }[] } }
    expect(body.path).toBe('/voor-de-helpers/tips/test-tips-a/')
    expect(body.content.tips.find((t) => t.slug === 'test-tips-a')?.title).toBe('Conceptkop a')

    // The published export (what the site is built from) is unchanged.
    const live = await call('/api/site-content', await jwt('admin'))
    const liveTips = ((await live.json()) as { tips: { slug: string; title: string }[] }).tips
    expect(liveTips.find((t) => t.slug === 'test-tips-a')?.title).toBe('Test tips a')
  })

  it('a draft that was never published is previewed too', async () => {
    const draft = await cms.payload.create({
      collection: 'tips',
      data: contentData('tips', 'nieuw', {}) as never,
      draft: true,
      overrideAccess: true,
    })
    const token = signPreviewToken({ collection: 'tips', id: draft.id }, SECRET)
    const res = await call('/api/preview/content', { Authorization: `Preview ${token}` })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { path: string }).path).toBe('/voor-de-helpers/tips/test-tips-nieuw/')
  })

  it('refuses anonymous callers, a missing, tampered or expired token, and a token signed with another secret', async () => {
    const tip = await tipWithDraft('b')
    expect((await call(`/api/preview/open/tips/${tip.id}`)).status).toBe(401)
    expect((await call('/api/preview/content')).status).toBe(401)
    const good = signPreviewToken({ collection: 'tips', id: tip.id }, SECRET)
    const [body, sig] = good.split('.')
    const forged = Buffer.from(JSON.stringify({ collection: 'tips', id: String(tip.id), exp: Date.now() + 3_600_000 })).toString(
      'base64url',
    )
    const expired = signPreviewToken({ collection: 'tips', id: tip.id }, SECRET, { now: Date.now() - 11 * 60 * 1000 })
    const otherSecret = signPreviewToken({ collection: 'tips', id: tip.id }, 'another-secret-another-secret-another-0')
    for (const [token, reason] of [
      [`${forged}.${sig}`, 'ongeldig'],
      [`${body}.${sig?.slice(0, -2)}xx`, 'ongeldig'],
      [expired, 'verlopen'],
      [otherSecret, 'ongeldig'],
    ] as const) {
      const res = await call('/api/preview/content', { Authorization: `Preview ${token}` })
      expect(res.status).toBe(403)
      expect(((await res.json()) as { error: string }).error).toContain(reason)
    }
  })

  it('a draft the site could not be built with answers 422 with the problem in Dutch', async () => {
    const tip = await tipWithDraft('c')
    await cms.payload.update({ collection: 'tips', id: tip.id, data: { summary: '' } as never, draft: true, overrideAccess: true })
    const res = await call('/api/preview/content', {
      Authorization: `Preview ${signPreviewToken({ collection: 'tips', id: tip.id }, SECRET)}`,
    })
    expect(res.status).toBe(422)
    const body = (await res.json()) as { error: string; problems: string[] }
    expect(body.error).toContain('Er is nog geen voorbeeld van deze tip')
    // Named as the form names the field.
    expect(body.problems).toContain('Tip "test-tips-c": Samenvatting: Vul dit veld in.')
  })
})

describe('Voorbeeld als e-mail', () => {
  it('renders a draft issue as HTML and as plain text, for staff only', async () => {
    const issue = await cms.payload.create({
      collection: 'newsletter-issues',
      data: { ...contentData('newsletter-issues', '41', {}), title: 'Concept nieuwsbrief 41' } as never,
      draft: true,
      overrideAccess: true,
    })
    expect((await call(`/api/newsletter/issues/${issue.id}/preview`)).status).toBe(401)
    const html = await call(`/api/newsletter/issues/${issue.id}/preview`, await jwt('editor'))
    expect(html.status).toBe(200)
    expect(html.headers.get('content-type')).toContain('text/html')
    const page = await html.text()
    expect(page).toContain('Concept nieuwsbrief 41')
    expect(page).not.toMatch(/^\s*\{/) // not JSON
    const text = await call(`/api/newsletter/issues/${issue.id}/preview?format=text`, await jwt('editor'))
    expect(text.headers.get('content-type')).toContain('text/plain')
    expect(await text.text()).toContain('Concept nieuwsbrief 41')
  })

  it('the mail preview is the message the sender renders: the same HTML and text as renderIssueMail', async () => {
    const issue = await cms.payload.create({
      collection: 'newsletter-issues',
      data: { ...contentData('newsletter-issues', '42', {}), _status: 'published' } as never,
      overrideAccess: true,
    })
    const { prepareIssue } = await import('../../src/newsletter/issue.ts')
    const { renderIssueMail } = await import('../../src/newsletter/render.ts')
    const prepared = await prepareIssue(cms.payload, issue.id, 'http://localhost:3000')
    const links = { unsubscribe: 'https://example.invalid/afmelden', data: 'https://example.invalid/mijn-gegevens' }
    const mail = renderIssueMail(prepared.issue, prepared.content, 'http://localhost:4321', links)
    const headers = await jwt('editor')
    expect(await (await call(`/api/newsletter/issues/${issue.id}/preview`, headers)).text()).toBe(mail.html)
    expect(await (await call(`/api/newsletter/issues/${issue.id}/preview?format=text`, headers)).text()).toBe(mail.text)
  })

  it('an issue the site could not be built with shows a Dutch page listing the problem, not JSON', async () => {
    const issue = await cms.payload.create({
      collection: 'newsletter-issues',
      data: { ...contentData('newsletter-issues', '43', {}), items: [] } as never,
      draft: true,
      overrideAccess: true,
    })
    const res = await call(`/api/newsletter/issues/${issue.id}/preview`, await jwt('editor'))
    expect(res.status).toBe(422)
    expect(res.headers.get('content-type')).toContain('text/html')
    const page = await res.text()
    expect(page).toContain('Geen voorbeeld van deze nieuwsbrief')
    expect(page).toMatch(/Nieuwsbrief &quot;43&quot;: Onderwerpen: /)
  })
})
