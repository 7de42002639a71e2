import { describe, expect, it } from 'vitest'
import { SlugSchema, SummarySchema, TitleSchema, UrlSchema } from './common.ts'
import { formatCount, jsonBytes, LIMITS, richTextChars, tooLarge, tooLong } from './limits.ts'
import { md } from './markdown.ts'
import { safeParseContract } from './messages.ts'
import { OffenceSchema } from './offence.ts'
import { RequiredRichTextSchema, RichTextSchema } from './rich-text.ts'

describe('the limit helpers', () => {
  it('writes counts the Dutch way', () => {
    expect(formatCount(0)).toBe('0')
    expect(formatCount(999)).toBe('999')
    expect(formatCount(1000)).toBe('1.000')
    expect(formatCount(20_000)).toBe('20.000')
    expect(formatCount(5_000_000)).toBe('5.000.000')
    expect(formatCount(5_242_880.4)).toBe('5.242.880')
  })

  it('names the field, the limit and the current length', () => {
    expect(tooLong('Titel', 200, 5_000_000)).toBe('Het veld "Titel" is te lang: maximaal 200 tekens (nu 5.000.000). Maak de tekst korter.')
    expect(tooLarge('Tekst', 300_000, 5_200_000)).toBe(
      'Het veld "Tekst" is te groot: maximaal 300 kB tekst en opmaak (nu 5.200 kB). Maak de tekst korter of haal opmaak weg.',
    )
  })

  it('counts the visible text of rich text in the contract form', () => {
    expect(richTextChars(md('Hallo **wereld**.\n\n- een\n- twee'))).toBe('Hallo wereld.'.length + 'een'.length + 'twee'.length)
    expect(richTextChars([])).toBe(0)
  })

  it("counts the visible text of the CMS editor's JSON, not its formatting", () => {
    const text = (t: string) => ({ type: 'text', text: t, format: 1, detail: 0, mode: 'normal', style: '', version: 1 })
    const lexical = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [text('Bel '), { type: 'link', fields: { url: 'https://example.org' }, children: [text('ons')] }],
          },
          { type: 'heading', tag: 'h2', children: [text('Kop')] },
        ],
      },
    }
    expect(richTextChars(lexical)).toBe('Bel ons'.length + 'Kop'.length)
    expect(jsonBytes(lexical)).toBe(new TextEncoder().encode(JSON.stringify(lexical)).length)
    expect(jsonBytes('é')).toBe(4) // "é" in quotes: 1 + 2 + 1 bytes
  })
})

describe('the contract uses the same limits', () => {
  const issue = (schema: Parameters<typeof safeParseContract>[0], value: unknown) => {
    const result = safeParseContract(schema, value)
    return result.success ? undefined : result.error.issues[0]?.message
  }

  it('refuses one character over each limit, accepts the limit itself', () => {
    expect(issue(TitleSchema, 'a'.repeat(LIMITS.title))).toBeUndefined()
    expect(issue(TitleSchema, 'a'.repeat(LIMITS.title + 1))).toBe(`Gebruik niet meer dan ${LIMITS.title} tekens.`)
    expect(issue(SummarySchema, 'a'.repeat(LIMITS.summary + 1))).toBe(`Gebruik niet meer dan ${LIMITS.summary} tekens.`)
    expect(issue(SlugSchema, 'a'.repeat(LIMITS.slug + 1))).toBe(`Gebruik niet meer dan ${LIMITS.slug} tekens.`)
    expect(issue(UrlSchema, `https://example.org/${'a'.repeat(LIMITS.url)}`)).toBe(`Gebruik niet meer dan ${LIMITS.url} tekens.`)
    const offence = { slug: 'inbraak', name: 'Inbraak', summary: 'Kort.', order: 1 }
    expect(issue(OffenceSchema, { ...offence, searchTerms: ['a'.repeat(LIMITS.searchTerm)] })).toBeUndefined()
    expect(issue(OffenceSchema, { ...offence, searchTerms: ['a'.repeat(LIMITS.searchTerm + 1)] })).toBe(
      `Gebruik niet meer dan ${LIMITS.searchTerm} tekens.`,
    )
  })

  it('refuses rich text over the limit of visible characters, with the length now', () => {
    const atLimit = md('a'.repeat(LIMITS.richTextChars))
    expect(issue(RichTextSchema, atLimit)).toBeUndefined()
    expect(issue(RequiredRichTextSchema, atLimit)).toBeUndefined()
    const over = md(`${'a'.repeat(LIMITS.richTextChars)}\n\nb`)
    expect(issue(RichTextSchema, over)).toBe('Deze tekst is te lang: maximaal 20.000 tekens (nu 20.001). Maak de tekst korter.')
    expect(issue(RequiredRichTextSchema, over)).toBe('Deze tekst is te lang: maximaal 20.000 tekens (nu 20.001). Maak de tekst korter.')
    // Required still means at least one block.
    expect(issue(RequiredRichTextSchema, [])).toBe('Vul dit veld in.')
  })
})
