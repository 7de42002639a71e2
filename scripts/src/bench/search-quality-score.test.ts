import { QUALITY_QUERIES } from '@hp/site/search/quality-set'
import { describe, expect, it } from 'vitest'
import { firstRightRank, isSentence, qualityScores } from './search-quality-score.ts'

const run = (results: string[], right = ['/a/']) => ({ query: 'q', right, results })

describe('qualityScores', () => {
  it('counts recall@1, recall@3 and the mean reciprocal rank', () => {
    const scores = qualityScores([run(['/a/', '/b/']), run(['/b/', '/c/', '/a/']), run(['/b/', '/c/', '/d/', '/a/']), run([])])
    expect(scores.queries).toBe(4)
    expect(scores.recallAt1).toBe(0.25)
    expect(scores.recallAt3).toBe(0.5)
    expect(scores.mrr).toBeCloseTo((1 + 1 / 3 + 1 / 4 + 0) / 4)
    expect(scores.misses.map((m) => m.results.length)).toEqual([4, 0])
  })

  it('counts any of the right pages, at its best rank', () => {
    expect(firstRightRank(run(['/x/', '/b/', '/a/'], ['/a/', '/b/']))).toBe(2)
    expect(firstRightRank(run(['/x/'], ['/a/']))).toBeUndefined()
  })

  it('refuses an empty set', () => {
    expect(() => qualityScores([])).toThrow(/empty/)
  })
})

describe('the quality set', () => {
  it('has at least 60 queries, at least half of them sentences, each once, each with a right page', () => {
    expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(60)
    expect(QUALITY_QUERIES.filter((q) => isSentence(q.query)).length).toBeGreaterThanOrEqual(QUALITY_QUERIES.length / 2)
    expect(new Set(QUALITY_QUERIES.map((q) => q.query)).size).toBe(QUALITY_QUERIES.length)
    for (const q of QUALITY_QUERIES) {
      expect(q.right.length).toBeGreaterThan(0)
      for (const path of q.right) expect(path).toMatch(/^\/[a-z0-9/-]+\/$/)
    }
  })
})
