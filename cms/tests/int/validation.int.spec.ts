import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentData } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'
import { SEED_IMAGE } from './paths.ts'

let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms('validation')
})
afterAll(async () => cms?.close())

interface FieldError {
  path: string
  message: string
}

/** English an editor must never see on a field (zod's defaults and the contract's old texts). */
const ENGLISH = /\b(must|required|expected|received|invalid|too|node|used twice|unknown|cannot|choose|at least|characters)\b/i

/** Publishes `data` and returns the field errors it was refused with (or [] when it was saved); every message is Dutch. */
async function publishErrors(collection: string, data: Record<string, unknown>): Promise<FieldError[]> {
  let errors: FieldError[]
  try {
    await cms.payload.create({ collection: collection as 'tips', data: { ...data, _status: 'published' } as never, overrideAccess: true })
    return []
  } catch (error) {
    const found = (error as { data?: { errors?: FieldError[] } }).data?.errors
    if (!found) throw error
    errors = found
  }
  // Quoted values are the editor's own data (keys, answers), not our copy.
  expect(errors.filter((e) => ENGLISH.test(e.message.replace(/"[^"]*"/g, '""')))).toEqual([])
  return errors
}

const count = async (collection: string) => (await cms.payload.count({ collection: collection as 'tips', overrideAccess: true })).totalDocs

describe('publishing invalid content is refused on the field, and nothing is saved', () => {
  it('a video without transcript', async () => {
    const before = await count('videos')
    const errors = await publishErrors('videos', { ...contentData('videos', 'nt', {}), transcript: undefined })
    expect(errors).toContainEqual(expect.objectContaining({ path: 'transcript', message: 'Transcript: Vul dit veld in.' }))
    expect(await count('videos')).toBe(before)
  })

  it('an external service on plain http, or placed where its platform has no such part', async () => {
    const before = await count('external-services')
    const http = await publishErrors('external-services', {
      ...contentData('external-services', 'http', {}),
      url: 'http://cursus.example.nl/',
    })
    expect(http).toContainEqual(
      expect.objectContaining({ path: 'url', message: 'Webadres (https://): Gebruik een beveiligd webadres dat begint met https://' }),
    )
    const place = await publishErrors('external-services', { ...contentData('external-services', 'plek', {}), platform: 'professionals' })
    expect(place).toContainEqual(
      expect.objectContaining({
        path: 'pillar',
        message: expect.stringContaining('"begeleiding-en-cursus" is geen onderdeel van Voor Professionals. Kies uit: sectoren,'),
      }),
    )
    expect(await count('external-services')).toBe(before)
    // The same entry on the right platform is published.
    expect(await publishErrors('external-services', contentData('external-services', 'goed', {}))).toEqual([])
  })

  it('a video whose captions are not WebVTT', async () => {
    const errors = await publishErrors('videos', { ...contentData('videos', 'vtt', {}), captions: 'Hallo allemaal' })
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'captions',
        message: 'Ondertiteling (WebVTT): Gebruik ondertiteling in WebVTT-vorm. De eerste regel is "WEBVTT".',
      }),
    )
  })

  it('a referral tree with a dead end and a missing target, reported per node', async () => {
    const tree = contentData('referral-trees', 'dead', {})
    const nodes = tree.nodes as Record<string, unknown>[]
    nodes[0] = {
      ...nodes[0],
      options: [
        { label: 'Ja', next: 'bestaat-niet' },
        { label: 'Nee', next: 'lus' },
      ],
    }
    nodes.push({
      blockType: 'question',
      key: 'lus',
      question: 'Rondje?',
      options: [
        { label: 'A', next: 'lus' },
        { label: 'B', next: 'lus' },
      ],
    })
    const before = await count('referral-trees')
    const errors = await publishErrors('referral-trees', tree)
    const text = errors.map((e) => `${e.path} ${e.message}`).join('\n')
    expect(text).toContain('nodes.0.key Vraag "vraag": antwoord "Ja" gaat naar "bestaat-niet", maar die bestaat niet.')
    expect(text).toContain('nodes.1.key Uitkomst "bel-112": deze uitkomst is niet te bereiken vanaf de eerste vraag "vraag".')
    expect(text).toContain('nodes.3.key Vraag "lus": hier loopt de route dood.')
    expect(text).toContain('nodes.3.key Vraag "lus": de route gaat in een rondje: lus → lus.')
    expect(await count('referral-trees')).toBe(before)
  })

  it('an assessment question with an unknown theme', async () => {
    const a = contentData('assessments', 'th', {})
    ;(a.questions as Record<string, unknown>[])[0] = {
      key: 'q1',
      theme: 'onbekend',
      text: 'Vraag?',
      options: [
        { label: 'a', score: 0 },
        { label: 'b', score: 1 },
      ],
    }
    const errors = await publishErrors('assessments', a)
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'questions.0.theme',
        message: 'Vragen › rij 01 "Vraag?" › Thema: Er is geen thema met sleutel "onbekend". Vul de sleutel van een van de thema\'s in.',
      }),
    )
  })

  it('a step plan with phases out of order', async () => {
    const p = contentData('step-plans', 'order', {})
    const step = { key: 's', title: 'Stap', body: (p.phases as { steps: { body: unknown }[] }[])[0]?.steps[0]?.body }
    p.phases = [
      { phase: 'nazorg', steps: [step] },
      { phase: 'acuut', steps: [{ ...step, key: 't' }] },
    ]
    const errors = await publishErrors('step-plans', p)
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: 'phases.1.phase',
        message:
          'Fasen › rij 02 "acuut" › Fase: Fase "acuut" staat er dubbel in of op de verkeerde plek. Gebruik de volgorde preventief, acuut, nazorg.',
      }),
    )
  })

  it('rich text with an element outside the contract (an h1)', async () => {
    const tip = contentData('tips', 'h1', {})
    const body = tip.body as { root: { children: Record<string, unknown>[] } }
    body.root.children.push({ type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'Te groot', format: 0 }] })
    const errors = await publishErrors('tips', tip)
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^Tekst \[\d+\]: kop h1 kan niet\. Gebruik kop h2, h3 of h4\.$/)])
  })

  it('an image without alt text', async () => {
    const before = await count('media')
    await expect(
      cms.payload.create({ collection: 'media', data: {} as never, filePath: SEED_IMAGE, overrideAccess: true }),
    ).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'alt' })] },
    })
    expect(await count('media')).toBe(before)
  })
})

