import { collectionDocLabel } from './collections.ts'
import type { LinkableCollection } from './common.ts'
import type { RichText } from './rich-text.ts'
import type { SiteContent } from './site-content.ts'

/** One rich-text field of one document in the bundle. */
export type RichTextField = { collection: LinkableCollection; slug: string; label: string; path: string; value: RichText }

type Fields = [path: string, value: RichText][]

function fieldsOf<T extends { slug: string }>(
  collection: LinkableCollection,
  docs: readonly T[],
  fields: (doc: T) => Fields,
): RichTextField[] {
  return docs.flatMap((doc, i) =>
    fields(doc).map(([path, value]) => ({ collection, slug: doc.slug, label: collectionDocLabel(collection, doc, i), path, value })),
  )
}

/**
 * Every rich-text field in the bundle, with the document and field path, in bundle order.
 * A test compares this list with the schemas, so a new rich-text field cannot be missed here.
 */
export function richTextFieldsOf(content: SiteContent): RichTextField[] {
  return [
    ...fieldsOf('checklists', content.checklists, (c) => [
      ['intro', c.intro],
      ...c.sections.flatMap((s, i) => s.items.map((item, j): Fields[number] => [`sections[${i}].items[${j}].body`, item.body])),
    ]),
    ...fieldsOf('tips', content.tips, (t) => [['body', t.body]]),
    ...fieldsOf('videos', content.videos, (v) => [['transcript', v.transcript]]),
    ...fieldsOf('ervaringen', content.ervaringen, (e) => [['body', e.body]]),
    ...fieldsOf('step-plans', content.stepPlans, (p) =>
      p.phases.flatMap(
        (phase, i): Fields => [
          [`phases[${i}].intro`, phase.intro],
          ...phase.steps.map((s, j): Fields[number] => [`phases[${i}].steps[${j}].body`, s.body]),
        ],
      ),
    ),
    ...fieldsOf('signals', content.signals, (s) => [['whatToDo', s.whatToDo]]),
    ...fieldsOf('referral-trees', content.referralTrees, (t) => [
      ['intro', t.intro],
      ...t.nodes.flatMap(
        (n, i): Fields =>
          n.type === 'outcome'
            ? [
                [`nodes[${i}].body`, n.body],
                [`nodes[${i}].whatToSay`, n.whatToSay],
              ]
            : [],
      ),
    ]),
    ...fieldsOf('assessments', content.assessments, (a) => [
      ['intro', a.intro],
      ...a.themes.map((t, i): Fields[number] => [`themes[${i}].attentionPoint`, t.attentionPoint]),
      ...a.bands.map((b, i): Fields[number] => [`bands[${i}].advice`, b.advice]),
    ]),
    ...fieldsOf('newsletter-issues', content.newsletterIssues, (n) => [['intro', n.intro]]),
    ...fieldsOf('pages', content.pages, (p) =>
      p.blocks.flatMap((b, i): Fields => (b.blockType === 'richText' ? [[`blocks[${i}].body`, b.body]] : [])),
    ),
  ]
}
