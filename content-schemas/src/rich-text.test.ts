import { describe, expect, it } from 'vitest'
import { BrokenReferenceError, type DocRef, linkRichText, md, type SiteContent, SiteContentSchema, urlForRef } from './index.ts'
import { siteContentExample } from './site-content.examples.ts'

const content = (): SiteContent => SiteContentSchema.parse(siteContentExample)
const siteUrl = (c: SiteContent) => (ref: DocRef) => urlForRef(ref, c)

describe('linkRichText', () => {
  it('turns a link to a document into its site path and keeps an external URL, marked as leaving the site', () => {
    const [paragraph] = linkRichText(
      md`Lees [**luisteren**](tips:luisteren-zonder-oordeel) of [extern](https://www.example.nl/).`,
      siteUrl(content()),
    )
    expect(paragraph).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Lees ' },
        {
          type: 'link',
          href: '/voor-de-helpers/tips/luisteren-zonder-oordeel/',
          external: false,
          children: [{ type: 'text', text: 'luisteren', bold: true }],
        },
        { type: 'text', text: ' of ' },
        { type: 'link', href: 'https://www.example.nl/', external: true, children: [{ type: 'text', text: 'extern' }] },
        { type: 'text', text: '.' },
      ],
    })
  })

  it('resolves links in list items and keeps headings, quotes and line breaks as they are', () => {
    const linked = linkRichText(
      [
        { type: 'heading', level: 3, children: [{ type: 'text', text: 'Kop' }] },
        { type: 'quote', children: [{ type: 'text', text: 'a' }, { type: 'linebreak' }, { type: 'text', text: 'b' }] },
        {
          type: 'list',
          ordered: true,
          items: [
            [
              {
                type: 'link',
                ref: { collection: 'organisations', slug: 'slachtofferhulp-voorbeeld' },
                children: [{ type: 'text', text: 'SHN' }],
              },
            ],
          ],
        },
      ],
      siteUrl(content()),
    )
    expect(linked[0]).toEqual({ type: 'heading', level: 3, children: [{ type: 'text', text: 'Kop' }] })
    expect(linked[1]).toEqual({
      type: 'quote',
      children: [{ type: 'text', text: 'a' }, { type: 'linebreak' }, { type: 'text', text: 'b' }],
    })
    expect(linked[2]).toEqual({
      type: 'list',
      ordered: true,
      items: [
        [
          {
            type: 'link',
            href: '/organisaties/#organisatie-slachtofferhulp-voorbeeld',
            external: false,
            children: [{ type: 'text', text: 'SHN' }],
          },
        ],
      ],
    })
    expect(JSON.stringify(linked)).not.toContain('"ref"')
  })

  it('stops at a link to a document that is not published, with the Dutch message the publish check shows', () => {
    const text = md`Zie [weg](tips:bestaat-niet).`
    expect(() => linkRichText(text, siteUrl(content()))).toThrow(BrokenReferenceError)
    expect(() => linkRichText(text, siteUrl(content()))).toThrow(
      'Een link werkt niet. Er is geen gepubliceerde tip "bestaat-niet". Publiceer eerst de tip, of haal de link weg.',
    )
  })
})
