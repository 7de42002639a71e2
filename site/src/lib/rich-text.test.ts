import { md, type RichText, type SiteContent, SiteContentSchema } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { richTextHtml } from '../islands/shared/html.ts'
import { linkedRichText } from './rich-text.ts'

/** A bundle with one tip and one organisation to link to, parsed like the build parses it. */
const content = (): SiteContent =>
  SiteContentSchema.parse({
    version: 1,
    generatedAt: '2026-12-07T12:00:00.000Z',
    settings: {
      organisationName: 'Voorbeeld',
      adviceLine: { phone: '0900 0101', hours: 'Elke werkdag', exampleData: true },
      quickExitUrl: 'https://www.google.nl/',
      navigation: {},
    },
    offences: [],
    checklists: [],
    tips: [
      {
        slug: 'luisteren',
        title: 'Luister',
        summary: 'Luisteren helpt.',
        theme: 'reageren',
        platforms: ['helpers', 'professionals'],
        offences: [],
        body: md`Luister.`,
      },
    ],
    videos: [],
    stepPlans: [],
    signals: [],
    organisations: [{ slug: 'politie', name: 'Politie', description: 'Aangifte doen.', exampleData: true }],
    referralTrees: [],
    assessments: [],
    newsletterIssues: [],
    pages: [],
  })

const html = (value: RichText, offset = 0) => richTextHtml(linkedRichText(value, content()), offset)

describe('rich text on the site (linked at build time, one HTML renderer for pages and tools)', () => {
  it('links to a document at its page, and to an external site with rel="noreferrer"', () => {
    expect(
      html(md`Lees [de tip](tips:luisteren), bel [de politie](organisations:politie) of kijk op [de site](https://www.example.nl/).`),
    ).toBe(
      '<p>Lees <a href="/voor-de-helpers/tips/luisteren/">de tip</a>, bel <a href="/organisaties/#organisatie-politie">de politie</a> ' +
        'of kijk op <a href="https://www.example.nl/" rel="noreferrer">de site</a>.</p>',
    )
  })

  it('renders emphasis, line breaks, lists and quotes with the elements the pages always had', () => {
    const value: RichText = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'vet', bold: true },
          { type: 'text', text: 'schuin', italic: true },
          { type: 'linebreak' },
          { type: 'text', text: 'beide', bold: true, italic: true },
        ],
      },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'een' }], [{ type: 'text', text: 'twee' }]] },
      { type: 'quote', children: [{ type: 'text', text: 'citaat' }] },
    ]
    expect(html(value)).toBe(
      '<p><strong>vet</strong><em>schuin</em><br><strong><em>beide</em></strong></p><ol><li>een</li><li>twee</li></ol><blockquote><p>citaat</p></blockquote>',
    )
  })

  it('shifts headings under a subheading, never past h6', () => {
    const value: RichText = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'A' }] },
      { type: 'heading', level: 4, children: [{ type: 'text', text: 'B' }] },
    ]
    expect(html(value)).toBe('<h2>A</h2><h4>B</h4>')
    expect(html(value, 3)).toBe('<h5>A</h5><h6>B</h6>')
  })

  it('shows text from the CMS as text, never as markup', () => {
    expect(html([{ type: 'paragraph', children: [{ type: 'text', text: '<script>"x" & \'y\'</script>' }] }])).toBe(
      '<p>&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;</p>',
    )
  })

  it('stops the build at a link to a document that is not published, naming it in Dutch', () => {
    expect(() => html(md`Zie [weg](tips:bestaat-niet).`)).toThrow(
      'Een link werkt niet. Er is geen gepubliceerde tip "bestaat-niet". Publiceer eerst de tip, of haal de link weg.',
    )
  })
})
