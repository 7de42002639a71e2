import type { DocRef, NewsletterIssueSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from '../../export/context.ts'
import { compact, fromStored, required, rows } from '../../export/stored.ts'
import type { NewsletterIssue } from '../../payload-types.ts'

type ItemRef = NonNullable<NewsletterIssue['items']>[number]['ref']

function itemRef(value: ItemRef, ctx: ExportContext): DocRef | undefined {
  if (!value?.relationTo) return undefined
  const slug = ctx.slug(value.relationTo, value.value)
  return slug ? { collection: value.relationTo, slug } : undefined
}

export const toNewsletterIssue = fromStored(
  (doc: NewsletterIssue, ctx: ExportContext): z.input<typeof NewsletterIssueSchema> => ({
    slug: required(doc.slug),
    number: doc.number,
    title: doc.title,
    date: typeof doc.date === 'string' ? doc.date.slice(0, 10) : doc.date,
    intro: ctx.richText(doc.intro),
    items: rows(doc.items)
      // An item whose linked document is no longer published is left out of the issue.
      .filter((i) => i.url || itemRef(i.ref, ctx))
      .map((i) => compact({ title: i.title, summary: i.summary, ref: itemRef(i.ref, ctx), url: i.url })),
  }),
)
