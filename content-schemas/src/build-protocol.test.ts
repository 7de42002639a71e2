import { describe, expect, it } from 'vitest'
import {
  BuildHookRequestSchema,
  BuildReportSchema,
  describeBuildRequest,
  parseBuildProblemLine,
  parseBuildProblems,
} from './build-protocol.ts'
import { ContractError } from './errors.ts'
import { validateSiteContent } from './references.ts'
import { siteContentExample } from './site-content.examples.ts'

describe('build protocol (CMS ⇄ site builder)', () => {
  it('describes a request for logs and the deploy list', () => {
    expect(describeBuildRequest({ action: 'publish', collection: 'tips', slug: 'slaap-en-rust' })).toBe('publish tips/slaap-en-rust')
    expect(describeBuildRequest({ action: 'delete', collection: 'site-settings' }, 3)).toBe('delete site-settings (+2 more)')
  })

  it('accepts what the CMS sends and refuses an unknown action or state', () => {
    expect(BuildHookRequestSchema.parse({ collection: 'tips', slug: 'x', action: 'unpublish', user: 'a@b.nl', changes: 2 })).toMatchObject({
      changes: 2,
    })
    expect(BuildHookRequestSchema.safeParse({ collection: 'tips', action: 'drop' }).success).toBe(false)
    expect(BuildReportSchema.safeParse({ state: 'failed', message: 'Checklist "fraude": …' }).success).toBe(true)
    expect(BuildReportSchema.safeParse({ state: 'done' }).success).toBe(false)
  })
})

describe('build problems (what the admin shows after a failed build)', () => {
  /** The build's own error output for a bundle: what `npm run build:site` prints on stderr. */
  const buildOutput = (bundle: unknown) => {
    try {
      validateSiteContent(bundle)
    } catch (error) {
      if (error instanceof ContractError)
        return `[1/5] Content from http://localhost:3000 …\n${error.message}\nThe site in site/dist was left as it was.`
      throw error
    }
    throw new Error('the bundle is valid')
  }

  it('reads document, field and Dutch message back from the contract check the build runs', () => {
    const bundle = structuredClone(siteContentExample) as Record<string, unknown> & typeof siteContentExample
    const checklist = bundle.checklists?.[0]
    const tip = bundle.tips?.[0]
    if (!checklist || !tip) throw new Error('the example needs a checklist and a tip')
    checklist.title = ''
    const problems = parseBuildProblems(buildOutput(bundle))
    expect(problems).toContainEqual({
      collection: 'checklists',
      slug: checklist.slug,
      document: `Checklist "${checklist.slug}"`,
      field: 'title',
      message: expect.stringMatching(/[a-z]/),
    })
    // Only lines that name a document: the progress line and the closing sentence are not problems.
    expect(problems.every((p) => p.collection === 'checklists')).toBe(true)
  })

  it('ties a broken reference to the document that holds it', () => {
    const bundle = structuredClone(siteContentExample)
    const tip = bundle.tips?.[0]
    if (!tip) throw new Error('the example needs a tip')
    tip.offences = ['bestaat-niet']
    expect(parseBuildProblems(buildOutput(bundle))).toEqual([
      {
        collection: 'tips',
        slug: tip.slug,
        document: `Tip "${tip.slug}"`,
        field: 'offences[0]',
        message: 'Er is geen gepubliceerd delict "bestaat-niet". Publiceer eerst het delict, of haal de verwijzing weg.',
      },
    ])
  })

  it('knows labels with spaces, documents without a slug, the site settings and messages without a field', () => {
    expect(parseBuildProblemLine('  - Scan of test "zelftest": questions[0].options: Voeg minstens twee antwoorden toe.')).toEqual({
      collection: 'assessments',
      slug: 'zelftest',
      document: 'Scan of test "zelftest"',
      field: 'questions[0].options',
      message: 'Voeg minstens twee antwoorden toe.',
    })
    expect(parseBuildProblemLine('Tip #3: slug: Vul dit veld in.')).toEqual({
      collection: 'tips',
      document: 'Tip #3',
      field: 'slug',
      message: 'Vul dit veld in.',
    })
    expect(parseBuildProblemLine('Site-instellingen: organisationName: Vul dit veld in.')).toMatchObject({
      collection: 'site-settings',
      field: 'organisationName',
    })
    expect(parseBuildProblemLine('Doorverwijstool "hulp": Vraag "vraag-twee": de route gaat in een rondje.')).toEqual({
      collection: 'referral-trees',
      slug: 'hulp',
      document: 'Doorverwijstool "hulp"',
      message: 'Vraag "vraag-twee": de route gaat in een rondje.',
    })
    expect(parseBuildProblemLine('Site build failed: ENOSPC: no space left on device')).toBeUndefined()
    expect(parseBuildProblemLine('Onbekend "x": title: iets')).toBeUndefined()
  })

  it('keeps at most 50, without repeats, each within the report limits', () => {
    const lines = Array.from({ length: 80 }, (_, i) => `Tip "t${i}": title: ${'x'.repeat(3000)}`)
    const problems = parseBuildProblems([...lines, lines[0]].join('\n'))
    expect(problems).toHaveLength(50)
    expect(BuildReportSchema.safeParse({ state: 'failed', problems }).success).toBe(true)
    expect(parseBuildProblems(`${lines[1]}\n${lines[1]}`)).toHaveLength(1)
    expect(BuildReportSchema.safeParse({ state: 'failed', problems: [...problems, ...problems] }).success).toBe(false)
  })
})
