import type { PageSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from '../../export/context.ts'
import { compact, fromStored, required, rows } from '../../export/stored.ts'
import type { Page } from '../../payload-types.ts'

type PageInput = z.input<typeof PageSchema>

function toBlock(b: NonNullable<Page['blocks']>[number], ctx: ExportContext): PageInput['blocks'][number] {
  switch (b.blockType) {
    case 'hero':
      return compact({ blockType: 'hero' as const, title: b.title, text: b.text ?? '', image: ctx.media(b.image) })
    case 'richText':
      return { blockType: 'richText', body: ctx.richText(b.body) }
    case 'callToAction':
      return { blockType: 'callToAction', title: b.title, links: rows(b.links).map((l) => ({ label: l.label, href: l.href })) }
    case 'offenceTiles':
      return { blockType: 'offenceTiles', title: b.title }
    default:
      return { blockType: 'adviceLine', title: b.title }
  }
}

export const toPage = fromStored(
  (doc: Page, ctx: ExportContext): PageInput => ({
    slug: required(doc.slug),
    title: doc.title,
    summary: doc.summary,
    platform: doc.platform,
    blocks: rows(doc.blocks).map((b) => toBlock(b, ctx)),
  }),
)
