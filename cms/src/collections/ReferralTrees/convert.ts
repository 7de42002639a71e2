import type { ReferralTreeSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from '../../export/context.ts'
import { compact, fromStored, required, rows } from '../../export/stored.ts'
import type { ReferralTree } from '../../payload-types.ts'

export const toReferralTree = fromStored(
  (doc: ReferralTree, ctx: ExportContext): z.input<typeof ReferralTreeSchema> => ({
    slug: required(doc.slug),
    title: doc.title,
    summary: doc.summary,
    platform: doc.platform,
    intro: ctx.richText(doc.intro),
    start: doc.start,
    nodes: rows(doc.nodes).map((n) =>
      n.blockType === 'question'
        ? compact({
            type: 'question' as const,
            id: n.key,
            question: n.question,
            hint: n.hint,
            options: rows(n.options).map((o) => ({ label: o.label, next: o.next })),
          })
        : {
            type: 'outcome' as const,
            id: n.key,
            title: n.title,
            body: ctx.richText(n.body),
            organisations: ctx.slugs('organisations', n.organisations),
            whatToSay: ctx.richText(n.whatToSay),
          },
    ),
  }),
)
