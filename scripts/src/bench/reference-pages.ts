import {
  checklistUrl,
  type LinkedInline,
  type LinkedRichText,
  linkRichText,
  newsletterUrl,
  type RichText,
  type SiteContent,
  stepPlanUrl,
  tipUrl,
  urlForRef,
  videoUrl,
} from '@hp/content-schemas'

/** A page of the reference builds: the same URL, title and text as ours, without our layout. */
export interface RefPage {
  url: string
  title: string
  summary: string
  body: RichText
}

/** A reference page with its links resolved to site paths, as the reference builds render it. */
export type LinkedRefPage = Omit<RefPage, 'body'> & { body: LinkedRichText }

/**
 * The content pages of a bundle (checklists, tips, videos, step plans, newsletter issues) with all
 * their rich text in reading order; internal links stay refs, `linkPages` resolves them.
 */
export function referencePages(content: SiteContent): RefPage[] {
  const h2 = (text: string): RichText[number] => ({ type: 'heading', level: 2, children: [{ type: 'text', text }] })
  return [
    ...content.checklists.map((c) => ({
      url: checklistUrl(c.slug),
      title: c.title,
      summary: c.summary,
      body: [...c.intro, ...c.sections.flatMap((s) => [h2(s.title), ...s.items.flatMap((i) => [h2(i.title), ...i.body])])],
    })),
    ...content.tips.map((t) => ({ url: tipUrl(t.slug, t.platforms), title: t.title, summary: t.summary, body: t.body })),
    ...content.videos.map((v) => ({ url: videoUrl(v.slug, v.platforms), title: v.title, summary: v.summary, body: v.transcript })),
    ...content.stepPlans.map((p) => ({
      url: stepPlanUrl(p.slug),
      title: p.title,
      summary: p.summary,
      body: p.phases.flatMap((ph) => [h2(ph.phase), ...ph.intro, ...ph.steps.flatMap((s) => [h2(s.title), ...s.body])]),
    })),
    ...content.newsletterIssues.map((n) => ({ url: newsletterUrl(n.slug), title: n.title, summary: n.title, body: n.intro })),
  ]
}

/** Resolves every link to its site path (as the site build does), so the reference builds need no lookups. */
export function linkPages(pages: readonly RefPage[], content: SiteContent): LinkedRefPage[] {
  return pages.map((p) => ({ ...p, body: linkRichText(p.body, (ref) => urlForRef(ref, content)) }))
}

const mdInline = (nodes: LinkedInline[]) =>
  nodes
    .map((n) => {
      if (n.type === 'linebreak') return '  \n'
      if (n.type === 'link') return `[${n.children.map((c) => c.text).join('')}](${n.href})`
      return n.bold ? `**${n.text.trim()}** ` : n.italic ? `*${n.text.trim()}* ` : n.text
    })
    .join('')

/** The page's text as Markdown, for Hugo to render. */
export function toMarkdown(body: LinkedRichText): string {
  return body
    .map((b) => {
      if (b.type === 'heading') return `${'#'.repeat(b.level)} ${mdInline(b.children)}`
      if (b.type === 'quote') return `> ${mdInline(b.children)}`
      if (b.type === 'list') return b.items.map((i, k) => `${b.ordered ? `${k + 1}.` : '-'} ${mdInline(i)}`).join('\n')
      return mdInline(b.children)
    })
    .join('\n\n')
}
