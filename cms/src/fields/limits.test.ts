import { LIMITS } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { Checklists } from '../collections/Checklists/index.ts'
import { Offences } from '../collections/Offences/index.ts'
import { Pages } from '../collections/Pages/index.ts'
import { Tips } from '../collections/Tips/index.ts'
import { SiteSettings } from '../globals/SiteSettings/index.ts'
import { limitProblems } from './limits.ts'
import { richTextToLexical } from './richText/fromContract.ts'

type Fields = Parameters<typeof limitProblems>[0]
const fieldsOf = (config: { fields: unknown[] }) => config.fields as unknown as Fields
const lexical = (text: string) =>
  richTextToLexical([{ type: 'paragraph', children: [{ type: 'text', text }] }], () => {
    throw new Error('no links')
  })

describe('limitProblems on the real collection configs', () => {
  it('passes values at their limit and reports each value over it, in Dutch, at the path the admin marks', () => {
    const ok = {
      title: 'a'.repeat(LIMITS.title),
      summary: 'b'.repeat(LIMITS.summary),
      slug: 'c'.repeat(LIMITS.slug),
      body: lexical('x'.repeat(LIMITS.richTextChars)),
    }
    expect(limitProblems(fieldsOf(Tips), ok)).toEqual([])
    const over = {
      title: 'a'.repeat(5_000_000),
      summary: 'b'.repeat(LIMITS.summary + 1),
      body: lexical('x'.repeat(LIMITS.richTextChars + 1)),
    }
    expect(limitProblems(fieldsOf(Tips), over)).toEqual([
      { path: 'title', message: 'Het veld "Titel" is te lang: maximaal 200 tekens (nu 5.000.000). Maak de tekst korter.' },
      { path: 'summary', message: 'Het veld "Samenvatting" is te lang: maximaal 300 tekens (nu 301). Maak de tekst korter.' },
      { path: 'body', message: 'Het veld "Tekst" is te lang: maximaal 20.000 tekens (nu 20.001). Maak de tekst korter.' },
    ])
  })

  it('finds values inside arrays, blocks and groups', () => {
    const checklist = {
      sections: [
        {
          title: 'Kort',
          items: [
            { title: 'ok', key: 'een' },
            { title: 'x'.repeat(201), key: 'twee' },
          ],
        },
      ],
    }
    expect(limitProblems(fieldsOf(Checklists), checklist)).toEqual([
      {
        path: 'sections.0.items.1.title',
        message: 'Het veld "Wat kunt u doen?" is te lang: maximaal 200 tekens (nu 201). Maak de tekst korter.',
      },
    ])
    const page = {
      blocks: [
        { blockType: 'richText', body: lexical('ok') },
        { blockType: 'hero', title: 'Hallo', text: 't'.repeat(401) },
      ],
    }
    expect(limitProblems(fieldsOf(Pages), page)).toEqual([
      { path: 'blocks.1.text', message: 'Het veld "Tekst" is te lang: maximaal 400 tekens (nu 401). Maak de tekst korter.' },
    ])
    const settings = { adviceLine: { phone: '0'.repeat(LIMITS.line + 1), hours: 'Altijd' } }
    expect(limitProblems(fieldsOf(SiteSettings), settings)).toEqual([
      { path: 'adviceLine.phone', message: 'Het veld "Telefoon" is te lang: maximaal 200 tekens (nu 201). Maak de tekst korter.' },
    ])
  })

  it('checks every item of a list of words', () => {
    expect(limitProblems(fieldsOf(Offences), { searchTerms: ['inbraak', 'w'.repeat(LIMITS.searchTerm + 1)] })).toEqual([
      { path: 'searchTerms', message: 'Het veld "Zoekwoorden" is te lang: maximaal 60 tekens (nu 61). Maak de tekst korter.' },
    ])
  })

  it('refuses rich text whose formatting makes it huge even when the text is short', () => {
    const json = lexical('kort') as { root: { children: unknown[] } }
    const padded = {
      root: {
        ...json.root,
        children: [
          ...json.root.children,
          ...Array.from({ length: 5000 }, () => ({ type: 'paragraph', children: [], indent: 0, direction: 'ltr', format: 'x'.repeat(60) })),
        ],
      },
    }
    const [problem] = limitProblems(fieldsOf(Tips), { body: padded })
    expect(problem?.path).toBe('body')
    expect(problem?.message).toMatch(/^Het veld "Tekst" is te groot: maximaal 300 kB tekst en opmaak \(nu \d{3} kB\)\. /)
  })

  it('skips values that are not in the data (a partial save)', () => {
    expect(limitProblems(fieldsOf(Tips), { platforms: ['helpers'] })).toEqual([])
    expect(limitProblems(fieldsOf(Tips), undefined)).toEqual([])
  })
})
