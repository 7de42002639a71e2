import { ervaringUrl, md } from '@hp/content-schemas'
import { mailToSink, type SmtpSink, startSink, waitForMail } from '@hp/testing/smtp-sink'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richTextToLexical } from '../../src/fields/richText/fromContract.ts'
import { type AuthApi, apiKeyHeader, SITE_BUILDER_KEY, STAFF, type Staff, startAuthApi } from './authApi.ts'
import { contentData, SETTINGS } from './fixtures.ts'

/*
 * Moderation of "Deel uw tip of ervaring" over real HTTP, with a real SMTP sink: a submission
 * becomes a draft experience ("Maak ervaring"), the publisher anonymises and publishes it, the
 * sender gets exactly one mail if they asked for it, and only the published experience (never the
 * submission, the sender or a draft) reaches the site's bundle.
 */
const SITE = 'http://localhost:4321'
const saved = { ...process.env }
let api: AuthApi
let sink: SmtpSink
const sessions = {} as Record<Staff, string>
const lexical = (text: string) =>
  richTextToLexical(md(text), () => {
    throw new Error('no links here')
  })

beforeAll(async () => {
  sink = await startSink()
  mailToSink(sink, 'Voor de Helpers <redactie@test.example>')
  Object.assign(process.env, { SITE_URL: SITE, SITE_BUILD_HOOK_URL: '' })
  api = await startAuthApi('share-moderation')
  for (const role of STAFF) sessions[role] = await api.session(`${role}@test.example`)
  await api.payload.updateGlobal({ slug: 'site-settings', data: SETTINGS as never, overrideAccess: true })
  await api.payload.create({
    collection: 'offences',
    data: { ...contentData('offences', '1', {}), slug: 'woninginbraak', _status: 'published' } as never,
    overrideAccess: true,
  })
}, 120_000)

afterAll(async () => {
  await api?.close()
  await sink?.close()
  process.env = saved
})

/** Sends the site's form as a browser without JavaScript does; returns the stored submission. */
async function share(fields: Record<string, string>): Promise<Record<string, unknown>> {
  const res = await fetch(`${api.base}/api/share`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE },
    body: new URLSearchParams({ consent: 'on', ...fields }).toString(),
    redirect: 'manual',
  })
  expect(res.status).toBe(303)
  const found = await api.payload.find({
    collection: 'submissions' as 'tips',
    where: { text: { equals: fields.text } },
    overrideAccess: true,
    depth: 0,
  })
  const doc = found.docs[0] as unknown as Record<string, unknown> | undefined
  if (!doc) throw new Error('the submission was not stored')
  return doc
}

const bundle = async () => {
  const res = await api.call('GET', '/api/site-content', { as: apiKeyHeader(SITE_BUILDER_KEY) })
  expect(res.status).toBe(200)
  return res
}
const submission = async (id: unknown) =>
  (await api.payload.findByID({
    collection: 'submissions' as 'tips',
    id: String(id),
    overrideAccess: true,
    depth: 0,
  })) as unknown as Record<string, unknown>
const mailsTo = (address: string) => sink.messages.filter((m) => m.to === address)

