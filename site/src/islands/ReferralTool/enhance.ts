import { documentTitle } from '../../lib/title.ts'
import { routeFromAddress, stepAddress } from './history.ts'
import { currentWalk, headingOf, initialState, type ReferralToolProps, reduce, type ToolAction, type ToolState } from './logic.ts'
import { renderTool } from './render.ts'

/** The data a step page embeds once, as JSON in `<script type="application/json" id="…">`. */
export const TOOL_DATA_ID = 'doorverwijstool-gegevens'

export { embedJson } from '../shared/html.ts'

/** Reads the tool's data from the page, or null when the page has none (or it is damaged). */
export function readToolData(doc: Document): ReferralToolProps | null {
  const text = doc.getElementById(TOOL_DATA_ID)?.textContent
  if (!text) return null
  try {
    return JSON.parse(text) as ReferralToolProps
  } catch {
    return null
  }
}

/**
 * Turns the server-rendered step page (`[data-referral-tool]`, rendered by render.ts) into the
 * tool that moves between steps without loading pages. Every step the visitor takes gets its own
 * history entry at the no-JS page of the node shown, with the route in the query (history.ts);
 * Back, Forward and a reload show the step of the address. Nothing is stored, nothing is sent.
 * Returns a function that stops following Back and Forward (for tests).
 */
export function enhanceReferralTool(root: HTMLElement, props: ReferralToolProps, win: Window = window): () => void {
  const { tree, at } = props
  const doc = root.ownerDocument
  const here = () => win.location.pathname + win.location.search
  let state: ToolState = initialState(at)

  const render = () => {
    root.innerHTML = renderTool(props, state, { enhanced: true })
  }
  const focusStep = () => {
    doc.title = documentTitle(headingOf(currentWalk(tree, state).current), tree.platform, { error: state.error })
    root.querySelector<HTMLElement>(state.error ? '[data-tool="summary"]' : 'h1')?.focus()
  }

  /** Applies an action; a step (moves) renders, gives the step its address and moves focus. */
  const apply = (action: ToolAction, following = false) => {
    const before = state
    state = reduce(tree, state, action)
    if (state === before || action.type === 'select') return
    render()
    const address = stepAddress(tree, state)
    if (address !== here()) {
      if (following) win.history.replaceState(null, '', address)
      else win.history.pushState(null, '', address)
    }
    if (state.moves !== before.moves) focusStep()
  }

  const follow = (initial: boolean) =>
    apply({ type: 'restore', ...routeFromAddress(tree, win.location.pathname, win.location.search, at), initial }, true)

  // The page as built shows its own node; the address may hold the answers that led here (reload, shared link).
  const route = routeFromAddress(tree, win.location.pathname, win.location.search, at)
  if (route.from === at && route.answers.length === 0) {
    const form = root.querySelector('form')
    if (form) form.noValidate = true
    // A damaged query is tidied in place: the page shows its own node, as without JavaScript.
    if (here() !== stepAddress(tree, state)) win.history.replaceState(null, '', stepAddress(tree, state))
  } else {
    follow(true)
  }
  const onPopState = () => follow(false)
  win.addEventListener('popstate', onPopState)

  root.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement
    if (input.type !== 'radio') return
    const option = [...root.querySelectorAll('input[type="radio"]')].indexOf(input)
    if (option >= 0) apply({ type: 'select', option })
  })
  root.addEventListener('submit', (event) => {
    event.preventDefault()
    apply({ type: 'submit' })
  })
  root.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('[data-tool]')
    if (!control) return
    const kind = control.dataset.tool
    if (kind === 'back') apply({ type: 'back' })
    else if (kind === 'change') apply({ type: 'change', step: Number(control.dataset.step) })
    else if (kind === 'restart') {
      event.preventDefault()
      apply({ type: 'restart' })
    } else if (kind === 'first') {
      // The summary's link leads to the first answer without changing the address.
      event.preventDefault()
      root.querySelector<HTMLElement>('input[type="radio"]')?.focus()
    }
  })
  // Marks the tool as working: the browser tests wait for it before the first click.
  root.dataset.enhanced = ''
  return () => win.removeEventListener('popstate', onPopState)
}
