import { TREE_FORM_FIELD, treeFormAction, treeStepUrl } from '@hp/content-schemas'
import { useEffect, useReducer, useRef, useState } from 'react'
import { documentTitle } from '../../lib/title.ts'
import { Answers } from './Answers.tsx'
import { TOOL_COPY } from './copy.ts'
import { routeFromAddress, stepAddress } from './history.ts'
import { currentWalk, headingOf, initialState, type ReferralToolProps, reduce, type ToolAction, type ToolState } from './logic.ts'
import { Outcome } from './Outcome.tsx'
import { Question } from './Question.tsx'

/**
 * The referral tool. Rendered at build time it is the static step page (a GET form per question,
 * links instead of buttons); hydrated, it moves between steps without loading pages, and gives
 * every step its own address and history entry (history.ts), so Back and Forward move through the
 * answers and a reload shows the same step. State logic lives in logic.ts.
 */
export function ReferralTool({ tree, organisations, at }: ReferralToolProps) {
  const [state, dispatch] = useReducer((s: ToolState, a: ToolAction) => reduce(tree, s, a), at, initialState)
  const [enhanced, setEnhanced] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const summary = useRef<HTMLDivElement>(null)
  const copy = TOOL_COPY[tree.platform]
  const { path, current } = currentWalk(tree, state)

  // Set while the state follows the address (load, Back, Forward): then no new history entry.
  const following = useRef(false)
  // The first render is the page as built; the address is read once hydrated (below).
  const hydrated = useRef(false)

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on hydration; tree and at never change
  useEffect(() => {
    setEnhanced(true)
    const follow = (initial: boolean) => {
      following.current = true
      dispatch({ type: 'restore', ...routeFromAddress(tree, window.location.pathname, window.location.search, at), initial })
    }
    follow(true)
    const onPopState = () => follow(false)
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])

  // Every step the visitor takes gets its own address; following the address only tidies it (a damaged query).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the route is from and answers; tree never changes
  useEffect(() => {
    if (!hydrated.current) {
      hydrated.current = true
      return
    }
    const address = stepAddress(tree, state)
    const replace = following.current
    following.current = false
    if (address === window.location.pathname + window.location.search) return
    if (replace) window.history.replaceState(null, '', address)
    else window.history.pushState(null, '', address)
  }, [state.from, state.answers])
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per step (moves), not on every render
  useEffect(() => {
    if (state.moves === 0) return
    document.title = documentTitle(headingOf(current), tree.platform, { error: state.error })
    ;(state.error ? summary.current : heading.current)?.focus()
  }, [state.moves])

  const restartHref = treeStepUrl(tree.platform, tree.slug, tree.start)
  return (
    <div className="referral-tool">
      {path.length > 0 && (
        <p className="tool-back">
          <button type="button" className="link-button" onClick={() => dispatch({ type: 'back' })}>
            {copy.previous}
          </button>
        </p>
      )}
      {current.type === 'question' ? (
        <Question
          node={current}
          action={treeFormAction(tree.platform, tree.slug)}
          field={TREE_FORM_FIELD}
          selected={state.selected}
          error={state.error}
          enhanced={enhanced}
          copy={copy}
          headingRef={heading}
          summaryRef={summary}
          onSelect={(option) => dispatch({ type: 'select', option })}
          onSubmit={() => dispatch({ type: 'submit' })}
        />
      ) : (
        <Outcome node={current} organisations={organisations} copy={copy} headingRef={heading} />
      )}
      {path.length > 0 && <Answers path={path} copy={copy} onChange={(step) => dispatch({ type: 'change', step })} />}
      {path.length === 0 && current.id !== tree.start && <p className="tool-hint">{copy.backHint}</p>}
      {(path.length > 0 || current.id !== tree.start) && (
        <p className="tool-restart">
          <a
            href={restartHref}
            onClick={(event) => {
              event.preventDefault()
              dispatch({ type: 'restart' })
            }}
          >
            {copy.restart}
          </a>
        </p>
      )}
    </div>
  )
}
