import type { AssessmentResult, ScorableAssessment, ScorableBand } from '@hp/content-schemas'

type Row = Record<string, unknown>
const rows = (value: unknown): Row[] => (Array.isArray(value) ? value.filter((r): r is Row => typeof r === 'object' && r !== null) : [])
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
const number = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0)

export type FormBand = ScorableBand & { title: string }
/** What scoring reads (`ScorableAssessment`), with the texts the aid shows. */
export interface FormAssessment extends ScorableAssessment<FormBand> {
  questions: { id: string; theme: string; text: string; options: { label: string; score: number; redFlagBand?: string }[] }[]
}

/** The assessment in the edit form (Payload form values, unflattened), as scoring reads it. Works on half-filled drafts. */
export function assessmentFromForm(data: Row): FormAssessment {
  return {
    slug: text(data.slug) || 'concept',
    themes: rows(data.themes).map((t) => ({ id: text(t.key), title: text(t.title), threshold: number(t.threshold) })),
    questions: rows(data.questions).map((q) => ({
      id: text(q.key),
      theme: text(q.theme),
      text: text(q.text),
      options: rows(q.options).map((o) => ({
        label: text(o.label),
        score: number(o.score),
        ...(text(o.redFlagBand) ? { redFlagBand: text(o.redFlagBand) } : {}),
      })),
    })),
    bands: rows(data.bands).map((b) => ({ id: text(b.key), min: number(b.min), title: text(b.title) })),
  }
}

export interface BandRange {
  id: string
  title: string
  from: number
  /** Highest total in this band; `null` when the band is empty (the next band starts at or below `from`). */
  to: number | null
  /** The band is above the highest possible total: only a red flag reaches it. */
  onlyByRedFlag: boolean
}

/** Highest possible total: the best answer of each question added up. */
export const maxTotal = (a: FormAssessment): number =>
  a.questions.reduce((sum, q) => sum + Math.max(0, ...q.options.map((o) => o.score)), 0)

/** The score range of each band: from its minimum up to the next band's minimum minus one, the last up to the highest total. */
export function bandRanges(a: FormAssessment): BandRange[] {
  const max = maxTotal(a)
  return a.bands.map((band, i) => {
    const next = a.bands[i + 1]
    const end = next ? next.min - 1 : max
    const to = Math.min(end, max)
    return { id: band.id, title: band.title, from: band.min, to: to >= band.min ? to : null, onlyByRedFlag: band.min > max }
  })
}

/** A range as the editor reads it: "0 t/m 9", "10" or "geen score (volgende uitslag begint eerder)". */
export function rangeText(range: BandRange): string {
  if (range.onlyByRedFlag) return `vanaf ${range.from}: hoger dan de hoogste score, alleen via een rode vlag`
  if (range.to === null) return `geen score: de volgende uitslag begint al bij ${range.from} of lager`
  return range.to === range.from ? `${range.from}` : `${range.from} t/m ${range.to}`
}

export type Tried = AssessmentResult<FormBand>
