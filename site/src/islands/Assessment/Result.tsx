import type { AssessmentResult } from '@hp/content-schemas'
import type { Ref } from 'react'
import { RichText } from '../shared/RichText.tsx'
import type { AssessmentCopy } from './copy.ts'
import type { AdviceLineProps, IslandAssessment, IslandBand, RelatedLink } from './types.ts'

type Props = {
  assessment: IslandAssessment
  copy: AssessmentCopy
  result: AssessmentResult<IslandBand>
  answers: Readonly<Record<string, number>>
  /** The day the result was made, in words; printed on paper and PDF. */
  date: string
  related: RelatedLink[]
  overviewHref: string
  adviceLine: AdviceLineProps
  headingRef: Ref<HTMLHeadingElement>
  onChange: () => void
  onRestart: () => void
}

/** The result: band and advice, why a red flag lifted it, attention points, further reading, advice line. */
export function Result({
  assessment,
  copy,
  result,
  answers,
  date,
  related,
  overviewHref,
  adviceLine,
  headingRef,
  onChange,
  onRestart,
}: Props) {
  const { band, scoreBand } = result
  const headingId = `${assessment.slug}-uitslag`
  const lifting = result.redFlags
    .filter((f) => f.lifts)
    .flatMap((f) => {
      const q = assessment.questions.find((x) => x.id === f.questionId)
      const label = q?.options[answers[f.questionId] ?? -1]?.label
      return q && label ? [{ id: q.id, text: q.text, label }] : []
    })
  const themes = assessment.themes.map((t) => ({ ...t, attention: result.themes.find((s) => s.id === t.id)?.attention ?? false }))
  const attention = themes.filter((t) => t.attention && t.attentionPoint.length > 0)
  const fine = themes.filter((t) => !t.attention)
  // The copy follows the themes: "look below" only when something is below, "nothing needs attention" only in the calmest band.
  const calmest = band.min <= Math.min(...assessment.bands.map((b) => b.min))
  const noneText = calmest ? copy.noAttention : copy.spreadOut(themes.map((t) => t.title).join(', '))
  return (
    <section className="assessment__result" aria-labelledby={headingId}>
      <p className="assessment__printed">{copy.printedOn(date)}</p>
      <h2 id={headingId} tabIndex={-1} ref={headingRef}>
        {copy.resultHeading}: {band.title}
      </h2>
      {lifting.length > 0 && (
        <div className="assessment__why">
          <h3>{copy.whyHeading}</h3>
          <p>{copy.whyIntro(scoreBand.title, band.title)}</p>
          <ul>
            {lifting.map((f) => (
              <li key={f.id}>
                {f.text} {copy.yourAnswer}: <strong>{f.label}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}
      <RichText value={band.advice} headingOffset={1} />
      <h3>{copy.attentionHeading}</h3>
      <p className="assessment__attention-intro">{attention.length > 0 ? copy.attentionIntro : noneText}</p>
      {attention.map((t) => (
        <div className="assessment__attention" key={t.id}>
          <h4>{t.title}</h4>
          <RichText value={t.attentionPoint} headingOffset={3} />
        </div>
      ))}
      {attention.length > 0 && fine.length > 0 && (
        <p>
          {copy.fineThemes}: {fine.map((t) => t.title).join(', ')}.
        </p>
      )}
      <h3>{copy.relatedHeading}</h3>
      <ul className="assessment__related">
        {related.map((l) => (
          <li key={l.href}>
            <a href={l.href}>{l.title}</a> <span className="tag">{l.label}</span>
          </li>
        ))}
        <li>
          <a href={overviewHref}>{copy.overview}</a>
        </li>
      </ul>
      <div className="assessment__advice">
        <h3>{copy.adviceHeading}</h3>
        <p>
          {copy.adviceCall} <a href={adviceLine.telHref}>{adviceLine.phone}</a>
        </p>
        {adviceLine.chatUrl && (
          <p>
            <a href={adviceLine.chatUrl} rel="noreferrer">
              {copy.adviceChat}
            </a>
          </p>
        )}
        <p>{adviceLine.hours}</p>
      </div>
      <p>{copy.nothingKept}</p>
      <div className="assessment__actions">
        <button type="button" className="assessment__primary" onClick={() => window.print()}>
          {copy.print}
        </button>
        <button type="button" onClick={onChange}>
          {copy.change}
        </button>
        <button type="button" onClick={onRestart}>
          {copy.restart}
        </button>
      </div>
    </section>
  )
}
