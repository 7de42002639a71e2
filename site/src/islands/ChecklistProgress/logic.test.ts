import { describe, expect, it } from 'vitest'
import { exampleItemIds, storedExamples } from './examples.ts'
import {
  clearTicks,
  parseTicks,
  progressText,
  readTicks,
  serializeTicks,
  statusText,
  storageKey,
  type TickStorage,
  toggleTick,
  writeTicks,
} from './logic.ts'

const ids = exampleItemIds

/** An in-memory Storage that can be told to refuse reads or writes, like a browser that blocks site data. */
function memoryStorage(refuse: { read?: boolean; write?: boolean } = {}): TickStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  const blocked = () => new DOMException('The operation is insecure.', 'SecurityError')
  return {
    data,
    getItem: (key) => {
      if (refuse.read) throw blocked()
      return data.get(key) ?? null
    },
    setItem: (key, value) => {
      if (refuse.write) throw new DOMException('Quota exceeded', 'QuotaExceededError')
      data.set(key, value)
    },
    removeItem: (key) => {
      if (refuse.write) throw blocked()
      data.delete(key)
    },
  }
}

describe('storageKey', () => {
  it('is one key per checklist', () => {
    expect(storageKey('fraude')).toBe('vinkjes:fraude')
    expect(storageKey('geweld')).not.toBe(storageKey('fraude'))
  })
})

describe('parseTicks', () => {
  for (const example of storedExamples) {
    it(`reads ${example.name} as ${example.ticks.length === 0 ? 'no ticks' : example.ticks.join(', ')}`, () => {
      expect(parseTicks(example.raw, ids)).toEqual(example.ticks)
    })
  }
})

describe('serializeTicks', () => {
  it('stores only the item ids', () => {
    expect(serializeTicks(['bel-de-bank', 'bewijs-bewaren'])).toBe('["bel-de-bank","bewijs-bewaren"]')
  })

  it('stores nothing when nothing is ticked, so the key can be removed', () => {
    expect(serializeTicks([])).toBeNull()
  })

  it('round-trips through parseTicks', () => {
    const ticks = ['stop-het-contact', 'bewijs-bewaren']
    expect(parseTicks(serializeTicks(ticks), ids)).toEqual(ticks)
  })
})

describe('toggleTick', () => {
  it('adds a tick in checklist order', () => {
    expect(toggleTick(['bewijs-bewaren'], 'bel-de-bank', true, ids)).toEqual(['bel-de-bank', 'bewijs-bewaren'])
  })

  it('removes a tick', () => {
    expect(toggleTick(['bel-de-bank', 'bewijs-bewaren'], 'bel-de-bank', false, ids)).toEqual(['bewijs-bewaren'])
  })

  it('ticking twice keeps one tick', () => {
    expect(toggleTick(['bel-de-bank'], 'bel-de-bank', true, ids)).toEqual(['bel-de-bank'])
  })

  it('ignores an id the checklist does not have', () => {
    expect(toggleTick([], 'bestaat-niet', true, ids)).toEqual([])
  })
})

describe('readTicks and writeTicks', () => {
  it('keeps the ticks under the checklist key and nothing else', () => {
    const storage = memoryStorage()
    expect(writeTicks(storage, 'fraude', ['bel-de-bank'])).toBe(true)
    expect([...storage.data.keys()]).toEqual(['vinkjes:fraude'])
    expect(readTicks(storage, 'fraude', ids)).toEqual(['bel-de-bank'])
    expect(readTicks(storage, 'geweld', ids)).toEqual([])
  })

  it('removes the key when the last tick is taken away', () => {
    const storage = memoryStorage()
    writeTicks(storage, 'fraude', ['bel-de-bank'])
    writeTicks(storage, 'fraude', toggleTick(['bel-de-bank'], 'bel-de-bank', false, ids))
    expect(storage.data.size).toBe(0)
  })

  it('reads a browser that blocks storage as no ticks, and reports that writing failed', () => {
    const storage = memoryStorage({ read: true, write: true })
    expect(readTicks(storage, 'fraude', ids)).toEqual([])
    expect(writeTicks(storage, 'fraude', ['bel-de-bank'])).toBe(false)
    expect(readTicks(null, 'fraude', ids)).toEqual([])
    expect(writeTicks(null, 'fraude', ['bel-de-bank'])).toBe(false)
  })
})

describe('clearTicks', () => {
  it('removes one checklist and leaves the others', () => {
    const storage = memoryStorage()
    writeTicks(storage, 'fraude', ['bel-de-bank'])
    writeTicks(storage, 'geweld', ['opschrijven'])
    expect(clearTicks(storage, 'fraude')).toBe(true)
    expect([...storage.data.keys()]).toEqual(['vinkjes:geweld'])
  })

  it('reports a browser that refuses', () => {
    expect(clearTicks(memoryStorage({ write: true }), 'fraude')).toBe(false)
  })
})

describe('status text', () => {
  it('counts what is done', () => {
    expect(progressText(3, 11)).toBe('3 van 11 gedaan')
    expect(statusText(3, 11)).toBe('3 van 11 gedaan')
  })

  it('says in words that the ticks are gone, not only by colour', () => {
    expect(statusText(0, 11, 'cleared')).toMatch(/gewist.*0 van 11 gedaan/)
  })

  it('says when clearing failed and where to clear instead', () => {
    expect(statusText(0, 11, 'clear-failed')).toMatch(/niet gelukt.*instellingen van uw browser/)
  })
})
