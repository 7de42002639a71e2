import { describe, expect, it } from 'vitest'
import { type LexicalNode, lexicalToRichText, RichTextConversionError, richTextProblem } from './toContract.ts'

/** The line an editor sees when `children` cannot become contract rich text. */
function problem(children: LexicalNode[]): string {
  try {
    lexicalToRichText({ root: { type: 'root', children } }, () => undefined)
  } catch (error) {
    if (error instanceof RichTextConversionError) return richTextProblem(error)
    throw error
  }
  throw new Error('fixture: expected a conversion error')
}

const text = (t: string): LexicalNode => ({ type: 'text', text: t, format: 0 })

describe('rich text the site cannot show is refused in Dutch, naming the block', () => {
  it('a heading h1', () => {
    expect(
      problem([
        { type: 'paragraph', children: [text('Intro')] },
        { type: 'heading', tag: 'h1', children: [text('Te groot')] },
      ]),
    ).toBe('Tekst [1]: kop h1 kan niet. Gebruik kop h2, h3 of h4.')
  })

  it('a list inside a list', () => {
    const nested = { type: 'list', children: [{ type: 'listitem', children: [text('b')] }] }
    expect(problem([{ type: 'list', children: [{ type: 'listitem', children: [text('a'), nested] }] }])).toBe(
      'Tekst [0][0]: een lijst in een lijst kan niet. Gebruik één niveau.',
    )
  })

  it('an element outside the subset', () => {
    expect(problem([{ type: 'upload', children: [] }])).toBe(
      'Tekst [0]: dit onderdeel ("upload") kan niet in de tekst. Gebruik alinea\'s, koppen h2 tot h4, lijsten, citaten en links.',
    )
  })
})
