import { SHARE_CONSENT_VERSION, SHARE_THANKS_URL } from '@hp/content-schemas'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type AuthApi, apiKeyHeader, SITE_BUILDER_KEY, STAFF, type Staff, startAuthApi, WHO, type Who } from './authApi.ts'
import { contentData } from './fixtures.ts'

/*
 * "Deel uw tip of ervaring" over real HTTP: the public endpoint POST /api/share (intake, consent
 * record, personal-data flags, and the abuse protection it shares with the newsletter sign-up),
 * and who may do what with the submissions it stores.
 */
const SITE = 'http://localhost:4321'
const saved = { ...process.env }
let api: AuthApi
const sessions = {} as Record<Staff, string>

beforeAll(async () => {
  Object.assign(process.env, { SITE_URL: SITE, SITE_BUILD_HOOK_URL: '', NEWSLETTER_AUTORUN: 'false' })
  api = await startAuthApi('share')
  for (const role of STAFF) sessions[role] = await api.session(`${role}@test.example`)
  await api.payload.create({
    collection: 'offences',
    data: { ...contentData('offences', '1', {}), slug: 'woninginbraak', _status: 'published' } as never,
    overrideAccess: true,
  })
}, 120_000)

afterAll(async () => {
  await api?.close()
  process.env = saved
})

// Every test starts with fresh limits and no submissions: the limits count per client address, and all requests come from 127.0.0.1.
beforeEach(async () => {
  await api.payload.db.deleteMany({ collection: 'rate-limits', where: {} })
  await api.payload.db.deleteMany({ collection: 'submissions', where: {} })
})

const FORM = {
  text: 'Mijn buurvrouw werd beroofd. Ik ben elke dag even langsgegaan, zonder veel te vragen. Dat hielp haar.',
  consent: 'on',
}

interface Posted {
  status: number
  location: string | null
  retryAfter: string | null
  text: string
}

/** Posts the form as a browser without JavaScript does: form-encoded, with the site's Origin unless told otherwise. */
async function post(fields: Record<string, string>, headers: Record<string, string> = { Origin: SITE }): Promise<Posted> {
  const res = await fetch(`${api.base}/api/share`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html', ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })
  return { status: res.status, location: res.headers.get('location'), retryAfter: res.headers.get('retry-after'), text: await res.text() }
}

const stored = async () =>
  (await api.payload.find({ collection: 'submissions' as 'tips', overrideAccess: true, depth: 0, pagination: false }))
    .docs as unknown as Record<string, unknown>[]

describe('POST /api/share: intake', () => {
  it('takes a tip in without JavaScript: 303 to the thank-you page, stored as "nieuw" with the consent version and time', async () => {
    const before = Date.now()
    const res = await post({
      ...FORM,
      offence: 'woninginbraak',
      theme: 'reageren',
      name: 'Els',
      email: 'Els@Voorbeeld.nl',
      notify: 'on',
    })
    expect(res.status).toBe(303)
    expect(res.location).toBe(new URL(SHARE_THANKS_URL, SITE).toString())
    const [doc, ...rest] = await stored()
    expect(rest).toEqual([])
    expect(doc).toMatchObject({
      text: FORM.text,
      status: 'nieuw',
      theme: 'reageren',
      name: 'Els',
      email: 'els@voorbeeld.nl',
      notifyOnPublish: true,
      consent: true,
      consentTextVersion: SHARE_CONSENT_VERSION,
    })
    expect(doc?.offence).toBeDefined()
    expect(Date.parse(String(doc?.consentAt))).toBeGreaterThanOrEqual(before - 1000)
  })

  it('flags likely personal data for the moderator, and the flags follow the text when a publisher edits it', async () => {
    await post({
      ...FORM,
      text: 'Mijn zus Marieke woont op de Dorpsstraat 12 in 1234 AB. Bel haar op 06-12345678 of mail marieke@voorbeeld.nl.',
    })
    const [doc] = await stored()
    expect(doc?.personalData).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'naam', text: 'Marieke' }),
        expect.objectContaining({ kind: 'straat', text: 'Dorpsstraat 12' }),
        expect.objectContaining({ kind: 'postcode', text: '1234 AB' }),
        expect.objectContaining({ kind: 'telefoon', text: '06-12345678' }),
        expect.objectContaining({ kind: 'e-mail', text: 'marieke@voorbeeld.nl' }),
      ]),
    )
    const edited = await api.call('PATCH', `/api/submissions/${String(doc?.id)}`, {
      as: sessions.publisher,
      body: { text: 'Mijn zus werd beroofd. Ik belde haar elke dag.' },
    })
    expect(edited.status).toBe(200)
    expect((edited.body as { doc: { personalData: unknown[] } }).doc.personalData).toEqual([])
  })

  it('answers a form without text or consent with a Dutch page naming each problem, and stores nothing', async () => {
    const res = await post({ text: '  ', email: 'geen-adres', notify: 'on' })
    expect(res.status).toBe(400)
    expect(res.text).toContain('Vul uw tip of ervaring in.')
    expect(res.text).toContain('Vul een geldig e-mailadres in')
    expect(res.text).toContain('Vink aan dat wij uw tip of ervaring na controle op de website mogen zetten.')
    expect(await stored()).toEqual([])
  })

  it('takes 2,000 characters (line breaks as the browser sends them count once) and refuses 2,001', async () => {
    const lines = `${'a'.repeat(998)}\r\n${'b'.repeat(1001)}`
    expect((await post({ ...FORM, text: lines })).status).toBe(303)
    const res = await post({ ...FORM, text: 'c'.repeat(2001) })
    expect(res.status).toBe(400)
    expect(res.text).toContain('Uw tekst is te lang: maximaal 2.000 tekens (nu 2.001).')
    expect((await stored()).map((d) => String(d.text).length)).toEqual([2000])
  })

  it('refuses an offence the site does not offer and an e-mail wish without an address', async () => {
    const res = await post({ ...FORM, offence: 'bestaat-niet', notify: 'on' })
    expect(res.status).toBe(400)
    expect(res.text).toContain('Kies een situatie uit de lijst')
    expect(res.text).toContain('Vul uw e-mailadres in als u een e-mail wilt krijgen')
    expect(await stored()).toEqual([])
  })

  it('answers JSON to a script that asks for it', async () => {
    const res = await fetch(`${api.base}/api/share`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: SITE },
      body: JSON.stringify({ text: 'Een korte tip: bel gewoon even.', consent: true }),
    })
    expect(res.status).toBe(202)
    expect(res.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(await stored()).toHaveLength(1)
  })
})

