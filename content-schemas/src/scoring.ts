import type { Assessment } from './assessment.ts'

/** A result band of an assessment. */
export type AssessmentBand = Assessment['bands'][number]

/** The least a band needs for scoring: its id and where it starts. */
export type ScorableBand = { id: string; min: number }

/**
 * The parts of an assessment that scoring reads. `Assessment` fits; so does a lighter copy
 * (an island's props, whose rich text is already turned into links), keeping its own band type.
 */
export interface ScorableAssessment<B extends ScorableBand = AssessmentBand> {
  slug: string
  themes: readonly { id: string; title: string; threshold: number }[]
  questions: readonly { id: string; theme: string; options: readonly { score: number; redFlagBand?: string | undefined }[] }[]
  bands: readonly B[]
}

/** Answers by question id: the 0-based index of the chosen option; missing or `undefined` means unanswered. */
export type AssessmentAnswers = Readonly<Record<string, number | undefined>>

/** The score of one theme and whether its attention point is shown. */
export type ThemeScore = { id: string; title: string; score: number; max: number; attention: boolean }

/** A red-flag answer that was given. */
export type RedFlag = {
  /** The question answered. */
  questionId: string
  /** The chosen option (0-based). */
  option: number
  /** The band this answer lifts the result to, at least. */
  bandId: string
  /** True when this answer puts the result in a higher band than the total alone (say why on the result). */
  lifts: boolean
}

/** The outcome of scoring an assessment. */
export type AssessmentResult<B extends ScorableBand = AssessmentBand> = {
  /** Sum of the chosen options' scores. */
  total: number
  /** Highest possible total. */
  maxTotal: number
  /** Per theme, in the assessment's theme order. */
  themes: ThemeScore[]
  /** The result band: from the total, lifted by red-flag answers. */
  band: B
  /** The band the total alone reaches; differs from `band` when a red flag lifted the result. */
  scoreBand: B
  /** Red-flag answers given, in question order. */
  redFlags: RedFlag[]
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
export function scoreAssessment<B extends ScorableBand>(
  assessment: ScorableAssessment<B>,
  answers: AssessmentAnswers,
): AssessmentResult<B> {
  const label = `Scan of test "${assessment.slug}"`
  const questionIds = new Set(assessment.questions.map((q) => q.id))
  for (const id of Object.keys(answers)) {
    if (!questionIds.has(id)) throw new ScoringError(`${label}: er is geen vraag "${id}".`)
  }
  const themes = assessment.themes.map((t) => ({ theme: t, score: 0, max: 0 }))
  const flags: Omit<RedFlag, 'lifts'>[] = []
  const unanswered: string[] = []
  let total = 0
  let maxTotal = 0
  for (const q of assessment.questions) {
    const theme = themes.find((t) => t.theme.id === q.theme)
    if (!theme) throw new ScoringError(`${label}: thema "${q.theme}" van vraag "${q.id}" bestaat niet.`)
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
      throw new ScoringError(`${label}: vraag "${q.id}" heeft geen antwoord ${index}. Kies 0 t/m ${q.options.length - 1}.`)
    }
    total += option.score
    theme.score += option.score
    if (option.redFlagBand !== undefined) flags.push({ questionId: q.id, option: index, bandId: option.redFlagBand })
  }
  const scoreIndex = Math.max(
    0,
    assessment.bands.findLastIndex((b) => b.min <= total),
  )
  let bandIndex = scoreIndex
  const redFlags = flags.map((flag): RedFlag => {
    const at = assessment.bands.findIndex((b) => b.id === flag.bandId)
    if (at < 0) throw new ScoringError(`${label}: uitslag "${flag.bandId}" van vraag "${flag.questionId}" bestaat niet.`)
    bandIndex = Math.max(bandIndex, at)
    return { ...flag, lifts: at > scoreIndex }
  })
  const band = assessment.bands[bandIndex]
  const scoreBand = assessment.bands[scoreIndex]
  if (!band || !scoreBand) throw new ScoringError(`${label}: voeg minstens één uitslag toe.`)
  return {
    total,
    maxTotal,
    themes: themes.map(({ theme, score, max }) => ({ id: theme.id, title: theme.title, score, max, attention: score >= theme.threshold })),
    band,
    scoreBand,
    redFlags,
    unanswered,
  }
}

/** One theme with its questions, numbered in display order, for a form that groups questions per theme. */
export type ThemeGroup<A extends ScorableAssessment<ScorableBand>> = {
  theme: A['themes'][number]
  questions: (A['questions'][number] & { number: number })[]
}

/**
 * The questions grouped per theme: themes in their order, questions in theme then question order,
 * numbered 1, 2, 3 … in that display order; themes without questions are left out.
 */
export function questionsByTheme<A extends ScorableAssessment<ScorableBand>>(assessment: A): ThemeGroup<A>[] {
  let number = 0
  return assessment.themes
    .map((theme) => ({
      theme,
      questions: assessment.questions.filter((q) => q.theme === theme.id).map((q) => ({ ...q, number: ++number })),
    }))
    .filter((group) => group.questions.length > 0)
}
