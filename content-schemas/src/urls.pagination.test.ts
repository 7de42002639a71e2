import { describe, expect, it } from 'vitest'
import { BrokenReferenceError, signalUrl, urlForRef } from './links.ts'
import type { Signal } from './signal.ts'
import type { SiteContent } from './site-content.ts'
import { LIST_PAGE_SIZE, listPageUrl, SIGNALS_URL, signalsInGuideOrder } from './urls.ts'

const signal = (slug: string, category: Signal['category'], order: number): Signal => ({
  slug,
  title: slug,
  category,
  description: slug,
  whatToDo: [],
  sectors: [],
  order,
})

describe('list page URLs', () => {
  it('keeps page 1 at the list URL and numbers the next pages', () => {
    expect(listPageUrl(SIGNALS_URL, 1)).toBe(SIGNALS_URL)
    expect(listPageUrl(SIGNALS_URL, 3)).toBe(`${SIGNALS_URL}pagina/3/`)
  })
})

describe('signals guide order and deep links', () => {
  it('orders by category (emotional, physical, behaviour), then order', () => {
    const list = [signal('g', 'gedrag', 0), signal('l', 'lichamelijk', 0), signal('e2', 'emotioneel', 2), signal('e1', 'emotioneel', 1)]
    expect(signalsInGuideOrder(list).map((s) => s.slug)).toEqual(['e1', 'e2', 'l', 'g'])
  })

  it('links to the page of the guide that shows the signal, at its anchor', () => {
    const signals = Array.from({ length: LIST_PAGE_SIZE + 3 }, (_, i) => signal(`signaal-${i}`, 'gedrag', i))
    expect(signalUrl('signaal-0', { signals })).toBe(`${SIGNALS_URL}#signaal-signaal-0`)
    expect(signalUrl(`signaal-${LIST_PAGE_SIZE}`, { signals })).toBe(`${SIGNALS_URL}pagina/2/#signaal-signaal-${LIST_PAGE_SIZE}`)
  })

  it('rich-text links to a signal (urlForRef) use the same page and anchor', () => {
    const signals = Array.from({ length: LIST_PAGE_SIZE * 2 + 1 }, (_, i) => signal(`s${i}`, 'emotioneel', i))
    const content = { signals } as unknown as SiteContent
    expect(urlForRef({ collection: 'signals', slug: `s${LIST_PAGE_SIZE * 2}` }, content)).toBe(
      `${SIGNALS_URL}pagina/3/#signaal-s${LIST_PAGE_SIZE * 2}`,
    )
    expect(urlForRef({ collection: 'signals', slug: 's1' }, content)).toBe(`${SIGNALS_URL}#signaal-s1`)
  })

  it('throws a clear error for a signal that is not published', () => {
    expect(() => signalUrl('bestaat-niet', { signals: [] })).toThrow(BrokenReferenceError)
    expect(() => signalUrl('bestaat-niet', { signals: [] })).toThrow(
      'Een link werkt niet. Er is geen gepubliceerd signaal "bestaat-niet". Publiceer eerst het signaal, of haal de link weg.',
    )
  })
})
