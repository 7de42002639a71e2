import {
  clearTicks,
  type ProgressEvent,
  parseTicks,
  readTicks,
  statusText,
  storageKey,
  type TickStorage,
  toggleTick,
  writeTicks,
} from './logic.ts'

/** `localStorage`, or null where the browser blocks it (reading the property can throw). */
export function browserStorage(): TickStorage | null {
  try {
    return window.localStorage
  } catch {
    // Site data blocked: ticking still works on the page; the note says nothing is kept.
    return null
  }
}

/**
 * Turns on ticking for the checklist rendered by ChecklistProgress.astro and ChecklistTick.astro:
 * shows the panel and the checkboxes (hidden without JavaScript), restores the stored ticks and
 * stores each change. Reads storage on start; writes only when the visitor ticks or clears.
 */
export function enhanceChecklist(doc: Document, storage: TickStorage | null): void {
  const panel = doc.querySelector<HTMLElement>('[data-checklist-progress]')
  const status = panel?.querySelector<HTMLElement>('[data-checklist-status]')
  const clear = panel?.querySelector<HTMLButtonElement>('[data-checklist-clear]')
  const note = panel?.querySelector<HTMLElement>('[data-checklist-note]')
  const unsaved = panel?.querySelector<HTMLElement>('[data-checklist-unsaved]')
  const checklist = panel?.dataset.checklist
  if (!panel || !status || !clear || !note || !unsaved || !checklist) return
  const boxes = [...doc.querySelectorAll<HTMLInputElement>('input[data-checklist-tick]')]
  const ids = boxes.map((box) => box.value)
  let ticks = readTicks(storage, checklist, ids)

  const render = (event: ProgressEvent) => {
    for (const box of boxes) box.checked = ticks.includes(box.value)
    status.textContent = statusText(ticks.length, ids.length, event)
  }
  const showUnsaved = () => {
    note.hidden = true
    unsaved.hidden = false
  }

  for (const box of boxes) {
    box.addEventListener('change', () => {
      ticks = toggleTick(ticks, box.value, box.checked, ids)
      if (!writeTicks(storage, checklist, ticks)) showUnsaved()
      render('count')
    })
    box.hidden = false
  }
  clear.addEventListener('click', () => {
    ticks = []
    // Without storage nothing was kept, so there is nothing left to wipe.
    render(clearTicks(storage, checklist) || !storage ? 'cleared' : 'clear-failed')
  })
  // Another tab with the same checklist changed the ticks: show them here too.
  doc.defaultView?.addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== storageKey(checklist)) return
    ticks = parseTicks(event.newValue, ids)
    render('count')
  })

  if (!storage) showUnsaved()
  render('count')
  panel.hidden = false
}