describe('drafts may be incomplete, so editors never lose work', () => {
  it('site settings with a search synonym that has nothing to search for as well', async () => {
    const { SETTINGS } = await import('./fixtures.ts')
    let errors: FieldError[] = []
    try {
      await cms.payload.updateGlobal({
        slug: 'site-settings',
        data: { ...SETTINGS, searchSynonyms: [{ word: 'beroofd', alternatives: [' '] }] } as never,
        overrideAccess: true,
      })
    } catch (error) {
      errors = (error as { data?: { errors?: FieldError[] } }).data?.errors ?? []
    }
    expect(errors).toContainEqual(expect.objectContaining({ path: 'searchSynonyms.0.alternatives.0' }))
    expect(errors.filter((e) => ENGLISH.test(e.message))).toEqual([])
    expect(errors.map((e) => e.message).join(' ')).toMatch(/zoekwoord is leeg/)
  })

  it('saves a draft video without transcript', async () => {
    const doc = await cms.payload.create({
      collection: 'videos',
      draft: true,
      data: { ...contentData('videos', 'draft', {}), transcript: undefined, _status: 'draft' } as never,
      overrideAccess: true,
    })
    expect(doc.id).toBeDefined()
    expect(await publishErrors('videos', contentData('videos', 'ok', {}))).toEqual([])
  })
})
