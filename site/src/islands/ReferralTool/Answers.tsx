import type { TreeStep } from '@hp/content-schemas'
import type { ToolCopy } from './copy.ts'

interface Props {
  path: TreeStep[]
  copy: ToolCopy
  onChange: (step: number) => void
}

/** The answers given so far, each with "Antwoord wijzigen" (GOV.UK summary list). */
export function Answers({ path, copy, onChange }: Props) {
  return (
    <section className="tool-answers" aria-labelledby="tool-antwoorden">
      <h2 id="tool-antwoorden">{copy.answers}</h2>
      <dl>
        {path.map((step, i) => (
          <div key={step.node.id} className="tool-answers__row">
            <dt>{step.node.question}</dt>
            <dd>{step.node.options[step.answer]?.label}</dd>
            <dd>
              <button type="button" className="link-button" onClick={() => onChange(i)}>
                {copy.change}
                <span className="visually-hidden">
                  {' '}
                  {copy.changeWhich} “{step.node.question}”
                </span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
