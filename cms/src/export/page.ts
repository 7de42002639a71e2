import type { PageSchema } from '@hp/content-schemas'
import type { z } from 'zod'
import type { ExportContext } from './context.ts'
import { compact, type Loose, rows } from './loose.ts'

type PageInput = z.input<typeof PageSchema>

function toBlock(b: Loose, ctx: ExportContext): PageInput['blocks'][number] {
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

export function toPage(doc: Loose, ctx: ExportContext): PageInput {
  return {
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary,
    platform: doc.platform,
    blocks: rows(doc.blocks).map((b) => toBlock(b, ctx)),
  }
}
