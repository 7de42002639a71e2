import type { Assessment } from './assessment.ts'

/** A result band of an assessment. */
export type AssessmentBand = Assessment['bands'][number]

/** Answers by question id: the 0-based index of the chosen option; missing or `undefined` means unanswered. */
export type AssessmentAnswers = Readonly<Record<string, number | undefined>>

/** The score of one theme and whether its attention point is shown. */
export type ThemeScore = { id: string; title: string; score: number; max: number; attention: boolean }

/** The outcome of scoring an assessment. */
export type AssessmentResult = {
  /** Sum of the chosen options' scores. */
  total: number
  /** Highest possible total. */
  maxTotal: number
  /** Per theme, in the assessment's theme order. */
  themes: ThemeScore[]
  /** The result band: from the total, lifted by red-flag answers. */
  band: AssessmentBand
  /** Red-flag answers given, in question order. */
  redFlags: { questionId: string; bandId: string }[]
  /** Ids of questions without an answer, in question order. */
  unanswered: string[]
}

/** Thrown when answers do not fit the assessment: an unknown question or a missing option. */
export class ScoringError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ScoringError'
  }
}

/**
 * Scores answers to an assessment. Unanswered questions count 0 and are listed in `unanswered`
 * (the form shows an error summary); answers to unknown questions or options throw a `ScoringError`.
 * The band is the last one whose `min` the total reaches, lifted to the highest red-flag band answered.
 */
export function scoreAssessment(assessment: Assessment, answers: AssessmentAnswers): AssessmentResult {
  const label = `Assessment "${assessment.slug}"`
  const questionIds = new Set(assessment.questions.map((q) => q.id))
  for (const id of Object.keys(answers)) {
    if (!questionIds.has(id)) throw new ScoringError(`${label}: answer to unknown question "${id}"`)
  }
  const themes = assessment.themes.map((t) => ({ theme: t, score: 0, max: 0 }))
  const redFlags: AssessmentResult['redFlags'] = []
  const unanswered: string[] = []
  let total = 0
  let maxTotal = 0
  for (const q of assessment.questions) {
    const theme = themes.find((t) => t.theme.id === q.theme)
    if (!theme) throw new ScoringError(`${label}: question "${q.id}" belongs to unknown theme "${q.theme}"`)
    const max = Math.max(0, ...q.options.map((o) => o.score))
    maxTotal += max
    theme.max += max
    // Own properties only: a question id like "constructor" must not find Object.prototype.
    const index = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined
    if (index === undefined) {
      unanswered.push(q.id)
      continue
    }
    const option = Number.isInteger(index) ? q.options[index] : undefined
    if (!option) {
      throw new ScoringError(`${label}: question "${q.id}" has no option ${index}; choose 0 to ${q.options.length - 1}`)
    }
    total += option.score
    theme.score += option.score
    if (option.redFlagBand !== undefined) redFlags.push({ questionId: q.id, bandId: option.redFlagBand })
  }
  let bandIndex = Math.max(
    0,
    assessment.bands.findLastIndex((b) => b.min <= total),
  )
  for (const flag of redFlags) {
    const at = assessment.bands.findIndex((b) => b.id === flag.bandId)
    if (at < 0) throw new ScoringError(`${label}: question "${flag.questionId}" raises unknown band "${flag.bandId}"`)
    bandIndex = Math.max(bandIndex, at)
  }
  const band = assessment.bands[bandIndex]
  if (!band) throw new ScoringError(`${label}: has no result bands; add at least one`)
  return {
    total,
    maxTotal,
    themes: themes.map(({ theme, score, max }) => ({ id: theme.id, title: theme.title, score, max, attention: score >= theme.threshold })),
    band,
    redFlags,
    unanswered,
  }
}
