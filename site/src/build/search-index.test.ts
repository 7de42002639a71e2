import { describe, expect, it } from 'vitest'
import { referencedNames, searchPart } from './search-index.mjs'

const page = (head: string, main: string, rest = '') =>
  `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Titel | Voor de Helpers</title>${head}</head><body><header data-pagefind-ignore>Kop</header>${main}${rest}<footer data-pagefind-ignore>Voet</footer></body></html>`
const MAIN =
  '<main id="inhoud"><nav data-pagefind-ignore>Kruimel</nav><div data-pagefind-body data-pagefind-filter="platform:Voor de Helpers"><h1>Kop</h1><p>Tekst</p></div></main>'

describe('searchPart: what pagefind is sent of a rendered page', () => {
  it('is the main element with the language and the title, nothing of the head, header or footer', () => {
    const part = searchPart(page('<script type="application/ld+json">{"a":1}</script>', MAIN))
    expect(part).toBe(`<!DOCTYPE html><html lang="nl"><head><title>Titel | Voor de Helpers</title></head><body>${MAIN}</body></html>`)
  })

  it('is nothing for a page without data-pagefind-body (pagefind leaves such pages out)', () => {
    expect(searchPart(page('', '<main><h1>Lijst</h1></main>'))).toBeUndefined()
  })

  it('is the whole page when pagefind attributes stand outside main', () => {
    const html = page('<meta data-pagefind-meta="image[content]" content="/a.jpg">', MAIN)
    expect(searchPart(html)).toBe(html)
    const after = page('', MAIN, '<span data-pagefind-filter="type:Tip"></span>')
    expect(searchPart(after)).toBe(after)
  })
})

describe('referencedNames: the file names in an index made by pagefind', () => {
  it('finds every fragment, word index and filter file pagefind wrote', async () => {
    const { mkdtempSync, readdirSync, readFileSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const path = await import('node:path')
    const { gunzipSync } = await import('node:zlib')
    const pagefind = await import('pagefind')
    const dir = mkdtempSync(path.join(tmpdir(), 'hp-pagefind-names-'))
    try {
      const { index } = await pagefind.createIndex({})
      if (!index) throw new Error('pagefind did not start')
      for (const [i, word] of ['inbraak', 'oplichting', 'stalking'].entries()) {
        const html = page(
          '',
          `<main><div data-pagefind-body data-pagefind-filter="type:Tip"><h1>Pagina ${i}</h1><p>Over ${word}.</p></div></main>`,
        )
        await index.addHTMLFile({ url: `/p${i}/`, content: html })
      }
      await index.writeFiles({ outputPath: dir })
      await pagefind.close()
      const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'))
      const meta = gunzipSync(readFileSync(path.join(dir, `pagefind.${entry.languages.nl.hash}.pf_meta`))).subarray('pagefind_dcd'.length)
      const written = ['fragment', 'index', 'filter'].flatMap((d) => readdirSync(path.join(dir, d)).map((f) => f.replace(/\.pf_\w+$/, '')))
      expect(written).toHaveLength(3 + 1 + 1)
      expect([...referencedNames(meta, 'nl')].sort()).toEqual(written.sort())
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