describe('POST /api/share: abuse protection (as the newsletter sign-up)', () => {
  it('refuses posts from another site, and scripts that send no Origin or Referer, in Dutch, storing nothing', async () => {
    const foreign: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      {},
      { Referer: 'https://evil.example/form' },
      { Origin: 'null' },
    ]
    for (const headers of foreign) {
      const res = await post(FORM, headers)
      expect(res.status, JSON.stringify(headers)).toBe(403)
      expect(res.text).toContain('Een tip of ervaring delen kan alleen via het formulier op onze website.')
    }
    // A browser that sends only the Referer of the site's own page is let in.
    expect((await post(FORM, { Referer: `${SITE}/voor-de-helpers/deel-uw-ervaring/` })).status).toBe(303)
    expect(await stored()).toHaveLength(1)
  })

  it('a filled honeypot gets the same answer as a person, and nothing is stored', async () => {
    const res = await post({ ...FORM, website: 'https://spam.example' })
    expect(res.status).toBe(303)
    expect(res.location).toBe(new URL(SHARE_THANKS_URL, SITE).toString())
    expect(await stored()).toEqual([])
  })

  it('takes at most 10 posts per client address per hour; the 11th gets 429 with Retry-After and a Dutch page', async () => {
    for (let i = 0; i < 10; i++) expect((await post({ ...FORM, text: `Tip nummer ${i}: luister.` })).status).toBe(303)
    const res = await post({ ...FORM, text: 'Tip nummer 11: luister.' })
    expect(res.status).toBe(429)
    expect(Number(res.retryAfter)).toBeGreaterThan(3000)
    expect(res.text).toContain('Er kwamen te veel berichten van uw verbinding.')
    expect(await stored()).toHaveLength(10)
  })

  it('takes the same text in once per day, also written with other capitals, spaces and punctuation', async () => {
    expect((await post(FORM)).status).toBe(303)
    const again = await post({ ...FORM, text: `  ${FORM.text.toUpperCase().replace(/ /g, '   ').replace(/\./g, '!')}  ` })
    expect(again.status).toBe(303)
    expect(again.location).toBe(new URL(SHARE_THANKS_URL, SITE).toString())
    expect((await post({ ...FORM, text: `${FORM.text} En ik kookte voor haar.` })).status).toBe(303)
    expect((await stored()).map((d) => d.text)).toEqual(expect.arrayContaining([FORM.text, `${FORM.text} En ik kookte voor haar.`]))
    expect(await stored()).toHaveLength(2)
  })
})

describe('who may do what with submissions', () => {
  const as = (who: Who) => (who === 'anonymous' ? undefined : who === 'site-builder' ? apiKeyHeader(SITE_BUILDER_KEY) : sessions[who])
  const allowed: Record<Who, boolean> = { anonymous: false, editor: false, 'site-builder': false, publisher: true, admin: true }

  for (const who of WHO) {
    it(`${who}: read ${allowed[who] ? 'yes' : 'no'}, create never (only the form), update and delete ${allowed[who] ? 'yes' : 'no'}`, async () => {
      await post({ ...FORM, name: 'Els', email: 'els@voorbeeld.nl' })
      const [doc] = await stored()
      const id = String(doc?.id)
      const list = await api.call('GET', '/api/submissions', { as: as(who) })
      const one = await api.call('GET', `/api/submissions/${id}`, { as: as(who) })
      const create = await api.call('POST', '/api/submissions', { as: as(who), body: { text: 'Via de API', consent: true } })
      const update = await api.call('PATCH', `/api/submissions/${id}`, { as: as(who), body: { status: 'afgewezen' } })
      if (allowed[who]) {
        expect(list.status).toBe(200)
        expect((list.body as { docs: unknown[] }).docs).toHaveLength(1)
        expect(one.status).toBe(200)
        expect(one.text).toContain('els@voorbeeld.nl')
        expect(update.status).toBe(200)
      } else {
        expect(list.status).toBe(403)
        expect(one.status).toBe(403)
        for (const answer of [list, one, update]) {
          expect(answer.text).not.toContain('els@voorbeeld.nl')
          expect(answer.text).not.toContain(FORM.text)
        }
        expect(update.status).toBe(403)
      }
      expect(create.status).toBe(403)
      // Nothing the API refused changed anything.
      const after = await stored()
      expect(after).toHaveLength(1)
      expect(after[0]?.status).toBe(allowed[who] ? 'afgewezen' : 'nieuw')
      const del = await api.call('DELETE', `/api/submissions/${id}`, { as: as(who) })
      expect(del.status).toBe(allowed[who] ? 200 : 403)
      expect(await stored()).toHaveLength(allowed[who] ? 0 : 1)
    })
  }

  it('the text hash stays internal, even for admins', async () => {
    await post(FORM)
    const list = await api.call('GET', '/api/submissions', { as: sessions.admin })
    expect(list.text).toContain(FORM.text)
    expect(list.text).not.toContain('textHash')
  })
})
