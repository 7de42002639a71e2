import type { ReactNode } from 'react'
import type { LinkedInline, LinkedRichText } from './linked-rich-text.ts'

type Props = {
  value: LinkedRichText
  /** Shift headings down to fit under the heading the text sits below (like RichText.astro). */
  headingOffset?: number
}

function Inline({ nodes }: { nodes: LinkedInline[] }): ReactNode {
  return nodes.map((n, i) => {
    // Rich text never changes while the island lives: the position is a stable key.
    const key = i
    if (n.type === 'linebreak') return <br key={key} />
    if (n.type === 'link')
      return (
        <a key={key} href={n.href} rel={n.external ? 'noreferrer' : undefined}>
          <Inline nodes={n.children} />
        </a>
      )
    if (n.bold && n.italic)
      return (
        <strong key={key}>
          <em>{n.text}</em>
        </strong>
      )
    if (n.bold) return <strong key={key}>{n.text}</strong>
    if (n.italic) return <em key={key}>{n.text}</em>
    return n.text
  })
}

/** Renders the contract's rich text (links already resolved), as RichText.astro does on the server. Shared by the islands. */
export function RichText({ value, headingOffset = 0 }: Props) {
  return value.map((block, i) => {
    const key = i
    if (block.type === 'paragraph')
      return (
        <p key={key}>
          <Inline nodes={block.children} />
        </p>
      )
    if (block.type === 'quote')
      return (
        <blockquote key={key}>
          <p>
            <Inline nodes={block.children} />
          </p>
        </blockquote>
      )
    if (block.type === 'heading') {
      const H = `h${Math.min(6, block.level + headingOffset)}` as 'h2'
      return (
        <H key={key}>
          <Inline nodes={block.children} />
        </H>
      )
    }
    const List = block.ordered ? 'ol' : 'ul'
    return (
      <List key={key}>
        {block.items.map((item, j) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: list items have no id and never reorder.
          <li key={j}>
            <Inline nodes={item} />
          </li>
        ))}
      </List>
    )
  })
}
