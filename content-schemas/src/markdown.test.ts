import { describe, expect, it } from 'vitest'
import { inlineFromMarkdown, MarkdownError, md, richTextFromMarkdown } from './markdown.ts'
import { RichTextSchema } from './rich-text.ts'

const text = (t: string) => ({ type: 'text', text: t })

describe('richTextFromMarkdown', () => {
  it('turns blank-line separated text into paragraphs, joining the lines of one paragraph', () => {
    expect(richTextFromMarkdown('Eerste regel\ntweede regel.\n\nNieuwe alinea.')).toEqual([
      { type: 'paragraph', children: [text('Eerste regel tweede regel.')] },
      { type: 'paragraph', children: [text('Nieuwe alinea.')] },
    ])
  })

  it.each([2, 3, 4] as const)('makes a level %i heading', (level) => {
    expect(richTextFromMarkdown(`${'#'.repeat(level)} Kop`)).toEqual([{ type: 'heading', level, children: [text('Kop')] }])
  })

  it('rejects an h1, which is reserved for the page title', () => {
    expect(() => richTextFromMarkdown('# Titel')).toThrow(new MarkdownError('heading level 1 in "# Titel": use ## to ####'))
  })

  it('rejects a heading deeper than h4', () => {
    expect(() => richTextFromMarkdown('##### Te diep')).toThrow(MarkdownError)
  })

  it('makes bulleted and numbered lists, and starts a new list when the kind changes', () => {
    expect(richTextFromMarkdown('Intro\n- een\n- twee\n1. eerst\n2. dan')).toEqual([
      { type: 'paragraph', children: [text('Intro')] },
      { type: 'list', ordered: false, items: [[text('een')], [text('twee')]] },
      { type: 'list', ordered: true, items: [[text('eerst')], [text('dan')]] },
    ])
  })

  it('ends a list at a following paragraph line', () => {
    expect(richTextFromMarkdown('- punt\nTekst')).toEqual([
      { type: 'list', ordered: false, items: [[text('punt')]] },
      { type: 'paragraph', children: [text('Tekst')] },
    ])
  })

  it('makes a quote', () => {
    expect(richTextFromMarkdown('> Ik was zo bang.')).toEqual([{ type: 'quote', children: [text('Ik was zo bang.')] }])
  })

  it('produces rich text the contract accepts', () => {
    const source = '## Kop\n\nTekst met **vet**, *schuin* en [een tip](tips:luisteren).\n\n- punt\n\n> citaat'
    expect(RichTextSchema.safeParse(richTextFromMarkdown(source)).success).toBe(true)
  })
})

describe('inlineFromMarkdown', () => {
  it('marks bold and italic text', () => {
    expect(inlineFromMarkdown('Dit is **belangrijk** en *zacht*.')).toEqual([
      text('Dit is '),
      { type: 'text', text: 'belangrijk', bold: true },
      text(' en '),
      { type: 'text', text: 'zacht', italic: true },
      text('.'),
    ])
  })

  it('makes an external link', () => {
    expect(inlineFromMarkdown('Kijk op [de site](https://www.example.nl/hulp).')).toEqual([
      text('Kijk op '),
      { type: 'link', url: 'https://www.example.nl/hulp', children: [text('de site')] },
      text('.'),
    ])
  })

  it('makes an internal link to a document, with emphasis in the link text', () => {
    expect(inlineFromMarkdown('[**Lees** dit](tips:luisteren-zonder-oordeel)')).toEqual([
      {
        type: 'link',
        ref: { collection: 'tips', slug: 'luisteren-zonder-oordeel' },
        children: [{ type: 'text', text: 'Lees', bold: true }, text(' dit')],
      },
    ])
  })

  it.each(['onzin:slug', 'tips', 'mailto:info@example.nl', 'www.example.nl'])('rejects link target "%s"', (href) => {
    expect(() => inlineFromMarkdown(`[x](${href})`)).toThrow(
      new MarkdownError(`link target "${href}" must be https://… or <collection>:<slug>, e.g. tips:luisteren-zonder-oordeel`),
    )
  })
})

describe('md', () => {
  it('works as a tagged template with interpolation', () => {
    const name = 'Marieke'
    expect(md`Hallo ${name}.`).toEqual([{ type: 'paragraph', children: [text('Hallo Marieke.')] }])
  })

  it('accepts a plain string', () => {
    expect(md('## Kop')).toEqual([{ type: 'heading', level: 2, children: [text('Kop')] }])
  })
})
