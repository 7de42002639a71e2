import type { QualityQuery } from '@hp/site/search/quality-set'

/** One query of the quality set and the result paths the search page showed, best first. */
export interface QualityRun extends QualityQuery {
  results: string[]
}

/** The 1-based rank of the first right page in the results, or undefined when none is shown. */
export function firstRightRank(run: QualityRun): number | undefined {
  const index = run.results.findIndex((path) => run.right.includes(path))
  return index < 0 ? undefined : index + 1
}

export interface QualityScores {
  queries: number
  /** Share of queries with a right page in the top k. */
  recallAt3: number
  recallAt1: number
  /** Mean reciprocal rank of the first right page (0 for none). */
  mrr: number
  /** Queries without a right page in the top 3. */
  misses: QualityRun[]
}

/** Recall@1, recall@3 and MRR over the runs. */
export function qualityScores(runs: readonly QualityRun[]): QualityScores {
  if (runs.length === 0) throw new Error('No queries were run: the quality set is empty.')
  const ranks = runs.map(firstRightRank)
  const share = (k: number) => ranks.filter((r) => r !== undefined && r <= k).length / runs.length
  return {
    queries: runs.length,
    recallAt1: share(1),
    recallAt3: share(3),
    mrr: ranks.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0) / runs.length,
    misses: runs.filter((_, i) => (ranks[i] ?? 4) > 3),
  }
}

/** Whether a query is a sentence (four words or more) rather than a keyword or short phrase. */
export const isSentence = (query: string): boolean => query.trim().split(/\s+/u).length >= 4
