import type { LinkedInline, LinkedRichText } from '@hp/content-schemas'

/**
 * HTML strings: rich text for every page (`RichText.astro`) and the tools that render without a
 * framework (referral tool, assessment): the build writes them into the page, and the tools'
 * scripts write them again in the browser.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
/** Text and attribute values, escaped for HTML. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

const inline = (nodes: LinkedInline[]): string =>
  nodes
    .map((n) => {
      if (n.type === 'linebreak') return '<br>'
      if (n.type === 'link') return `<a href="${esc(n.href)}"${n.external ? ' rel="noreferrer"' : ''}>${inline(n.children)}</a>`
      const text = esc(n.text)
      if (n.bold && n.italic) return `<strong><em>${text}</em></strong>`
      if (n.bold) return `<strong>${text}</strong>`
      if (n.italic) return `<em>${text}</em>`
      return text
    })
    .join('')

/**
 * Rich text as HTML, the site's one rich-text renderer: `RichText.astro` and the tools use it. Links
 * were resolved at build time (`linkedRichText` in lib/rich-text.ts); a link that leaves the site
 * gets `rel="noreferrer"`. `headingOffset` shifts headings under a subheading (at most h6).
 */
export function richTextHtml(value: LinkedRichText, headingOffset = 0): string {
  return value
    .map((block) => {
      if (block.type === 'paragraph') return `<p>${inline(block.children)}</p>`
      if (block.type === 'quote') return `<blockquote><p>${inline(block.children)}</p></blockquote>`
      if (block.type === 'heading') {
        const h = `h${Math.min(6, block.level + headingOffset)}`
        return `<${h}>${inline(block.children)}</${h}>`
      }
      const list = block.ordered ? 'ol' : 'ul'
      return `<${list}>${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${list}>`
    })
    .join('')
}

/** JSON for inside a `<script type="application/json">` element: no `<` can end the element early. */
export const embedJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c')
