/** A piece of a search excerpt: plain text, highlighted or not. */
export interface ExcerptPart {
  text: string
  mark: boolean
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Decodes the character references pagefind writes when it escapes page text. Unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[ref.toLowerCase()] ?? whole
  })
}

/**
 * Splits a pagefind excerpt (escaped page text with `<mark>` around matches) into text parts.
 * Only `<mark>` is understood; anything else that looks like a tag stays visible text, so the
 * caller can put every part in the page with `textContent` and no markup ever reaches the DOM.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = []
  let mark = false
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/u)) {
    if (piece === '<mark>') mark = true
    else if (piece === '</mark>') mark = false
    else if (piece !== '') {
      const text = decodeEntities(piece)
      const last = parts.at(-1)
      if (last && last.mark === mark) last.text += text
      else parts.push({ text, mark })
    }
  }
  return parts
}
