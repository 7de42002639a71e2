import type { SiteContent } from '@hp/content-schemas'

/** Shorter words are left out: too many of them are one typo away from each other. */
export const MIN_WORD_LENGTH = 4

/** Letters and digits, with inner hyphens or apostrophes kept ("auto-ongeluk", "whatsapp-fraude"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

/** The words of a text worth suggesting: lowercase, at least four letters, not only digits. */
export function wordsOf(text: string): string[] {
  const words = text.toLocaleLowerCase('nl').match(WORD) ?? []
  return words.filter((w) => [...w].length >= MIN_WORD_LENGTH && !/^\p{N}+$/u.test(w))
}

/** Every published title, name and heading-like label a visitor may be looking for. */
function titles(content: SiteContent): string[] {
  return [
    ...content.offences.map((o) => o.name),
    ...content.checklists.map((c) => c.title),
    ...content.tips.map((t) => t.title),
    ...content.videos.map((v) => v.title),
    ...content.stepPlans.map((p) => p.title),
    ...content.signals.map((s) => s.title),
    ...content.organisations.map((o) => o.name),
    ...content.referralTrees.map((t) => t.title),
    ...content.assessments.map((a) => a.title),
    ...content.newsletterIssues.map((n) => n.title),
    ...content.pages.map((p) => p.title),
  ]
}

/**
 * The words "Bedoelde u …?" may suggest, built at build time from published content: the words of
 * every title and offence name, the search terms of offences, tips, videos and step plans, and the site-wide synonyms (their
 * words, and multi-word terms whole, like "diefstal thuis"). Lowercase, deduplicated, sorted.
 */
export function buildVocabulary(content: SiteContent): string[] {
  const synonyms = content.settings.searchSynonyms.flatMap((row) => [row.word, ...row.alternatives])
  const documents = [...content.tips, ...content.videos, ...content.stepPlans].flatMap((d) => d.searchTerms)
  const terms = [...content.offences.flatMap((o) => o.searchTerms), ...documents, ...synonyms]
  const words = new Set<string>()
  for (const text of [...titles(content), ...terms]) for (const w of wordsOf(text)) words.add(w)
  for (const term of terms) {
    const whole = term.toLocaleLowerCase('nl').trim().replace(/\s+/gu, ' ')
    if (whole.includes(' ')) words.add(whole)
  }
  return [...words].sort((a, b) => a.localeCompare(b, 'nl'))
}
