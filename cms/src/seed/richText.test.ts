import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import { LinkNode } from '@payloadcms/richtext-lexical/lexical/link'
import { ListItemNode, ListNode } from '@payloadcms/richtext-lexical/lexical/list'
import { HeadingNode, QuoteNode } from '@payloadcms/richtext-lexical/lexical/rich-text'
import { describe, expect, it } from 'vitest'
import { richTextToLexical } from '../fields/richText/fromContract.ts'
import { lexicalToRichText } from '../fields/richText/toContract.ts'
import { assessments, draftAssessments } from './data/assessments.ts'
import { checklists, draftChecklists } from './data/checklists.ts'
import { draftNewsletterIssues, newsletterIssues } from './data/newsletter-issues.ts'
import { draftPages, pages } from './data/pages.ts'
import { draftReferralTrees, referralTrees } from './data/referral-trees.ts'
import { draftSignals, signals } from './data/signals.ts'
import { draftStepPlans, stepPlans } from './data/step-plans.ts'
import { draftTips, tips } from './data/tips.ts'
import { draftVideos, videos } from './data/videos.ts'
import { seedMapper } from './toPayload.ts'

/** Every rich-text value in a mapped document, with its path ("nodes.3.whatToSay"). */
function richTexts(value: unknown, path: string, out: [string, unknown][] = []): [string, unknown][] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      richTexts(v, `${path}.${i}`, out)
    })
  } else if (value && typeof value === 'object') {
    if ('root' in value) out.push([path, value])
    else for (const [k, v] of Object.entries(value)) richTexts(v, path ? `${path}.${k}` : k, out)
  }
  return out
}

/** Loads a stored value into a Lexical editor as the admin does; Lexical throws error #38 on an empty root. */
function loadInEditor(value: unknown) {
  const editor = createHeadlessEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
    onError: (error) => {
      throw error
    },
  })
  editor.setEditorState(editor.parseEditorState(JSON.stringify(value)))
}

const map = seedMapper({ id: () => 1, media: () => 1 })
const seeded: [string, object][] = [
  ...[...tips, ...draftTips].map((d) => [`tips/${d.slug}`, map.tip({ ...d, image: undefined })] as [string, object]),
  ...[...videos, ...draftVideos].map((d) => [`videos/${d.slug}`, map.video({ ...d, poster: undefined })] as [string, object]),
  ...[...signals, ...draftSignals].map((d) => [`signals/${d.slug}`, map.signal(d)] as [string, object]),
  ...[...stepPlans, ...draftStepPlans].map((d) => [`step-plans/${d.slug}`, map.stepPlan(d)] as [string, object]),
  ...[...checklists, ...draftChecklists].map((d) => [`checklists/${d.slug}`, map.checklist(d)] as [string, object]),
  ...[...referralTrees, ...draftReferralTrees].map((d) => [`referral-trees/${d.slug}`, map.referralTree(d)] as [string, object]),
  ...[...assessments, ...draftAssessments].map((d) => [`assessments/${d.slug}`, map.assessment(d)] as [string, object]),
  ...[...newsletterIssues, ...draftNewsletterIssues].map(
    (d) => [`newsletter-issues/${d.slug}`, map.newsletterIssue(d)] as [string, object],
  ),
  ...[...pages, ...draftPages].map((d) => [`pages/${d.slug}`, map.page(d)] as [string, object]),
]

describe('seeded rich text opens in the editor', () => {
  it('empty text is stored as one empty paragraph, which the editor loads and the export reads as empty', () => {
    const empty = richTextToLexical([], () => 1)
    expect(empty.root.children).toEqual([expect.objectContaining({ type: 'paragraph', children: [] })])
    expect(() => loadInEditor(empty)).not.toThrow()
    expect(lexicalToRichText(empty, () => undefined)).toEqual([])
    // The shape that showed "Minified Lexical error #38" in the admin: a root without children.
    expect(() => loadInEditor({ root: { ...empty.root, children: [] } })).toThrow(/empty/)
  })

  it('every rich-text field of every seeded document (drafts included) loads without a Lexical error', () => {
    const values = seeded.flatMap(([doc, data]) => richTexts(data, '').map(([path, value]) => [`${doc} ${path}`, value] as const))
    // The draft referral tree's two outcomes have no "what to say" text: the fields that broke.
    expect(values.map(([where]) => where)).toContain('referral-trees/concept-verkeersongeval nodes.2.whatToSay')
    expect(values.length).toBeGreaterThan(50)
    const failures = values.flatMap(([where, value]) => {
      try {
        loadInEditor(value)
        return []
      } catch (error) {
        return [`${where}: ${(error as Error).message}`]
      }
    })
    expect(failures).toEqual([])
  })
})
