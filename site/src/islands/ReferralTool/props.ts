import type { ReferralTree, SiteContent } from '@hp/content-schemas'
import { linkedRichText } from '../../lib/rich-text.ts'
import type { ReferralToolProps, ToolNode, ToolOrganisation, ToolTree } from './logic.ts'

/**
 * A tree as the island needs it: no intro or summary (the start page shows them), and the outcomes'
 * rich text with every link resolved to its site path, so the browser needs no content bundle.
 */
export function toolTree(tree: ReferralTree, content: SiteContent): ToolTree {
  const nodes = tree.nodes.map(
    (n): ToolNode =>
      n.type === 'question' ? n : { ...n, body: linkedRichText(n.body, content), whatToSay: linkedRichText(n.whatToSay, content) },
  )
  return { slug: tree.slug, title: tree.title, platform: tree.platform, start: tree.start, nodes }
}

/** The organisations the tree's outcomes name, with only the fields an outcome shows. */
export function toolOrganisations(tree: ReferralTree, content: SiteContent): ToolOrganisation[] {
  const slugs = new Set(tree.nodes.flatMap((n) => (n.type === 'outcome' ? n.organisations : [])))
  return content.organisations
    .filter((o) => slugs.has(o.slug))
    .map(({ slug, name, description, phone, chatUrl, url, hours, exampleData, lastVerified }) => ({
      slug,
      name,
      description,
      exampleData,
      ...(phone ? { phone } : {}),
      ...(chatUrl ? { chatUrl } : {}),
      ...(url ? { url } : {}),
      ...(hours ? { hours } : {}),
      ...(lastVerified ? { lastVerified } : {}),
    }))
}

/** Everything one step page passes to `ReferralTool` (`at`: the page's own node). */
export const referralToolProps = (tree: ReferralTree, content: SiteContent, at: string): ReferralToolProps => ({
  tree: toolTree(tree, content),
  organisations: toolOrganisations(tree, content),
  at,
})
