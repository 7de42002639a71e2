'use client'
import { ScoringError, scoreAssessment } from '@hp/content-schemas'
import { useFormFields } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useMemo, useState } from 'react'
import { assessmentFromForm, bandRanges, maxTotal, rangeText, type Tried } from './scanForm.ts'

const RED = '#b3261e'

/**
 * Next to the bands of a scan: the score range of each band, and "Probeer de scan", where the
 * editor answers the questions as a visitor would and sees the result the site will show
 * (scored by the site's own scoring, content-schemas/src/scoring.ts). Reads the live form, so a
 * draft can be tried before it is saved. Nothing is stored.
 */
export function ScanAid() {
  const fields = useFormFields(([fields]) => fields)
  const assessment = useMemo(() => assessmentFromForm(reduceFieldsToValues(fields, true)), [fields])
  const ranges = bandRanges(assessment)
  const [answers, setAnswers] = useState<Record<string, number | undefined>>({})
  const known = Object.fromEntries(Object.entries(answers).filter(([id]) => assessment.questions.some((q) => q.id === id)))
  let result: Tried | undefined
  let problem: string | undefined
  try {
    result = scoreAssessment(assessment, known)
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error
    problem = error.message
  }
  const bandTitle = (id: string) => assessment.bands.find((b) => b.id === id)?.title || id
  return (
    <div className="field-type scan-aid" style={{ marginBottom: 'var(--spacing-field, 1.5rem)' }}>
      <h3 id="scan-aid-ranges" style={{ margin: '0 0 0.25rem' }}>
        Scores per uitslag
      </h3>
      <p style={{ margin: '0 0 0.5rem' }}>
        {`De hoogste mogelijke score is ${maxTotal(assessment)}. Een rode vlag maakt de uitslag minstens zo hoog als de uitslag bij dat antwoord.`}
      </p>
      <table aria-labelledby="scan-aid-ranges" className="scan-aid__ranges" style={{ borderCollapse: 'collapse', marginBottom: '1rem' }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left', padding: '0.25rem 1rem 0.25rem 0' }}>Uitslag</th>
            <th style={{ textAlign: 'left', padding: '0.25rem 0' }}>Totaalscore</th>
          </tr>
        </thead>
        <tbody>
          {ranges.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: bands may share an empty key while typed
            <tr key={`${i}-${r.id}`}>
              <td style={{ padding: '0.25rem 1rem 0.25rem 0' }}>{r.title || r.id || '(nog leeg)'}</td>
              <td style={{ padding: '0.25rem 0', color: r.to === null || r.onlyByRedFlag ? RED : undefined }}>{rangeText(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="scan-aid__try">
        <summary style={{ cursor: 'pointer', fontWeight: 600 }}>Probeer de scan</summary>
        <p>Kies antwoorden zoals een bezoeker. Niets wordt bewaard.</p>
        {assessment.questions.map((q, qi) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: questions may share an empty key while typed
          <fieldset key={`${qi}-${q.id}`} style={{ border: 0, padding: 0, margin: '0 0 0.75rem' }}>
            <legend style={{ fontWeight: 600 }}>{`${qi + 1}. ${q.text || q.id || '(nog leeg)'}`}</legend>
            {q.options.map((o, oi) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: answers are identified by their position, as on the site
              <label key={oi} style={{ display: 'block' }}>
                <input
                  type="radio"
                  name={`scan-aid-${qi}`}
                  checked={answers[q.id] === oi}
                  onChange={() => setAnswers({ ...answers, [q.id]: oi })}
                />{' '}
                {`${o.label || '(nog leeg)'} (${o.score} ${o.score === 1 ? 'punt' : 'punten'}${o.redFlagBand ? `, rode vlag: ${bandTitle(o.redFlagBand)}` : ''})`}
              </label>
            ))}
          </fieldset>
        ))}
        <div role="status" className="scan-aid__result" style={{ padding: '0.5rem 0.75rem', background: '#eaf2f5', borderRadius: 4 }}>
          {problem ? (
            <p style={{ color: RED, margin: 0 }}>{`Deze scan kan nog niet worden berekend: ${problem}`}</p>
          ) : result ? (
            <>
              <p
                style={{ margin: 0, fontWeight: 600 }}
              >{`Score ${result.total} van ${result.maxTotal}. Uitslag: ${result.band.title || result.band.id}.`}</p>
              {result.band !== result.scoreBand ? (
                <p
                  style={{ margin: '0.25rem 0 0' }}
                >{`Door een rode vlag, niet door de score (die geeft: ${result.scoreBand.title || result.scoreBand.id}).`}</p>
              ) : null}
              {result.themes.some((t) => t.attention) ? (
                <p style={{ margin: '0.25rem 0 0' }}>
                  {`Aandachtspunten: ${result.themes
                    .filter((t) => t.attention)
                    .map((t) => t.title)
                    .join(', ')}.`}
                </p>
              ) : null}
              {result.unanswered.length > 0 ? (
                <p
                  style={{ margin: '0.25rem 0 0' }}
                >{`Nog ${result.unanswered.length} ${result.unanswered.length === 1 ? 'vraag' : 'vragen'} zonder antwoord (tellen als 0).`}</p>
              ) : null}
            </>
          ) : null}
        </div>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setAnswers({})}>
          Opnieuw beginnen
        </button>
      </details>
    </div>
  )
}
