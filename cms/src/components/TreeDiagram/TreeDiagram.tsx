'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useMemo } from 'react'
import { diagramTreeFromForm } from './formTree.ts'
import { type Box, layoutTree } from './layout.ts'

const WORDS = {
  nl: {
    heading: 'Schema van de vragen',
    intro: 'Zo lopen de vragen en uitkomsten. Het schema verandert mee terwijl u typt. Rood = een probleem.',
    ok: 'Geen problemen: elke route eindigt in een uitkomst.',
    problems: (n: number) => `${n} ${n === 1 ? 'probleem' : 'problemen'}. Zonder oplossing kunt u niet publiceren:`,
    start: 'Start',
    outcome: 'Uitkomst',
    question: 'Vraag',
    missing: 'Bestaat niet',
    summary: (q: number, o: number, p: number) => `Schema: ${q} vragen, ${o} uitkomsten, ${p} problemen`,
  },
  en: {
    heading: 'Diagram of the questions',
    intro: 'How the questions lead to outcomes, updated as you type. Red = a problem.',
    ok: 'No problems: every route ends in an outcome.',
    problems: (n: number) => `${n} ${n === 1 ? 'problem' : 'problems'}; fix before publishing:`,
    start: 'Start',
    outcome: 'Outcome',
    question: 'Question',
    missing: 'Missing',
    summary: (q: number, o: number, p: number) => `Diagram: ${q} questions, ${o} outcomes, ${p} problems`,
  },
}

const RED = '#b3261e'
const FILL: Record<Box['kind'], string> = { question: '#eaf2f5', outcome: '#e7f4e8', missing: '#fdecea' }
const STROKE: Record<Box['kind'], string> = { question: '#1f4e5f', outcome: '#2e6b34', missing: RED }

/**
 * The referral tree as a diagram next to its fields: questions and outcomes as boxes, answers
 * as labelled arrows, left to right by step; `validateTree` problems in red and as a list.
 * Reads the live form state, so drafts show as they are typed.
 */
export function TreeDiagram() {
  const fields = useFormFields(([fields]) => fields)
  const { i18n } = useTranslation()
  const words = i18n.language === 'en' ? WORDS.en : WORDS.nl
  const diagram = useMemo(() => layoutTree(diagramTreeFromForm(reduceFieldsToValues(fields, true))), [fields])
  const questions = diagram.boxes.filter((b) => b.kind === 'question').length
  const outcomes = diagram.boxes.filter((b) => b.kind === 'outcome').length
  const kind = (b: Box) => (b.kind === 'missing' ? words.missing : b.kind === 'outcome' ? words.outcome : words.question)
  return (
    <div className="field-type tree-diagram" style={{ marginBottom: 'var(--spacing-field, 1.5rem)' }}>
      <h3 id="tree-diagram-heading" style={{ margin: '0 0 0.25rem' }}>
        {words.heading}
      </h3>
      <p style={{ margin: '0 0 0.5rem' }}>{words.intro}</p>
      <div style={{ overflowX: 'auto', background: '#fff', border: '1px solid #d5dde0', borderRadius: 4 }}>
        <svg
          role="img"
          aria-labelledby="tree-diagram-title"
          width={diagram.width}
          height={diagram.height}
          viewBox={`0 0 ${diagram.width} ${diagram.height}`}
          style={{ display: 'block', fontFamily: 'system-ui, sans-serif' }}
        >
          <title id="tree-diagram-title">{words.summary(questions, outcomes, diagram.problems.length)}</title>
          <defs>
            <marker id="tree-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#4a5560" />
            </marker>
            <marker id="tree-arrow-red" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill={RED} />
            </marker>
          </defs>
          {diagram.arrows.map((a) => (
            <g key={`${a.from}->${a.to}`}>
              <title>{`${a.from} → ${a.to}: ${a.title}`}</title>
              <path
                d={a.d}
                fill="none"
                stroke={a.problem ? RED : '#4a5560'}
                strokeWidth={a.problem ? 2.5 : 1.5}
                strokeDasharray={a.problem ? '6 4' : undefined}
                markerEnd={`url(#${a.problem ? 'tree-arrow-red' : 'tree-arrow'})`}
              />
              <text
                x={a.labelX}
                y={a.labelY - 4}
                textAnchor="middle"
                fontSize="12"
                fill={a.problem ? RED : '#1b1f23'}
                stroke="#fff"
                strokeWidth="4"
                paintOrder="stroke"
              >
                {a.label}
              </text>
            </g>
          ))}
          {diagram.boxes.map((b) => {
            const bad = b.problems.length > 0 || b.kind === 'missing'
            return (
              <g key={b.id || '(leeg)'}>
                <title>{[`${kind(b)} "${b.id}": ${b.text}`, ...b.problems].join('\n')}</title>
                <rect
                  x={b.x}
                  y={b.y}
                  width={b.width}
                  height={b.height}
                  rx={b.kind === 'outcome' ? 14 : 4}
                  fill={FILL[b.kind]}
                  stroke={bad ? RED : STROKE[b.kind]}
                  strokeWidth={bad || b.start ? 3 : 1.5}
                  strokeDasharray={b.kind === 'missing' ? '6 4' : undefined}
                />
                {b.lines.map((line, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the wrapped lines of one label never reorder
                  <text key={`${i}-${line}`} x={b.x + 12} y={b.y + 12 + 14 + i * 18} fontSize="14" fontWeight={600} fill="#1b1f23">
                    {line}
                  </text>
                ))}
                <text x={b.x + 12} y={b.y + b.height - 10} fontSize="11" fill={bad ? RED : '#4a5560'}>
                  {`${b.start ? `${words.start} · ` : ''}${kind(b)} · ${b.id || '(leeg)'}${bad ? ' ⚠' : ''}`}
                </text>
              </g>
            )
          })}
        </svg>
      </div>
      {diagram.problems.length === 0 ? (
        <p style={{ margin: '0.5rem 0 0' }}>{words.ok}</p>
      ) : (
        <div role="status" style={{ color: RED, marginTop: '0.5rem' }}>
          <p style={{ margin: 0, fontWeight: 600 }}>{words.problems(diagram.problems.length)}</p>
          <ul style={{ margin: '0.25rem 0 0' }}>
            {diagram.problems.map((p) => (
              <li key={`${p.kind}-${p.message}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
