import type { Platform } from '@hp/content-schemas'

/**
 * "Snel weg" (quick exit), as GOV.UK's "Exit this page": the button, or Shift pressed three times,
 * hides the page at once and replaces it in the browser's history with the neutral site, so Back
 * does not return to it. Without JavaScript the button is a plain link.
 */

/** Shift presses that leave the page. */
export const SHIFT_PRESSES = 3
/** At most this long (ms) between two Shift presses; a longer pause starts counting again. */
export const SHIFT_WINDOW_MS = 5_000

/** What one key press did to the count. */
export type ShiftResult = { exit: true } | { exit: false; count: number }

/**
 * Counts Shift presses. A press counts when it comes within `SHIFT_WINDOW_MS` of the one before;
 * after a longer pause it counts as the first again. Any other key starts over, so typing a
 * capital letter (Shift, then the letter) never adds up to an exit. Held keys (`repeat`) do not count.
 */
export function createShiftCounter(presses = SHIFT_PRESSES, windowMs = SHIFT_WINDOW_MS) {
  let count = 0
  let last = Number.NEGATIVE_INFINITY
  return {
    press(key: string, at: number, repeat = false): ShiftResult {
      if (key !== 'Shift') {
        count = 0
        return { exit: false, count }
      }
      if (repeat) return { exit: false, count }
      count = at - last <= windowMs ? count + 1 : 1
      last = at
      if (count >= presses) {
        count = 0
        return { exit: true }
      }
      return { exit: false, count }
    },
  }
}

/** What the window needs to leave: a seam so the unit tests run without navigating. */
export interface ExitTarget {
  hide(): void
  /** Opens `url` in place of the current history entry (`location.replace`). */
  replace(url: string): void
}

/** Wires the button and Shift ×3 to `leave`. Returns a function that removes the listeners. */
export function enhanceQuickExit(doc: Document, target: ExitTarget, now: () => number = Date.now): () => void {
  const link = doc.querySelector<HTMLAnchorElement>('[data-quick-exit]')
  if (!link) return () => {}
  const leave = () => {
    target.hide()
    target.replace(link.href)
  }
  const onClick = (event: MouseEvent) => {
    // Also with Ctrl or Cmd held: a new tab would leave this page open behind it.
    event.preventDefault()
    leave()
  }
  const counter = createShiftCounter()
  const onKey = (event: KeyboardEvent) => {
    if (counter.press(event.key, now(), event.repeat).exit) leave()
  }
  link.addEventListener('click', onClick)
  doc.addEventListener('keydown', onKey)
  return () => {
    link.removeEventListener('click', onClick)
    doc.removeEventListener('keydown', onKey)
  }
}

/** The real window: blank the page first (a slow neutral site should not leave it on screen), then replace. */
export const windowExit = (win: Window): ExitTarget => ({
  hide: () => {
    win.document.body.hidden = true
    win.document.title = ''
  },
  replace: (url) => win.location.replace(url),
})

/**
 * The note on every tool page: what the browser's Back button (and history) can still show.
 * B1 Dutch; helpers are addressed with "u", professionals with "je".
 */
export const BACK_NOTE: Record<Platform, string> = {
  helpers:
    'Let op: met de terugknop van uw browser kan iemand anders zien welke pagina’s u hiervoor op deze website heeft bekeken. ‘Snel weg’ haalt alleen deze pagina uit de geschiedenis. Gebruikt u dit apparaat samen met anderen? Gebruik dan een privévenster, of wis daarna uw browsergeschiedenis.',
  professionals:
    'Let op: met de terugknop van je browser kan iemand anders zien welke pagina’s je hiervoor op deze website hebt bekeken. ‘Snel weg’ haalt alleen deze pagina uit de geschiedenis. Gebruik je dit apparaat samen met anderen? Gebruik dan een privévenster, of wis daarna je browsergeschiedenis.',
}
