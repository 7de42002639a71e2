import { ScoringError, scoreAssessment } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { assessmentFromForm, bandRanges, maxTotal, rangeText } from './scanForm.ts'

const form = {
  slug: 'zelfscan',
  themes: [{ key: 'slaap', title: 'Slaap', threshold: 3 }],
  questions: [
    {
      key: 'q1',
      theme: 'slaap',
      text: 'Slaapt u slecht?',
      options: [
        { label: 'Nee', score: 0 },
        { label: 'Ja', score: 3, redFlagBand: 'hoog' },
      ],
    },
    {
      key: 'q2',
      theme: 'slaap',
      text: 'Piekert u?',
      options: [
        { label: 'Nee', score: 0 },
        { label: 'Vaak', score: 4 },
      ],
    },
  ],
  bands: [
    { key: 'laag', min: 0, title: 'Weinig zorgen' },
    { key: 'midden', min: 3, title: 'Let op' },
    { key: 'hoog', min: 6, title: 'Zoek hulp' },
    { key: 'extra', min: 9, title: 'Onbereikbaar' },
  ],
}

describe('the scan editor aid', () => {
  it('gives each band its score range, up to the highest possible total', () => {
    const a = assessmentFromForm(form)
    expect(maxTotal(a)).toBe(7)
    expect(bandRanges(a).map(rangeText)).toEqual([
      '0 t/m 2',
      '3 t/m 5',
      '6 t/m 7',
      'vanaf 9: hoger dan de hoogste score, alleen via een rode vlag',
    ])
  })

  it('says when a band gets no score because the next one starts at the same minimum', () => {
    const a = assessmentFromForm({ ...form, bands: [form.bands[0], { ...form.bands[1], min: 3 }, { ...form.bands[2], min: 3 }] })
    expect(rangeText(bandRanges(a)[1] as never)).toBe('geen score: de volgende uitslag begint al bij 3 of lager')
  })

  it('scores the form as the site does, a red flag included', () => {
    const a = assessmentFromForm({ ...form, title: 'Zelfscan' })
    const result = scoreAssessment(a, { q1: 1 })
    expect(result.total).toBe(3)
    expect(result.band.title).toBe('Zoek hulp')
    expect(result.scoreBand.title).toBe('Let op')
    expect(result.themes[0]?.attention).toBe(true)
  })

  it('names what is missing in a half-filled draft instead of a score (the aid shows this message)', () => {
    const a = assessmentFromForm({ ...form, questions: [...form.questions, { key: 'q3', options: [{}] }] })
    expect(a.questions[2]).toEqual({ id: 'q3', theme: '', text: '', options: [{ label: '', score: 0 }] })
    expect(() => scoreAssessment(a, {})).toThrow(ScoringError)
    expect(() => scoreAssessment(a, {})).toThrow('thema "" van vraag "q3" bestaat niet')
  })
})
