import type { InlineNode, RichText as RichTextValue } from '@hp/content-schemas'

const external = (url: string) => /^https?:/.test(url)

function Inline({ nodes }: { nodes: InlineNode[] }) {
  return nodes.map((n, i) => {
    const key = `${i}-${n.type}`
    if (n.type === 'linebreak') return <br key={key} />
    if (n.type === 'link') {
      // Links to documents were resolved to site paths when the props were made (props.ts).
      const url = n.url ?? '#'
      return (
        <a key={key} href={url} rel={external(url) ? 'noreferrer' : undefined}>
          <Inline nodes={n.children} />
        </a>
      )
    }
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

/** Contract rich text, rendered as `RichText.astro` renders it; `headingOffset` shifts headings under a subheading. */
export function RichText({ value, headingOffset = 0 }: { value: RichTextValue; headingOffset?: number }) {
  return value.map((block, i) => {
    const key = `${i}-${block.type}`
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
    const L = block.ordered ? 'ol' : 'ul'
    return (
      <L key={key}>
        {block.items.map((item, j) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: list items have no id and never reorder
          <li key={j}>
            <Inline nodes={item} />
          </li>
        ))}
      </L>
    )
  })
}
