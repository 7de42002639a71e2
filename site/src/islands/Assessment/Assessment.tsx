import { type AssessmentResult, scoreAssessment } from '@hp/content-schemas'
import { useEffect, useRef, useState } from 'react'
import { COPY } from './copy.ts'
import { Form } from './Form.tsx'
import { Result } from './Result.tsx'
import type { AssessmentProps, IslandBand } from './types.ts'

type Shown = { result: AssessmentResult<IslandBand>; date: string }
type FocusTarget = { to: 'summary' | 'questions' | 'result'; attempt: number }

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })

/**
 * One island for every self-scan, test and quickscan. Answers live in component state only:
 * nothing is stored or sent. Scoring is `scoreAssessment` from the contract.
 */
export function Assessment({ assessment, related, overviewHref, adviceLine }: AssessmentProps) {
  const copy = COPY[assessment.platform]
  const [answers, setAnswers] = useState<Record<string, number>>({})
  const [missing, setMissing] = useState<string[]>([])
  const [shown, setShown] = useState<Shown | null>(null)
  const [focus, setFocus] = useState<FocusTarget | null>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const questionsRef = useRef<HTMLHeadingElement>(null)
  const resultRef = useRef<HTMLHeadingElement>(null)
  const baseTitle = useRef<string | null>(null)

  useEffect(() => {
    if (!focus) return
    const target = { summary: summaryRef, questions: questionsRef, result: resultRef }[focus.to].current
    target?.focus()
  }, [focus])

  // GOV.UK: the page title says when there is an error, and that a result is shown.
  useEffect(() => {
    baseTitle.current ??= document.title
    const prefix = shown ? `${copy.resultHeading}: ` : missing.length > 0 ? 'Fout: ' : ''
    document.title = `${prefix}${baseTitle.current}`
  }, [shown, missing, copy])

  const move = (to: FocusTarget['to']) => setFocus((f) => ({ to, attempt: (f?.attempt ?? 0) + 1 }))

  const submit = () => {
    const result = scoreAssessment(assessment, answers)
    setMissing(result.unanswered)
    if (result.unanswered.length > 0) return move('summary')
    setShown({ result, date: longDate.format(new Date()) })
    move('result')
  }

  if (shown)
    return (
      <Result
        assessment={assessment}
        copy={copy}
        result={shown.result}
        answers={answers}
        date={shown.date}
        related={related}
        overviewHref={overviewHref}
        adviceLine={adviceLine}
        headingRef={resultRef}
        onChange={() => {
          setShown(null)
          move('questions')
        }}
        onRestart={() => {
          setAnswers({})
          setMissing([])
          setShown(null)
          move('questions')
        }}
      />
    )
  return (
    <Form
      assessment={assessment}
      copy={copy}
      answers={answers}
      missing={missing}
      onAnswer={(id, option) => setAnswers((a) => ({ ...a, [id]: option }))}
      onSubmit={submit}
      summaryRef={summaryRef}
      headingRef={questionsRef}
    />
  )
}
