import { excerptParts } from './excerpt.ts'
import type { PagefindResultData } from './pagefind.ts'

/** One result: title link (a heading, so screen-reader users can jump between results), type, excerpt. */
export function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li')
  item.className = 'search-result'
  const heading = document.createElement('h2')
  const link = document.createElement('a')
  link.href = data.url
  link.textContent = data.meta.title ?? data.url
  heading.append(link)
  item.append(heading)
  if (data.meta.type) {
    const type = document.createElement('p')
    type.className = 'tag search-result__type'
    type.textContent = data.meta.type
    item.append(type)
  }
  const excerpt = document.createElement('p')
  excerpt.className = 'search-result__excerpt'
  // Text nodes only: pagefind's excerpt is escaped text with <mark>, and nothing else becomes markup.
  for (const part of excerptParts(data.excerpt)) {
    if (!part.mark) excerpt.append(part.text)
    else {
      const mark = document.createElement('mark')
      mark.textContent = part.text
      excerpt.append(mark)
    }
  }
  item.append(excerpt)
  return item
}
