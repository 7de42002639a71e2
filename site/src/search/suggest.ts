/**
 * "Bedoelde u …?": a correction for words of a query that match nothing. Pure functions, no DOM.
 */
import { isStopWord, normalizeWord } from './query.ts'

export { normalizeWord }

/**
 * How many edits a word of this length may be away from a suggestion. Short words get none:
 * one edit turns a three-letter word into too many other words.
 */
export function maxDistance(length: number): number {
  if (length < 4) return 0
  // Two edits in a word of seven letters reach other real words ("starten" → "sporten").
  if (length <= 7) return 1
  if (length <= 11) return 2
  return 3
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
 * neighbours), counted in code points. Returns `limit + 1` as soon as the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const s = [...a]
  const t = [...b]
  if (Math.abs(s.length - t.length) > limit) return limit + 1
  // Three rolling rows: two rows back (for swaps), the previous row and the current one.
  let before: number[] = []
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j)
  for (let i = 1; i <= s.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1)
      current[j] = d
      rowMin = Math.min(rowMin, d)
    }
    if (rowMin > limit) return limit + 1
    before = previous
    previous = current
  }
  return previous[t.length] ?? 0
}

interface Entry {
  /** As shown in the suggestion. */
  term: string
  /** As compared. */
  key: string
}

interface Match {
  term: string
  distance: number
}

/** The closest entry within the allowed distance; ties go to a same first letter, then the nearest length, then alphabet order. */
function closest(word: string, entries: readonly Entry[]): Match | undefined {
  const limit = maxDistance([...word].length)
  if (limit === 0) return undefined
  let best: (Match & { key: string }) | undefined
  for (const entry of entries) {
    const distance = editDistance(word, entry.key, best ? Math.min(limit, best.distance) : limit)
    if (distance > limit || distance === 0) continue
    if (!best || rank(word, { ...entry, distance }, best) < 0) best = { ...entry, distance }
  }
  return best && { term: best.term, distance: best.distance }
}

/** Negative when `a` is the better suggestion for `word` than `b`. */
function rank(word: string, a: Entry & Match, b: Entry & Match): number {
  if (a.distance !== b.distance) return a.distance - b.distance
  const firstA = a.key[0] === word[0] ? 0 : 1
  const firstB = b.key[0] === word[0] ? 0 : 1
  if (firstA !== firstB) return firstA - firstB
  const lengthA = Math.abs(a.key.length - word.length)
  const lengthB = Math.abs(b.key.length - word.length)
  if (lengthA !== lengthB) return lengthA - lengthB
  return a.term.localeCompare(b.term, 'nl')
}

/**
 * A corrected query, or `undefined` when there is nothing better to offer. Only a word that
 * matches nothing in the index (`matched` says which words did) is replaced, and only by its
 * closest vocabulary word ("oplichtnig" → "oplichting", "stalkng" → "stalking"). Stop words,
 * words in the vocabulary, words that matched and short words stay as typed, so "wat moet ik
 * zeggen" never becomes "wat moet ik zorgen".
 */
export function suggest(
  query: string,
  vocabulary: readonly string[],
  matched: (word: string) => boolean = () => false,
): string | undefined {
  const words = query.trim().split(/\s+/u).filter(Boolean)
  if (words.length === 0) return undefined
  const entries = vocabulary.filter((term) => !/\s/u.test(term.trim())).map((term) => ({ term, key: normalizeWord(term) }))
  const known = new Set(vocabulary.map((term) => normalizeWord(term)))
  let changed = false
  const corrected = words.map((typed) => {
    // Punctuation around a word ("overval?") is kept as typed.
    const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(typed) ?? []
    const key = normalizeWord(word)
    if (!key || isStopWord(key) || known.has(key) || matched(key)) return typed
    const match = closest(key, entries)
    if (!match) return typed
    changed = true
    return `${before}${match.term}${after}`
  })
  return changed ? corrected.join(' ') : undefined
}
