import { describe, expect, it } from 'vitest'
import { zelfscanHelper as scan } from './assessment.examples.ts'
import { AssessmentSchema } from './assessment.ts'
import { questionsByTheme, ScoringError, scoreAssessment } from './scoring.ts'

const all = (index: number) => Object.fromEntries(scan.questions.map((q) => [q.id, index]))

describe('scoreAssessment', () => {
  it('the example assessment matches the contract', () => {
    expect(AssessmentSchema.parse(scan)).toEqual(scan)
  })

  it('sums the chosen options and the maximum', () => {
    const result = scoreAssessment(scan, { 'altijd-bereikbaar': 2, 'eigen-afspraken': 1, schuldig: 0, slaap: 1, op: 0 })
    expect([result.total, result.maxTotal]).toEqual([4, 10])
  })

  it('scores each theme and shows its attention point from the threshold on', () => {
    const result = scoreAssessment(scan, { 'altijd-bereikbaar': 2, 'eigen-afspraken': 2, schuldig: 0, slaap: 1, op: 1 })
    expect(result.themes).toEqual([
      { id: 'grenzen', title: 'Uw grenzen', score: 4, max: 6, attention: true },
      { id: 'stress', title: 'Stress', score: 2, max: 4, attention: false },
    ])
  })

  it('shows no attention point just under the threshold', () => {
    const result = scoreAssessment(scan, { 'altijd-bereikbaar': 2, 'eigen-afspraken': 1, schuldig: 0, slaap: 0, op: 0 })
    expect(result.themes.map((t) => [t.score, t.attention])).toEqual([
      [3, false],
      [0, false],
    ])
  })

  it.each([
    [0, 'laag'],
    [3, 'laag'],
    [4, 'midden'],
    [6, 'midden'],
    [7, 'hoog'],
    [8, 'hoog'],
  ])('puts total %i in band %s (a band starts exactly at its min)', (total, band) => {
    // Option index equals its score here; fill questions up to 2 points each, leaving "op" (the red flag) at 0.
    let left = total
    const answers = Object.fromEntries(
      ['altijd-bereikbaar', 'eigen-afspraken', 'schuldig', 'slaap'].map((id) => {
        const points = Math.min(2, left)
        left -= points
        return [id, points]
      }),
    )
    const result = scoreAssessment(scan, { ...answers, op: 0 })
    expect([result.total, result.band.id]).toEqual([total, band])
  })

  it('lifts the band to the red flag band for a red-flag answer', () => {
    const result = scoreAssessment(scan, { ...all(0), op: 2 })
    expect([result.total, result.band.id]).toEqual([2, 'hoog'])
    expect(result.redFlags).toEqual([{ questionId: 'op', option: 2, bandId: 'hoog', lifts: true }])
  })

  it('keeps the band the total alone reaches, so the result can say why it was lifted', () => {
    const lifted = scoreAssessment(scan, { ...all(0), op: 2 })
    expect([lifted.scoreBand.id, lifted.band.id]).toEqual(['laag', 'hoog'])
    const unlifted = scoreAssessment(scan, all(1))
    expect([unlifted.scoreBand.id, unlifted.band.id]).toEqual(['midden', 'midden'])
  })

  it('marks a red flag that the total already reaches as not lifting the result', () => {
    // 2 + 2 + 2 + 2 + 2 = 10: band "hoog" by the total; the red flag on "op" changes nothing.
    const result = scoreAssessment(scan, all(2))
    expect([result.scoreBand.id, result.band.id]).toEqual(['hoog', 'hoog'])
    expect(result.redFlags).toEqual([{ questionId: 'op', option: 2, bandId: 'hoog', lifts: false }])
  })

  it('never lowers the band for a red flag below the total band', () => {
    const lowFlag = {
      ...scan,
      questions: scan.questions.map((q) => ({
        ...q,
        options: q.options.map((o) => ({ ...o, redFlagBand: o.score === 2 ? 'midden' : undefined })),
      })),
    }
    const result = scoreAssessment(lowFlag, all(2))
    expect([result.total, result.band.id]).toEqual([10, 'hoog'])
    expect(result.redFlags.map((f) => [f.bandId, f.lifts])).toEqual(Array(5).fill(['midden', false]))
  })

  it('lists unanswered questions in order and still scores the rest', () => {
    const result = scoreAssessment(scan, { 'eigen-afspraken': 2, slaap: undefined, op: 1 })
    expect(result.unanswered).toEqual(['altijd-bereikbaar', 'schuldig', 'slaap'])
    expect([result.total, result.band.id]).toEqual([3, 'laag'])
  })

  it('gives band "laag" and every question unanswered for an empty form', () => {
    const result = scoreAssessment(scan, {})
    expect([result.total, result.band.id, result.unanswered.length]).toEqual([0, 'laag', 5])
  })

  it('throws a ScoringError for an option that does not exist', () => {
    expect(() => scoreAssessment(scan, { slaap: 3 })).toThrow(ScoringError)
    expect(() => scoreAssessment(scan, { slaap: 3 })).toThrow(
      'Scan of test "zelfscan-hoe-gaat-het-met-u": vraag "slaap" heeft geen antwoord 3. Kies 0 t/m 2.',
    )
    expect(() => scoreAssessment(scan, { slaap: -1 })).toThrow('heeft geen antwoord -1')
    expect(() => scoreAssessment(scan, { slaap: 1.5 })).toThrow('heeft geen antwoord 1.5')
  })

  it('throws a ScoringError for an unknown question id', () => {
    expect(() => scoreAssessment(scan, { constructor: 0 })).toThrow(
      new ScoringError('Scan of test "zelfscan-hoe-gaat-het-met-u": er is geen vraag "constructor".'),
    )
  })
})

describe('scoreAssessment on a lighter copy of an assessment', () => {
  it("returns the caller's own band objects", () => {
    const light = {
      slug: 'licht',
      themes: [{ id: 't', title: 'T', threshold: 1 }],
      questions: [{ id: 'v', theme: 't', options: [{ score: 0 }, { score: 1, redFlagBand: 'b' }] }],
      bands: [
        { id: 'a', min: 0, heading: 'A' },
        { id: 'b', min: 5, heading: 'B' },
      ],
    }
    const result = scoreAssessment(light, { v: 1 })
    expect([result.band.heading, result.scoreBand.heading, result.themes[0]?.attention]).toEqual(['B', 'A', true])
  })
})

describe('questionsByTheme', () => {
  it('groups questions per theme in theme order and numbers them in that order', () => {
    const groups = questionsByTheme(scan)
    expect(groups.map((g) => [g.theme.id, g.questions.map((q) => `${q.number}:${q.id}`)])).toEqual([
      ['grenzen', ['1:altijd-bereikbaar', '2:eigen-afspraken', '3:schuldig']],
      ['stress', ['4:slaap', '5:op']],
    ])
  })

  it('numbers in display order when questions are stored out of theme order, and drops empty themes', () => {
    const mixed = {
      ...scan,
      themes: [...scan.themes, { id: 'leeg', title: 'Leeg', threshold: 1, attentionPoint: [] }],
      questions: [scan.questions[3], scan.questions[0], scan.questions[4], scan.questions[1]].filter((q) => q !== undefined),
    }
    expect(questionsByTheme(mixed).map((g) => [g.theme.id, g.questions.map((q) => `${q.number}:${q.id}`)])).toEqual([
      ['grenzen', ['1:altijd-bereikbaar', '2:eigen-afspraken']],
      ['stress', ['3:slaap', '4:op']],
    ])
  })
})
