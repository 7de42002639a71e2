import type { QuestionNode } from '@hp/content-schemas'
import type { FormEvent, Ref } from 'react'
import type { ToolCopy } from './copy.ts'

interface Props {
  node: QuestionNode
  /** Where the form goes without JavaScript (`<treeUrl>ga/`); the radios carry the next node's id. */
  action: string
  field: string
  selected: number | null
  error: boolean
  /** Hydrated: the island checks the answer itself and shows the error summary. */
  enhanced: boolean
  copy: ToolCopy
  headingRef: Ref<HTMLHeadingElement>
  summaryRef: Ref<HTMLDivElement>
  onSelect: (option: number) => void
  onSubmit: () => void
}

/** One question as a plain GET form: fieldset, the question as legend (and page heading), a radio per answer. */
export function Question({ node, action, field, selected, error, enhanced, copy, headingRef, summaryRef, onSelect, onSubmit }: Props) {
  const optionId = (i: number) => `keuze-${node.id}-${i}`
  const hintId = `hint-${node.id}`
  const errorId = `fout-${node.id}`
  const describedBy = [node.hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }
  return (
    <form method="get" action={action} noValidate={enhanced} onSubmit={submit} className="tool-question">
      {error && (
        <div className="error-summary" ref={summaryRef} tabIndex={-1}>
          <div role="alert">
            <h2 id="fout-samenvatting">{copy.problem}</h2>
            <ul>
              <li>
                <a
                  href={`#${optionId(0)}`}
                  onClick={(event) => {
                    event.preventDefault()
                    document.getElementById(optionId(0))?.focus()
                  }}
                >
                  {copy.chooseAnswer}
                </a>
              </li>
            </ul>
          </div>
        </div>
      )}
      <fieldset className={error ? 'tool-fieldset tool-fieldset--error' : 'tool-fieldset'} aria-describedby={describedBy || undefined}>
        <legend>
          <h1 ref={headingRef} tabIndex={-1} id={`kop-${node.id}`}>
            {node.question}
          </h1>
        </legend>
        {node.hint && (
          <p id={hintId} className="tool-hint">
            {node.hint}
          </p>
        )}
        {error && (
          <p id={errorId} className="tool-error">
            <span className="visually-hidden">{copy.errorPrefix} </span>
            {copy.chooseAnswer}
          </p>
        )}
        <div className="tool-options">
          {node.options.map((option, i) => (
            <div className="tool-option" key={optionId(i)}>
              <input
                type="radio"
                id={optionId(i)}
                name={field}
                value={option.next}
                required
                checked={selected === i}
                onChange={() => onSelect(i)}
              />
              <label htmlFor={optionId(i)}>{option.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button tool-next">
        {copy.next}
      </button>
    </form>
  )
}
