import type { MouseEvent, Ref } from 'react'
import type { AssessmentCopy } from './copy.ts'

type Props = {
  copy: AssessmentCopy
  /** The unanswered questions in display order, each with the id of its first option. */
  questions: { id: string; number: number; text: string; inputId: string }[]
  ref: Ref<HTMLDivElement>
}

/**
 * GOV.UK-style error summary: a list of links to the questions without an answer. Following a
 * link puts focus on the question's first option and scrolls its question into view.
 */
export function ErrorSummary({ copy, questions, ref }: Props) {
  const follow = (event: MouseEvent<HTMLAnchorElement>, inputId: string) => {
    const input = document.getElementById(inputId)
    if (!(input instanceof HTMLInputElement)) return
    event.preventDefault()
    // The legend holds the question: show it, not just the option below it.
    input.closest('fieldset')?.querySelector('legend')?.scrollIntoView?.()
    input.focus({ preventScroll: true })
  }
  return (
    <div className="assessment__error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2>{copy.errorTitle}</h2>
        <p>{copy.errorIntro}</p>
        <ul>
          {questions.map((q) => (
            <li key={q.id}>
              <a href={`#${q.inputId}`} onClick={(event) => follow(event, q.inputId)}>
                {q.number}. {q.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
