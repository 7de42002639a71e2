import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { BACK_NOTE, createShiftCounter, enhanceQuickExit, SHIFT_PRESSES, SHIFT_WINDOW_MS } from './quick-exit.ts'

/** Presses keys at the given times (ms); returns the index of the press that exits, or -1. */
function run(keys: [key: string, at: number][]) {
  const counter = createShiftCounter()
  return keys.findIndex(([key, at]) => counter.press(key, at).exit)
}

describe('Shift three times', () => {
  it('exits on the third press when pressed quickly', () => {
    expect(
      run([
        ['Shift', 0],
        ['Shift', 100],
        ['Shift', 200],
      ]),
    ).toBe(2)
  })

  it('exits with up to 5 seconds between presses, not only when pressed quickly', () => {
    expect(SHIFT_PRESSES).toBe(3)
    expect(SHIFT_WINDOW_MS).toBe(5_000)
    expect(
      run([
        ['Shift', 0],
        ['Shift', 4_900],
        ['Shift', 9_800],
      ]),
    ).toBe(2)
    expect(
      run([
        ['Shift', 0],
        ['Shift', 5_000],
        ['Shift', 10_000],
      ]),
    ).toBe(2)
  })

  it('starts counting again after a pause of more than 5 seconds', () => {
    // Third press comes 5.1 s late: it counts as the first; two more within the window exit.
    expect(
      run([
        ['Shift', 0],
        ['Shift', 1_000],
        ['Shift', 6_100],
        ['Shift', 7_000],
        ['Shift', 8_000],
      ]),
    ).toBe(4)
  })

  it('starts over on any other key, so typing capitals never exits', () => {
    // "Hallo Wereld Ook": Shift then a letter, three times.
    expect(
      run([
        ['Shift', 0],
        ['H', 50],
        ['Shift', 400],
        ['W', 450],
        ['Shift', 900],
        ['O', 950],
      ]),
    ).toBe(-1)
    expect(
      run([
        ['Shift', 0],
        ['Shift', 100],
        ['a', 150],
        ['Shift', 200],
      ]),
    ).toBe(-1)
  })

  it('does not count a held Shift key (key repeat)', () => {
    const counter = createShiftCounter()
    expect(counter.press('Shift', 0)).toEqual({ exit: false, count: 1 })
    expect(counter.press('Shift', 30, true)).toEqual({ exit: false, count: 1 })
    expect(counter.press('Shift', 60, true)).toEqual({ exit: false, count: 1 })
    expect(counter.press('Shift', 500)).toEqual({ exit: false, count: 2 })
  })

  it('starts from zero after an exit', () => {
    const counter = createShiftCounter()
    for (const at of [0, 10, 20]) counter.press('Shift', at)
    expect(counter.press('Shift', 30)).toEqual({ exit: false, count: 1 })
  })
})

describe('enhanceQuickExit', () => {
  const setup = () => {
    const window = new Window({ url: 'https://voorbeeld.nl/voor-de-helpers/checklists/geweld/' })
    window.document.body.innerHTML = '<a href="https://www.google.nl/" data-quick-exit>Snel weg</a>'
    const calls: string[] = []
    let clock = 0
    const doc = window.document as unknown as Document
    enhanceQuickExit(doc, { hide: () => calls.push('hide'), replace: (url) => calls.push(`replace ${url}`) }, () => clock)
    const key = (key: string, at: number) => {
      clock = at
      doc.dispatchEvent(new window.KeyboardEvent('keydown', { key }) as unknown as Event)
    }
    return { doc, calls, key }
  }

  it('the button hides the page, then replaces it with the neutral site', () => {
    const { doc, calls } = setup()
    const link = doc.querySelector('a') as HTMLAnchorElement
    const event = new (doc.defaultView as unknown as typeof globalThis).MouseEvent('click', { cancelable: true, bubbles: true })
    link.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    expect(calls).toEqual(['hide', 'replace https://www.google.nl/'])
  })

  it('Shift ×3 with 4.9 s between presses leaves; two presses do not', () => {
    const { calls, key } = setup()
    key('Shift', 0)
    key('Shift', 4_900)
    expect(calls).toEqual([])
    key('Shift', 9_800)
    expect(calls).toEqual(['hide', 'replace https://www.google.nl/'])
  })

  it('does nothing on a page without the button', () => {
    const window = new Window()
    expect(() => enhanceQuickExit(window.document as unknown as Document, { hide() {}, replace() {} })()).not.toThrow()
  })
})

describe('BACK_NOTE', () => {
  it('says what Back can still show, with "u" for helpers and "je" for professionals', () => {
    expect(BACK_NOTE.helpers).toMatch(/^Let op: met de terugknop van uw browser/)
    expect(BACK_NOTE.helpers).not.toMatch(/\bje\b|\bjij\b|\bjouw\b/i)
    expect(BACK_NOTE.professionals).toMatch(/^Let op: met de terugknop van je browser/)
    expect(BACK_NOTE.professionals).not.toMatch(/\bu\b|\buw\b/i)
  })
})
