import { describe, expect, it } from 'vitest'
import { documentPages, externalLinksOf, readabilityFindings, sentencesOf, wordCount } from './content-health.ts'
import type { RichText } from './rich-text.ts'
import { siteContentExample } from './site-content.examples.ts'
import { type SiteContent, SiteContentSchema } from './site-content.ts'

const example = (): SiteContent => SiteContentSchema.parse(structuredClone(siteContentExample))
const paragraph = (text: string): RichText[number] => ({ type: 'paragraph', children: [{ type: 'text', text }] })
const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'Woord' : `woord${i}`)).join(' ')

describe('sentencesOf', () => {
  it('splits at a full stop, question or exclamation mark before a capital', () => {
    expect(sentencesOf('Bel de politie. Doe het nu! Weet u het niet? Vraag het ons.')).toEqual([
      'Bel de politie.',
      'Doe het nu!',
      'Weet u het niet?',
      'Vraag het ons.',
    ])
  })
  it('does not split after Dutch abbreviations or inside numbers', () => {
    expect(sentencesOf('Neem bijv. Slachtofferhulp. Bel o.a. de huisarts om 9.30 uur, d.w.z. morgen.')).toEqual([
      'Neem bijv. Slachtofferhulp.',
      'Bel o.a. de huisarts om 9.30 uur, d.w.z. morgen.',
    ])
  })
  it("keeps a sentence that starts with 's together with the one before it only when no capital follows", () => {
    expect(sentencesOf("Het gebeurde laat. 's Avonds is het stil.")).toHaveLength(2)
  })
  it('counts words that hold a letter or a digit', () => {
    expect(wordCount('Bel – 112 – nu!')).toBe(3)
  })
})

describe('readabilityFindings', () => {
  it('finds a sentence over 20 words and names the document and field', () => {
    const content = example()
    const tip = content.tips[0]
    if (!tip) throw new Error('example has a tip')
    tip.body = [paragraph(`Kort is goed. ${words(21)}.`), paragraph(`${words(20)}.`)]
    const findings = readabilityFindings(content).filter((f) => f.collection === 'tips')
    expect(findings).toEqual([
      expect.objectContaining({ kind: 'long-sentence', count: 21, slug: tip.slug, path: 'body', label: `Tip "${tip.slug}"` }),
    ])
  })
  it('finds a paragraph of more than 5 sentences, and a long list item', () => {
    const content = example()
    const tip = content.tips[0]
    if (!tip) throw new Error('example has a tip')
    tip.body = [
      paragraph('Een. Twee. Drie. Vier. Vijf.'),
      paragraph('Een. Twee. Drie. Vier. Vijf. Zes.'),
      { type: 'list', ordered: false, items: [[{ type: 'text', text: words(25) }]] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: words(30) }] },
    ]
    const findings = readabilityFindings(content).filter((f) => f.collection === 'tips')
    expect(findings.map((f) => [f.kind, f.count])).toEqual([
      ['long-paragraph', 6],
      ['long-sentence', 25],
    ])
  })
})

describe('externalLinksOf', () => {
  it('lists links to other sites with their place, and skips media files and internal links', () => {
    const content = example()
    const tip = content.tips[0]
    if (!tip) throw new Error('example has a tip')
    tip.body = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Lees ' },
          { type: 'link', url: 'https://www.example.nl/hulp', children: [{ type: 'text', text: 'dit' }] },
          { type: 'link', ref: { collection: 'tips', slug: tip.slug }, children: [{ type: 'text', text: 'dat' }] },
        ],
      },
    ]
    const links = externalLinksOf(content)
    expect(links).toContainEqual(
      expect.objectContaining({ collection: 'tips', slug: tip.slug, path: 'body[0]', url: 'https://www.example.nl/hulp' }),
    )
    expect(links.some((l) => l.url.includes('/api/media/'))).toBe(false)
    expect(links.filter((l) => l.collection === 'tips' && l.slug === tip.slug)).toHaveLength(1)
    // The example's external service and video source count too.
    expect(links).toContainEqual(expect.objectContaining({ collection: 'external-services', url: 'https://cursus.example.nl/basis' }))
    expect(links).toContainEqual(expect.objectContaining({ collection: 'videos', url: 'https://www.youtube.com/watch?v=voorbeeld' }))
  })
})

describe('documentPages', () => {
  it("names the document behind each page by the site's own paths; anchors on list pages are nobody's page", () => {
    const pages = documentPages(example())
    // Both platforms' landing pages are documents called "home": each on its own platform.
    expect(pages.get('/voor-de-helpers/')).toEqual({ collection: 'pages', slug: 'home', label: 'Pagina "home"' })
    expect(pages.get('/voor-professionals/')).toEqual({ collection: 'pages', slug: 'home', label: 'Pagina "home"' })
    // The checklist and its offence share a page: it is the checklist's.
    expect(pages.get('/voor-de-helpers/checklists/fraude/')).toMatchObject({ collection: 'checklists', slug: 'fraude' })
    // Organisations and signals live at an anchor of a list page, which is the site's own page.
    expect([...pages.keys()].filter((p) => p.includes('#') || p.startsWith('/organisaties/'))).toEqual([])
    expect([...pages.values()].map((p) => p.collection)).not.toContain('organisations')
  })
})
