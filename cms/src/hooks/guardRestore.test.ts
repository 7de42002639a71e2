import { describe, expect, it } from 'vitest'
import { mergeSlugHistory } from './guardRestore.ts'

describe('mergeSlugHistory: the old slugs after a restore', () => {
  it('keeps the live history and adds the live slug when the restore changes it', () => {
    const live = { slug: 'c', previousSlugs: ['a', 'b'], _status: 'published' }
    // Back to the version that was live under "a", when nothing had been renamed yet.
    expect(mergeSlugHistory(live, live, { slug: 'a', previousSlugs: [] })).toEqual(['b', 'c'])
    expect(mergeSlugHistory(live, live, { slug: 'b', previousSlugs: ['a'] })).toEqual(['a', 'c'])
  })

  it('adds nothing when the slug stays, and never lists the slug in use', () => {
    const live = { slug: 'c', previousSlugs: ['a'], _status: 'published' }
    expect(mergeSlugHistory(live, live, { slug: 'c', previousSlugs: [] })).toEqual(['a'])
    expect(mergeSlugHistory(live, live, { slug: 'a', previousSlugs: ['c'] })).toEqual(['c'])
  })

  it('does not add the slug of a document that was never live (no URL to keep)', () => {
    const draftOnly = { slug: 'concept', previousSlugs: [], _status: 'draft' }
    expect(mergeSlugHistory(draftOnly, draftOnly, { slug: 'definitief' })).toEqual([])
  })

  it("takes the newest version's and the restored version's old slugs too, each once", () => {
    expect(
      mergeSlugHistory(
        { slug: 'd', previousSlugs: ['a'], _status: 'published' },
        { previousSlugs: ['a', 'b'] },
        { slug: 'x', previousSlugs: ['b', 'c', ''] },
      ),
    ).toEqual(['a', 'b', 'c', 'd'])
    expect(mergeSlugHistory(null, undefined, { slug: 'x', previousSlugs: 'not a list' })).toEqual([])
  })
})
