import { type InlineNode, type ReferralTree, type RichText, type SiteContent, type TreeNode, urlForRef } from '@hp/content-schemas'
import type { ReferralToolProps, ToolOrganisation, ToolTree } from './logic.ts'

/** Rich text with every link to a document replaced by its site URL, so the browser needs no content bundle. */
export function resolveLinks(value: RichText, content: SiteContent): RichText {
  const inline = (nodes: InlineNode[]): InlineNode[] =>
    nodes.map((n) => (n.type === 'link' && n.ref ? { type: 'link', url: urlForRef(n.ref, content), children: n.children } : n))
  return value.map((b) => (b.type === 'list' ? { ...b, items: b.items.map(inline) } : { ...b, children: inline(b.children) }))
}

/** A tree as the island needs it: no intro or summary (the start page shows them), links resolved. */
export function toolTree(tree: ReferralTree, content: SiteContent): ToolTree {
  const nodes = tree.nodes.map(
    (n): TreeNode =>
      n.type === 'question' ? n : { ...n, body: resolveLinks(n.body, content), whatToSay: resolveLinks(n.whatToSay, content) },
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
