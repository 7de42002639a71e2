import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { AssessmentSchema } from './assessment.ts'
import { ChecklistSchema } from './checklist.ts'
import { parseDocument } from './errors.ts'
import { urlForRef } from './links.ts'
import { safeParseContract } from './messages.ts'
import { NewsletterIssueSchema } from './newsletter-issue.ts'
import { OffenceSchema } from './offence.ts'
import { OrganisationSchema } from './organisation.ts'
import { PageSchema } from './page.ts'
import { checkReferences } from './references.ts'
import { ReferralTreeSchema } from './referral-tree.ts'
import { scoreAssessment } from './scoring.ts'
import { SignalSchema } from './signal.ts'
import { siteContentExample } from './site-content.examples.ts'
import { type SiteContent, SiteContentSchema } from './site-content.ts'
import { SiteSettingsSchema } from './site-settings.ts'
import { StepPlanSchema } from './step-plan.ts'
import { TipSchema } from './tip.ts'
import { outcomeNode, questionNode } from './tree.examples.ts'
import { validateTree } from './tree.ts'
import { treeFormRedirects } from './tree-form.ts'
import { getNode, walkTree } from './tree-walk.ts'
import { VideoSchema } from './video.ts'

/** English that would tell us a message slipped through untranslated (zod's defaults and our old texts). */
const ENGLISH =
  /\b(must|required|expected|received|invalid|too|node|used twice|unknown|should|cannot|choose|at (least|most)|characters|string|undefined|array|object|only|broken|does not|not both|either)\b/i

/** The words an editor reads: quoted values (ids, enum options, answer labels) are data, not copy. */
const copy = (message: string) => message.replace(/"[^"]*"/g, '""')

const valid = (): SiteContent => SiteContentSchema.parse(siteContentExample)

const SCHEMAS: [keyof SiteContent, z.ZodType][] = [
  ['offences', OffenceSchema],
  ['checklists', ChecklistSchema],
  ['tips', TipSchema],
  ['videos', VideoSchema],
  ['stepPlans', StepPlanSchema],
  ['signals', SignalSchema],
  ['organisations', OrganisationSchema],
  ['referralTrees', ReferralTreeSchema],
  ['assessments', AssessmentSchema],
  ['newsletterIssues', NewsletterIssueSchema],
  ['pages', PageSchema],
]

/** Every path into a value: each object key and array index, at any depth. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...at, i], ...paths(v, [...at, i])])
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => [[...at, k], ...paths(v, [...at, k])])
  return []
}

/** A copy of `doc` with the value at `path` replaced (or removed, for `undefined`). */
function withValue(doc: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>
  let parent = copy
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path.at(-1) as string | number
  if (value === undefined && !Array.isArray(parent)) delete parent[last]
  else parent[last] = value
  return copy
}

/** Wrong values of every kind: missing, empty, wrong type, too long, negative, not whole, odd text. */
const WRONG = [undefined, null, '', 'Niet Goed!', 'x'.repeat(1001), 42, -1, 1.5, true, [], {}]

/** The message of every issue when each value of every document in the example is broken in every way. */
function contractMessages(): string[] {
  const content = valid()
  const out: string[] = []
  const collect = (schema: z.ZodType, doc: unknown) => {
    for (const path of paths(doc))
      for (const value of WRONG) {
        const result = safeParseContract(schema, withValue(doc, path, value))
        if (!result.success) out.push(...result.error.issues.map((i) => i.message))
      }
  }
  for (const [key, schema] of SCHEMAS) for (const doc of content[key] as unknown[]) collect(schema, doc)
  collect(SiteSettingsSchema, content.settings)
  return out
}

/** The message of an error `run` throws. */
function thrown(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  throw new Error('fixture: expected an error')
}

/** Cross-document checks, tree problems and the errors the site build and the islands throw. */
function otherMessages(): string[] {
  const broken = valid()
  broken.checklists[0]?.relatedTips.push('xyz')
  broken.tips.push({ ...(broken.tips[0] as SiteContent['tips'][number]), offences: ['xyz'] })
  broken.checklists.push({ ...(broken.checklists[0] as SiteContent['checklists'][number]), slug: 'fraude-2' })
  broken.stepPlans.push({ ...(broken.stepPlans[0] as SiteContent['stepPlans'][number]) })
  broken.signals.pop()
  broken.pages.forEach((p) => {
    p.platform = 'helpers'
  })
  const trees = [
    { start: 'a', nodes: [questionNode('a', 'x', 'weg'), outcomeNode('x'), outcomeNode('x'), questionNode('los', 'los', 'los')] },
    { start: 'b', nodes: [questionNode('a', 'x', 'x'), outcomeNode('x')] },
    { start: 'x', nodes: [questionNode('a', 'x', 'x'), outcomeNode('x')] },
  ]
  const tree = valid().referralTrees[0] as SiteContent['referralTrees'][number]
  const scan = valid().assessments[0] as SiteContent['assessments'][number]
  const lines = [
    ...checkReferences(broken).map((line) => line.replace(/^[^:]+: (?:[A-Za-z][\w.[\]]*: )?/, '')),
    ...trees.flatMap((t) => validateTree(t).map((p) => p.message)),
    thrown(() => parseDocument(ChecklistSchema, {}, 'Checklist')),
    thrown(() => walkTree(tree, [0, 0])),
    thrown(() => walkTree(tree, [9])),
    thrown(() => getNode(tree, 'weg')),
    thrown(() => scoreAssessment(scan, { weg: 0 })),
    thrown(() => scoreAssessment(scan, { [scan.questions[0]?.id ?? '']: 9 })),
    thrown(() => scoreAssessment({ ...scan, bands: [] }, {})),
    thrown(() => urlForRef({ collection: 'step-plans', slug: 'weg' }, valid())),
    thrown(() => treeFormRedirects({ referralTrees: [{ ...tree, nodes: [...tree.nodes, outcomeNode('ga')] }] })),
  ]
  return lines.flatMap((l) => l.split('\n'))
}

describe('editors get Dutch', () => {
  it('every message for a broken field of every document kind is free of English', () => {
    const messages = contractMessages()
    expect(messages.length).toBeGreaterThan(1000)
    const distinct = [...new Set(messages)]
    expect(distinct.length).toBeGreaterThan(40)
    expect(distinct.filter((m) => ENGLISH.test(copy(m)))).toEqual([])
  })

  it('every cross-document, tree, scoring and link message is free of English', () => {
    const messages = otherMessages()
    expect(messages.length).toBeGreaterThan(20)
    expect(messages.filter((m) => ENGLISH.test(copy(m)))).toEqual([])
  })

  it('the deny-list catches what editors used to see', () => {
    const old = [
      'must be a full http(s) URL (https://…)',
      'required',
      'Too small: expected string to have >=1 characters',
      'node "x": no outcome can be reached from this question',
      'question id "q1" is used twice',
    ]
    expect(old.filter((m) => ENGLISH.test(copy(m)))).toEqual(old)
  })
})
