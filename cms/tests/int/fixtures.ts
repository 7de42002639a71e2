import { CONTENT_TYPE_SLUGS, type ContentTypeSlug, md } from '@hp/content-schemas'
import type { Payload } from 'payload'
import { richTextToLexical } from '../../src/fields/richText/fromContract.ts'

const rt = (text: string) =>
  richTextToLexical(md(text), () => {
    throw new Error('fixtures use no internal links')
  })

export const ROLES = ['admin', 'publisher', 'editor', 'site-builder'] as const
export type TestRole = (typeof ROLES)[number]
export type TestUser = Record<string, unknown> & { id: string | number; collection: 'users'; role: TestRole }

/** One user per role (the site-builder with an API key), returned as request users. */
export async function createUsers(payload: Payload): Promise<Record<TestRole, TestUser>> {
  const out = {} as Record<TestRole, TestUser>
  for (const role of ROLES) {
    const doc = await payload.create({
      collection: 'users',
      data: {
        email: `${role}@test.example`,
        password: 'test-password-123',
        role,
        ...(role === 'site-builder' ? { enableAPIKey: true, apiKey: 'test-site-builder-key-0123456789' } : {}),
      } as never,
      overrideAccess: true,
    })
    out[role] = { ...(doc as unknown as Record<string, unknown>), collection: 'users', role } as TestUser
  }
  return out
}

/** `Authorization` header values for staff roles, from a real login with the fixtures' password. */
export async function jwtHeaders<R extends TestRole>(payload: Payload, roles: readonly R[]): Promise<Record<R, string>> {
  const out = {} as Record<R, string>
  for (const role of roles) {
    const { token } = await payload.login({ collection: 'users', data: { email: `${role}@test.example`, password: 'test-password-123' } })
    out[role] = `JWT ${token}`
  }
  return out
}

/**
 * The demo content and users (`<role>@example.org`) as `npm run seed` writes them, with the fixtures'
 * password; returns the `Authorization` header of each of `roles`, from a real login.
 */
export async function seedDemo<R extends TestRole>(payload: Payload, roles: readonly R[]): Promise<Record<R, { Authorization: string }>> {
  // Imported here, not at the top: the seed loads the config, which reads the environment a test sets first.
  const { seed } = await import('../../src/seed/index.ts')
  await seed(payload, { password: 'test-password-123', siteBuilderApiKey: 'test-site-builder-key-0123456789' })
  const out = {} as Record<R, { Authorization: string }>
  for (const role of roles) {
    const { token } = await payload.login({ collection: 'users', data: { email: `${role}@example.org`, password: 'test-password-123' } })
    out[role] = { Authorization: `JWT ${token}` }
  }
  return out
}

/** Minimal valid, publishable data per content collection; `n` makes slugs unique. */
export function contentData(collection: string, n: string, ids: { offence?: string | number }): Record<string, unknown> {
  const title = `Test ${collection} ${n}`
  const slug = `test-${collection}-${n}`
  // Every content type has a case: the compiler checks it (`never` below).
  const type = collection as ContentTypeSlug
  switch (type) {
    case 'offences':
      return { name: title, slug, summary: 'Samenvatting.', searchTerms: ['testwoord'], order: 1 }
    case 'checklists':
      return {
        title,
        slug,
        offence: ids.offence,
        summary: 'Samenvatting.',
        intro: rt('Inleiding.'),
        sections: [{ title: 'Direct', items: [{ key: 'een', title: 'Doe iets', body: rt('Uitleg.') }] }],
      }
    case 'tips':
      return { title, slug, summary: 'Samenvatting.', theme: 'zelfzorg', platforms: ['helpers'], body: rt('Tekst.') }
    case 'videos':
      return {
        title,
        slug,
        summary: 'Samenvatting.',
        kind: 'uitleg',
        platforms: ['helpers'],
        durationSeconds: 60,
        source: { type: 'external', provider: 'vimeo', url: 'https://vimeo.com/1' },
        captions: 'WEBVTT\n\n00:00.000 --> 00:04.000\nHallo.',
        transcript: rt('Hallo.'),
      }
    case 'step-plans':
      return {
        title,
        slug,
        summary: 'Samenvatting.',
        sectors: ['onderwijs'],
        phases: [{ phase: 'acuut', steps: [{ key: 'bel', title: 'Bel', body: rt('Bel iemand.') }] }],
      }
    case 'signals':
      return { title, slug, category: 'gedrag', description: 'Beschrijving.', whatToDo: rt('Vraag ernaar.'), order: 1 }
    case 'organisations':
      return { name: title, slug, description: 'Beschrijving.', phone: '0900 0000', exampleData: true }
    case 'external-services':
      return {
        title,
        slug,
        description: 'Beschrijving.',
        url: 'https://cursus.example.nl/',
        platform: 'helpers',
        pillar: 'begeleiding-en-cursus',
        order: 1,
        exampleData: true,
      }
    case 'ervaringen':
      return { title, slug, summary: 'Samenvatting.', theme: 'reageren', body: rt('Ik ging elke dag even langs.') }
    case 'referral-trees':
      return {
        title,
        slug,
        summary: 'Samenvatting.',
        platform: 'helpers',
        intro: rt('Start.'),
        start: 'vraag',
        nodes: [
          {
            blockType: 'question',
            key: 'vraag',
            question: 'Gevaar?',
            options: [
              { label: 'Ja', next: 'bel-112' },
              { label: 'Nee', next: 'praat' },
            ],
          },
          { blockType: 'outcome', key: 'bel-112', title: 'Bel 112', body: rt('Bel 112.') },
          { blockType: 'outcome', key: 'praat', title: 'Praat', body: rt('Praat erover.') },
        ],
      }
    case 'assessments':
      return {
        title,
        slug,
        summary: 'Samenvatting.',
        kind: 'zelfscan',
        platform: 'helpers',
        intro: rt('Intro.'),
        themes: [{ key: 'tijd', title: 'Tijd', threshold: 1 }],
        questions: [
          {
            key: 'q1',
            theme: 'tijd',
            text: 'Vraag?',
            options: [
              { label: 'Nee', score: 0 },
              { label: 'Ja', score: 1 },
            ],
          },
        ],
        bands: [{ key: 'laag', min: 0, title: 'Laag', advice: rt('Goed zo.') }],
      }
    case 'newsletter-issues':
      return {
        title,
        number: Number(n.replace(/\D/g, '')) || 1,
        date: '2026-01-15',
        intro: rt('Intro.'),
        items: [{ title: 'Item', summary: 'Kort.', url: 'https://example.org/' }],
      }
    case 'pages':
      return { title, slug, summary: 'Samenvatting.', platform: 'algemeen', blocks: [{ blockType: 'richText', body: rt('Tekst.') }] }
    default: {
      const none: never = type
      throw new Error(`no fixture for ${none}`)
    }
  }
}

/** Every content collection (drafts, versions, publishing): the content types of the registry. */
export const CONTENT_COLLECTIONS = CONTENT_TYPE_SLUGS

/** Valid, published site settings. */
export const SETTINGS = {
  organisationName: 'Testorganisatie',
  adviceLine: { phone: '0900 0101', hours: 'Elke werkdag', exampleData: true },
  quickExitUrl: 'https://www.google.nl/',
  navigation: { helpers: [], professionals: [] },
  _status: 'published',
}
