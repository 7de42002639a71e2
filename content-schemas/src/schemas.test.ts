import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { AssessmentSchema } from './assessment.ts'
import { ContractError, parseDocument } from './errors.ts'
import { NewsletterIssueSchema } from './newsletter-issue.ts'
import { OrganisationSchema } from './organisation.ts'
import { ReferralTreeSchema } from './referral-tree.ts'
import { siteContentExample } from './site-content.examples.ts'
import { SiteContentSchema } from './site-content.ts'
import { StepPlanSchema } from './step-plan.ts'
import { TipSchema } from './tip.ts'
import { VideoSchema } from './video.ts'

// Valid documents of every kind, fresh for each test.
const example = () => SiteContentSchema.parse(siteContentExample)
const first = <T>(list: T[]): T => {
  const doc = list[0]
  if (doc === undefined) throw new Error('fixture: empty collection')
  return doc
}

/** The readable lines parseDocument reports for `data`, or [] if it parses. */
function problems(schema: z.ZodType, data: unknown, label: string): string[] {
  try {
    parseDocument(schema, data, label)
    return []
  } catch (error) {
    if (error instanceof ContractError) return error.problems
    throw error
  }
}

describe('the contract rejects documents with a readable line per problem', () => {
  it('accepts the example bundle', () => {
    expect(SiteContentSchema.safeParse(siteContentExample).success).toBe(true)
  })

  it('video without transcript', () => {
    const { transcript: _, ...video } = first(example().videos)
    expect(problems(VideoSchema, video, 'Video "ervaring-na-inbraak"')).toEqual([
      'Video "ervaring-na-inbraak": transcript: Vul dit veld in.',
    ])
  })

  it('video with SRT captions instead of WebVTT', () => {
    const video = { ...first(example().videos), captions: '1\n00:00:00,000 --> 00:00:04,000\nToen ik thuiskwam.' }
    expect(problems(VideoSchema, video, 'Video "ervaring-na-inbraak"')).toEqual([
      'Video "ervaring-na-inbraak": captions: Gebruik ondertiteling in WebVTT-vorm. De eerste regel is "WEBVTT".',
      'Video "ervaring-na-inbraak": captions: Zet minstens één tijdregel in de ondertiteling, zoals 00:00.000 --> 00:04.000.',
    ])
  })

  it('assessment question with an unknown theme', () => {
    const scan = first(example().assessments)
    const data = { ...scan, questions: scan.questions.map((q, i) => (i === 1 ? { ...q, theme: 'slaap' } : q)) }
    expect(problems(AssessmentSchema, data, 'Scan of test "zelfscan"')).toEqual([
      'Scan of test "zelfscan": questions[1].theme: Er is geen thema met sleutel "slaap". Vul de sleutel van een van de thema\'s in.',
    ])
  })

  it('assessment bands out of order', () => {
    const scan = first(example().assessments)
    const data = { ...scan, bands: [...scan.bands].reverse() }
    const order = 'Zet de uitslagen op volgorde: elke uitslag begint bij een hogere score dan de vorige.'
    expect(problems(AssessmentSchema, data, 'Scan of test "zelfscan"')).toEqual([
      'Scan of test "zelfscan": bands[0].min: Laat de eerste uitslag beginnen bij score 0.',
      `Scan of test "zelfscan": bands[1].min: ${order}`,
      `Scan of test "zelfscan": bands[2].min: ${order}`,
    ])
  })

  it('step plan with phases out of order', () => {
    const plan = first(example().stepPlans)
    const data = { ...plan, phases: [...plan.phases].reverse() }
    expect(problems(StepPlanSchema, data, 'Stappenplan "opvang"')).toEqual([
      'Stappenplan "opvang": phases[1].phase: Fase "acuut" staat er dubbel in of op de verkeerde plek. Gebruik de volgorde preventief, acuut, nazorg.',
    ])
  })

  it('tip without a platform', () => {
    const tip = { ...first(example().tips), platforms: [] }
    expect(problems(TipSchema, tip, 'Tip "luisteren"')).toEqual(['Tip "luisteren": platforms: Kies minstens één platform.'])
  })

  it('referral tree outcome without advice', () => {
    const tree = first(example().referralTrees)
    const data = { ...tree, nodes: tree.nodes.map((n) => (n.id === 'bel-112' ? { ...n, body: undefined } : n)) }
    expect(problems(ReferralTreeSchema, data, 'Doorverwijstool "helpers"')).toEqual([
      'Doorverwijstool "helpers": nodes[4].body: Vul dit veld in.',
    ])
  })

  it('organisation with letters in its phone number', () => {
    const org = { ...first(example().organisations), phone: '0900-HULP' }
    expect(problems(OrganisationSchema, org, 'Organisatie "slachtofferhulp"')).toEqual([
      'Organisatie "slachtofferhulp": phone: Gebruik alleen cijfers, spaties en + ( ) -, zoals "0900 0101".',
    ])
  })

  it('newsletter item linking both to a document and a url', () => {
    const issue = first(example().newsletterIssues)
    const data = { ...issue, items: [{ ...first(issue.items), url: 'https://www.example.nl/' }] }
    expect(problems(NewsletterIssueSchema, data, 'Nieuwsbrief "1"')).toEqual([
      'Nieuwsbrief "1": items[0]: Vul één link in: een link naar inhoud op de site, of een externe link.',
    ])
  })
})

describe('ids that become anchors, URLs or browser ticks are unique', () => {
  it('a checklist item id used twice', async () => {
    const { ChecklistSchema } = await import('./checklist.ts')
    const checklist = first(example().checklists)
    const sections = checklist.sections.map((s) => ({ ...s, items: [...s.items] }))
    const item = first(first(sections).items)
    first(sections).items.push({ ...item })
    const lines = problems(ChecklistSchema, { ...checklist, sections }, 'Checklist "fraude"')
    expect(lines).toEqual([
      `Checklist "fraude": sections[0].items[${first(sections).items.length - 1}].id: Punt "${item.id}" staat er meer dan één keer in. Geef elk punt een eigen sleutel.`,
    ])
  })

  it('an assessment band id used twice', () => {
    const a = first(example().assessments)
    const band = first(a.bands)
    const lines = problems(AssessmentSchema, { ...a, bands: [...a.bands, { ...band, min: 999 }] }, 'Scan of test "x"')
    expect(lines).toContain(
      `Scan of test "x": bands[${a.bands.length}].id: Uitslag "${band.id}" staat er meer dan één keer in. Geef elke uitslag een eigen sleutel.`,
    )
  })

  it('a heading level outside h2–h4 names the rule', () => {
    const tip = first(example().tips)
    const body = [{ type: 'heading', level: 1, children: [{ type: 'text', text: 'Te groot' }] }]
    expect(problems(TipSchema, { ...tip, body }, 'Tip "t"')).toEqual([
      'Tip "t": body[0].level: Gebruik kop h2, h3 of h4. Kop h1 is de titel van de pagina.',
    ])
  })
})
