import { questionsByTheme } from '@hp/content-schemas'
import type { Ref } from 'react'
import type { AssessmentCopy } from './copy.ts'
import { ErrorSummary } from './ErrorSummary.tsx'
import type { IslandAssessment } from './types.ts'

type Props = {
  assessment: IslandAssessment
  copy: AssessmentCopy
  answers: Readonly<Record<string, number>>
  /** Ids of the questions the last attempt left unanswered; empty before an attempt or once complete. */
  missing: readonly string[]
  onAnswer: (questionId: string, option: number) => void
  onSubmit: () => void
  summaryRef: Ref<HTMLDivElement>
  headingRef: Ref<HTMLHeadingElement>
}

/** Ids on the page: every assessment page holds one assessment, but slugs keep them unique anyway. */
export const questionId = (slug: string, id: string) => `${slug}-${id}`
export const optionId = (slug: string, id: string, option: number) => `${slug}-${id}-${option}`

/** The questions per theme: a fieldset with legend per question, one radio per option. */
export function Form({ assessment, copy, answers, missing, onAnswer, onSubmit, summaryRef, headingRef }: Props) {
  const groups = questionsByTheme(assessment)
  const headingId = `${assessment.slug}-vragen`
  const unanswered = new Set(missing)
  const summary = groups
    .flatMap((g) => g.questions)
    .filter((q) => unanswered.has(q.id))
    .map((q) => ({ id: q.id, number: q.number, text: q.text, inputId: optionId(assessment.slug, q.id, 0) }))
  return (
    // method="dialog" outside a dialog never navigates: before hydration (or without JavaScript) a submit sends nothing anywhere.
    <form
      method="dialog"
      className="assessment__form"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      {summary.length > 0 && <ErrorSummary copy={copy} questions={summary} ref={summaryRef} />}
      <h2 id={headingId} tabIndex={-1} ref={headingRef}>
        {copy.questionsHeading}
      </h2>
      <p className="assessment__hint">{copy.questionsHint(assessment.questions.length)}</p>
      {groups.map(({ theme, questions }) => (
        <div className="assessment__theme" key={theme.id}>
          <h3>{theme.title}</h3>
          {questions.map((q) => {
            const id = questionId(assessment.slug, q.id)
            const error = unanswered.has(q.id)
            return (
              <fieldset
                key={q.id}
                id={id}
                className={error ? 'assessment__question assessment__question--error' : 'assessment__question'}
                aria-describedby={error ? `${id}-fout` : undefined}
              >
                <legend>
                  {q.number}. {q.text}
                </legend>
                {error && (
                  <p id={`${id}-fout`} className="assessment__error">
                    <span className="visually-hidden">Fout: </span>
                    {copy.errorMessage}
                  </p>
                )}
                <div className="assessment__options" data-pagefind-ignore="">
                  {q.options.map((o, i) => (
                    <div className="assessment__option" key={optionId(assessment.slug, q.id, i)}>
                      <input
                        type="radio"
                        id={optionId(assessment.slug, q.id, i)}
                        name={id}
                        value={i}
                        checked={answers[q.id] === i}
                        onChange={() => onAnswer(q.id, i)}
                      />
                      <label htmlFor={optionId(assessment.slug, q.id, i)}>{o.label}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            )
          })}
        </div>
      ))}
      {/* In the server render too (a form needs its button); hidden by CSS when scripting is off. */}
      <button type="submit" className="assessment__submit">
        {copy.submit}
      </button>
    </form>
  )
}
