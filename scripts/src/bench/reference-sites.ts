import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../lib/paths.ts'
import { type LinkedRefPage, toMarkdown } from './reference-pages.ts'

// The bare Astro page: the same text rendered from the same rich text, but no layout, CSS, islands or images.
const BARE_PAGE = `---
import { readFileSync } from 'node:fs'
export function getStaticPaths() {
  const pages = JSON.parse(readFileSync(process.env.BARE_PAGES_JSON, 'utf8'))
  return pages.map((p) => ({ params: { path: p.url.slice(1, -1) }, props: p }))
}
const { title, summary, body } = Astro.props
const tag = (b) => (b.type === 'heading' ? 'h' + b.level : b.type === 'quote' ? 'blockquote' : b.type === 'list' ? (b.ordered ? 'ol' : 'ul') : 'p')
---
<html lang="nl">
  <head><meta charset="utf-8" /><title>{title}</title><meta name="description" content={summary} /></head>
  <body><main><h1>{title}</h1>
  {body.map((b) => {
    const Tag = tag(b)
    const inline = (nodes) => nodes.map((n) => n.type === 'link' ? <a href={n.href}>{n.children.map((c) => c.text).join('')}</a> : n.type === 'linebreak' ? <br /> : n.bold ? <strong>{n.text}</strong> : n.italic ? <em>{n.text}</em> : n.text)
    return b.type === 'list' ? <Tag>{b.items.map((i) => <li>{inline(i)}</li>)}</Tag> : <Tag>{inline(b.children)}</Tag>
  })}
  </main></body>
</html>
`

/** Writes a throwaway Astro project into `dir` (no config: Astro's defaults, static output). Returns the pages file to pass as BARE_PAGES_JSON. */
export function writeBareAstro(dir: string, pages: readonly LinkedRefPage[]): string {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true })
  // Astro and its dependencies resolve from the repo's node_modules.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'))
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }))
  writeFileSync(path.join(dir, 'src', 'pages', '[...path].astro'), BARE_PAGE)
  const json = path.join(dir, 'pages.json')
  writeFileSync(json, JSON.stringify(pages))
  return json
}

const HUGO_CONFIG = `baseURL = "http://localhost/"
languageCode = "nl"
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = false
`
const HUGO_SINGLE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title><meta name="description" content="{{ .Description }}"></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
`

/** Writes a Hugo site into `dir`: one Markdown file per page at the same URL, one minimal template. */
export function writeHugo(dir: string, pages: readonly LinkedRefPage[]): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'content', 'p'), { recursive: true })
  mkdirSync(path.join(dir, 'layouts', '_default'), { recursive: true })
  writeFileSync(path.join(dir, 'config.toml'), HUGO_CONFIG)
  writeFileSync(path.join(dir, 'layouts', '_default', 'single.html'), HUGO_SINGLE)
  writeFileSync(path.join(dir, 'layouts', '_default', 'list.html'), HUGO_SINGLE)
  pages.forEach((p, i) => {
    // JSON front matter: titles may hold colons and quotes.
    const front = JSON.stringify({ title: p.title, description: p.summary, url: p.url }, null, 1)
    writeFileSync(path.join(dir, 'content', 'p', `${i}.md`), `${front}\n\n${toMarkdown(p.body)}\n`)
  })
}