describe('from submission to published experience', () => {
  const TEXT =
    'Mijn zus Marieke werd beroofd op de Dorpsstraat 12. Ik ben elke dag even bij haar langsgegaan. Ik vroeg niet veel, ik was er gewoon. Dat hielp haar het meest.'

  it('a publisher makes a draft experience of it, anonymises and publishes it; the sender gets one mail, never a second', async () => {
    const sent = await share({
      text: TEXT,
      offence: 'woninginbraak',
      theme: 'reageren',
      name: 'Els',
      email: 'els@voorbeeld.nl',
      notify: 'on',
    })
    expect(sent.personalData).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'naam', text: 'Marieke' })]))

    // Editors cannot; publishers can, once.
    const byEditor = await api.call('POST', `/api/submissions/${String(sent.id)}/ervaring`, { as: sessions.editor })
    expect(byEditor.status).toBe(403)
    const made = await api.call('POST', `/api/submissions/${String(sent.id)}/ervaring`, { as: sessions.publisher })
    expect(made.status).toBe(201)
    const { id, adminUrl } = made.body as { id: number; adminUrl: string }
    expect(adminUrl).toBe(`/admin/collections/ervaringen/${id}`)
    const again = await api.call('POST', `/api/submissions/${String(sent.id)}/ervaring`, { as: sessions.publisher })
    expect(again.status).toBe(200)
    expect((again.body as { id: number }).id).toBe(id)
    expect((await submission(sent.id)).ervaring).toBe(id)

    // The draft holds the sender's text, linked back, with the theme and offence; it is not on the site.
    const draft = await api.call('GET', `/api/ervaringen/${id}?draft=true&depth=0`, { as: sessions.publisher })
    expect(draft.body).toMatchObject({ _status: 'draft', theme: 'reageren', submission: sent.id, offences: [sent.offence] })
    expect(draft.text).toContain('Ik ben elke dag even bij haar langsgegaan.')
    expect((await bundle()).text).not.toContain('langsgegaan')
    expect(mailsTo('els@voorbeeld.nl')).toEqual([])

    // The publisher removes the name and the street, and publishes.
    const published = await api.call('PATCH', `/api/ervaringen/${id}`, {
      as: sessions.publisher,
      body: {
        title: 'Elke dag even langs',
        slug: 'elke-dag-even-langs',
        summary: 'Na een beroving ging een helper elke dag even bij haar zus langs.',
        body: lexical('Mijn zus werd beroofd. Ik ben elke dag even bij haar langsgegaan. Ik vroeg niet veel, ik was er gewoon.'),
        _status: 'published',
      },
    })
    expect(published.status, published.text).toBe(200)

    const mail = await waitForMail(sink, 'els@voorbeeld.nl', 60_000)
    expect(mail.subject).toBe('Uw tip of ervaring staat op Voor de Helpers')
    expect(mail.text).toContain('Beste Els,')
    expect(mail.text).toContain(new URL(ervaringUrl('elke-dag-even-langs'), SITE).toString())
    expect(mail.headers.has('list-unsubscribe')).toBe(false)
    const after = await submission(sent.id)
    expect(after.status).toBe('gepubliceerd')
    expect(after.notifiedAt).toBeTruthy()

    // On the site: the anonymised experience, never the sender or the original text.
    const site = await bundle()
    const ervaring = (site.body as { ervaringen: Record<string, unknown>[] }).ervaringen.find((e) => e.slug === 'elke-dag-even-langs')
    expect(ervaring).toMatchObject({ title: 'Elke dag even langs', theme: 'reageren', offences: ['woninginbraak'] })
    expect(Object.keys(ervaring ?? {}).sort()).toEqual(['body', 'offences', 'slug', 'summary', 'theme', 'title'])
    for (const secret of ['Marieke', 'Dorpsstraat', 'els@voorbeeld.nl', '"Els"']) expect(site.text).not.toContain(secret)

    // A later change and republish sends nothing more.
    const republished = await api.call('PATCH', `/api/ervaringen/${id}`, {
      as: sessions.publisher,
      body: { summary: 'Na een beroving ging een helper elke dag even langs.', _status: 'published' },
    })
    expect(republished.status).toBe(200)
    await new Promise((r) => setTimeout(r, 3000))
    expect(mailsTo('els@voorbeeld.nl')).toHaveLength(1)
  })

  it('a sender who did not ask for a mail, or left no address, gets none; the submission is still marked published', async () => {
    const senders: Record<string, string>[] = [{ email: 'stil@voorbeeld.nl' }, {}]
    for (const [i, fields] of senders.entries()) {
      const sent = await share({ text: `Een tip die ik graag deel, nummer ${i}: bel gewoon even op.`, ...fields })
      const made = await api.call('POST', `/api/submissions/${String(sent.id)}/ervaring`, { as: sessions.admin })
      const { id } = made.body as { id: number }
      const res = await api.call('PATCH', `/api/ervaringen/${id}`, {
        as: sessions.admin,
        body: { title: `Bel gewoon even op ${i}`, slug: `bel-gewoon-even-op-${i}`, _status: 'published' },
      })
      expect(res.status, res.text).toBe(200)
      expect((await submission(sent.id)).status).toBe('gepubliceerd')
    }
    await new Promise((r) => setTimeout(r, 3000))
    expect(mailsTo('stil@voorbeeld.nl')).toEqual([])
  })

  it('a rejected submission stays off the site and cannot be made into an experience until its status is set back', async () => {
    const sent = await share({ text: 'Dit is reclame voor een product dat niets met helpen te maken heeft.' })
    const rejected = await api.call('PATCH', `/api/submissions/${String(sent.id)}`, {
      as: sessions.publisher,
      body: { status: 'afgewezen' },
    })
    expect(rejected.status).toBe(200)
    const made = await api.call('POST', `/api/submissions/${String(sent.id)}/ervaring`, { as: sessions.publisher })
    expect(made.status).toBe(409)
    expect((made.body as { error: string }).error).toBe('Deze inzending is afgewezen. Zet de status eerst terug op "Nieuw".')
    expect((await bundle()).text).not.toContain('reclame voor een product')
  })
})
