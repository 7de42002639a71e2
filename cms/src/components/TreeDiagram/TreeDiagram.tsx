'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
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
    zoom: 'Zoom',
    fit: 'Passend',
    actual: 'Ware grootte',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    open: (kind: string, id: string) => `${kind} "${id}" openen in het formulier`,
    click: 'Klik op een vraag of uitkomst om die in het formulier te openen.',
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
    zoom: 'Zoom',
    fit: 'Fit',
    actual: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    open: (kind: string, id: string) => `Open ${kind} "${id}" in the form`,
    click: 'Click a question or outcome to open it in the form.',
  },
}

const RED = '#b3261e'
const ZOOMS = [0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5]

/**
 * Opens the form row of node `index` (a collapsed row unfolds) and scrolls it to the top of the
 * window. The row's fields load after it unfolds and the page grows: the row is kept in place
 * while that happens (up to 10 s: slow on a busy server), unless the editor scrolls, clicks or types first.
 */
function openRow(index: number) {
  const row = document.getElementById(`nodes-row-${index}`)
  if (!row) return
  const toggle = row.querySelector<HTMLButtonElement>('.collapsible__toggle')
  if (toggle?.classList.contains('collapsible__toggle--collapsed')) toggle.click()
  const align = () => row.scrollIntoView({ block: 'start' })
  const observer = new ResizeObserver(align)
  const stop = () => {
    observer.disconnect()
    for (const event of ['wheel', 'touchstart', 'keydown', 'mousedown']) window.removeEventListener(event, stop)
  }
  for (const event of ['wheel', 'touchstart', 'keydown', 'mousedown']) window.addEventListener(event, stop, { once: true })
  // The body keeps the window's height (the page scrolls past it): watch the row and the boxes around it.
  for (let el: HTMLElement | null = row; el && el !== document.body; el = el.parentElement) observer.observe(el)
  setTimeout(stop, 10_000)
  requestAnimationFrame(() => {
    align()
    toggle?.focus({ preventScroll: true })
  })
}

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
  // The diagram fits the width of its box unless the editor zooms; `null` = fit.
  const box = useRef<HTMLDivElement>(null)
  const [room, setRoom] = useState(0)
  const [zoom, setZoom] = useState<number | null>(null)
  useEffect(() => {
    const el = box.current
    if (!el) return
    const observer = new ResizeObserver(() => setRoom(el.clientWidth))
    observer.observe(el)
    setRoom(el.clientWidth)
    return () => observer.disconnect()
  }, [])
  const fit = room > 0 ? Math.min(1, (room - 2) / diagram.width) : 1
  const scale = zoom ?? fit
  const step = (direction: 1 | -1) => {
    const next = direction > 0 ? ZOOMS.find((z) => z > scale + 0.001) : [...ZOOMS].reverse().find((z) => z < scale - 0.001)
    setZoom(next ?? scale)
  }
  const rowOf = useCallback(
    (id: string) =>
      Object.entries(fields).find(([path, field]) => /^nodes\.\d+\.key$/.test(path) && String(field?.value ?? '').trim() === id)?.[0],
    [fields],
  )
  const kind = (b: Box) => (b.kind === 'missing' ? words.missing : b.kind === 'outcome' ? words.outcome : words.question)
  return (
    <div className="field-type tree-diagram" style={{ marginBottom: 'var(--spacing-field, 1.5rem)' }}>
      <h3 id="tree-diagram-heading" style={{ margin: '0 0 0.25rem' }}>
        {words.heading}
      </h3>
      <p style={{ margin: '0 0 0.5rem' }}>
        {words.intro} {words.click}
      </p>
      <div role="toolbar" aria-label={words.zoom} style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', marginBottom: '0.5rem' }}>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => step(-1)} aria-label={words.zoomOut}>
          −
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => step(1)} aria-label={words.zoomIn}>
          +
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => setZoom(null)}
          aria-pressed={zoom === null}
        >
          {words.fit}
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setZoom(1)} aria-pressed={zoom === 1}>
          {words.actual}
        </button>
        <output className="tree-diagram__zoom">{`${words.zoom}: ${Math.round(scale * 100)}%`}</output>
      </div>
      <div
        ref={box}
        className="tree-diagram__box"
        style={{ overflow: 'auto', maxHeight: '80vh', background: '#fff', border: '1px solid #d5dde0', borderRadius: 4 }}
      >
        <svg
          aria-labelledby="tree-diagram-title"
          width={Math.ceil(diagram.width * scale)}
          height={Math.ceil(diagram.height * scale)}
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
            const row = b.kind === 'missing' ? undefined : rowOf(b.id)
            const index = row ? Number(row.split('.')[1]) : undefined
            const open = index === undefined ? undefined : () => openRow(index)
            return (
              <g
                key={b.id || '(leeg)'}
                className="tree-diagram__node"
                data-key={b.id}
                {...(open
                  ? {
                      role: 'button',
                      tabIndex: 0,
                      'aria-label': words.open(kind(b), b.id),
                      style: { cursor: 'pointer' },
                      onClick: open,
                      onKeyDown: (e: React.KeyboardEvent) => {
                        if (e.key === 'Enter' || e.key === ' ') {
                          e.preventDefault()
                          open()
                        }
                      },
                    }
                  : {})}
              >
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
