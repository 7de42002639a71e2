import { describe, expect, it } from 'vitest'
import { type Hit, isStopWord, planQuery, preloadTerms, queryWords, RELATION_WEIGHT, rankPages, STOP_WORDS, synonymMap } from './query.ts'

const synonyms = synonymMap([
  { word: 'beroofd', alternatives: ['beroving', 'overval'] },
  { word: 'Aangereden', alternatives: ['aanrijding', ' verkeersongeval ', 'aangereden'] },
  { word: 'aangereden', alternatives: ['ongeluk'] },
])
const words = (query: string) => planQuery(query, synonyms).words.map((w) => w.word)

describe('stop words', () => {
  it.each(['mijn', 'is', 'hoe', 'ik', 'een', 'na', 'de', 'het', 'wat', 'moet', 'als', 'wordt', 'doen', 'iemand', 'u', 'uw'])(
    '"%s" is a stop word',
    (word) => {
      expect(isStopWord(word)).toBe(true)
    },
  )

  it.each(['beroofd', 'overval', 'zus', 'vader', 'hulp', 'help', 'kind', 'aangifte', 'ex', 'zeggen', 'starten', 'steungroep'])(
    '"%s" is not a stop word',
    (word) => {
      expect(isStopWord(word)).toBe(false)
    },
  )

  it('are compared without capitals', () => {
    expect(isStopWord('Mijn')).toBe(true)
  })

  it('is a list of lowercase single words', () => {
    for (const word of STOP_WORDS) expect(word).toMatch(/^[a-z]+$/)
  })
})

describe('planQuery', () => {
  it('leaves out stop words and keeps what happened and to whom', () => {
    expect(words('mijn zus is beroofd')).toEqual(['zus', 'beroofd'])
    expect(words('hoe help ik iemand na een overval')).toEqual(['help', 'overval'])
    expect(words('wat moet ik doen als mijn collega wordt gestalkt')).toEqual(['collega', 'gestalkt'])
    expect(planQuery('mijn zus is beroofd').left).toEqual(['mijn', 'is'])
  })

  it('keeps every word of a query that has only stop words', () => {
    expect(words('wat moet ik doen')).toEqual(['wat', 'moet', 'ik', 'doen'])
  })

  it("adds the editors' synonyms to a word, the word itself first", () => {
    const plan = planQuery('Mijn vader is AANGEREDEN', synonyms)
    expect(plan.words).toEqual([
      { word: 'vader', alternatives: ['vader'], weight: RELATION_WEIGHT },
      { word: 'aangereden', alternatives: ['aangereden', 'aanrijding', 'verkeersongeval', 'ongeluk'], weight: 1 },
    ])
  })

  it('gives words for the person it happened to a lower weight', () => {
    expect(planQuery('mijn zus is beroofd').words.map((w) => w.weight)).toEqual([RELATION_WEIGHT, 1])
    expect(planQuery('kind geslagen').words.map((w) => w.weight)).toEqual([1, 1])
  })

  it('sends a quoted phrase as it is', () => {
    expect(planQuery('"diefstal thuis"')).toEqual({ words: [], left: [], phrase: '"diefstal thuis"' })
  })

  it('splits on spaces and punctuation, keeps hyphenated words, and lists each word once', () => {
    expect(queryWords('Auto-ongeluk, wat nu? auto-ongeluk!')).toEqual(['auto-ongeluk', 'wat', 'nu'])
    expect(planQuery('   ').words).toEqual([])
  })
})

describe('preloadTerms (while typing)', () => {
  it('fetches a word being typed only from four letters, a finished word at any length', () => {
    expect(preloadTerms('i')).toEqual([])
    expect(preloadTerms('inb')).toEqual([])
    expect(preloadTerms('inbr')).toEqual(['inbr'])
    expect(preloadTerms('zus')).toEqual([])
    expect(preloadTerms('zus ')).toEqual(['zus'])
    expect(preloadTerms('zus be')).toEqual(['zus'])
  })

  it('leaves out stop words, also in a query of only stop words', () => {
    expect(preloadTerms('mijn zus is ')).toEqual(['zus'])
    expect(preloadTerms('wat moet ik doen ')).toEqual([])
    expect(preloadTerms('hoe help ik iemand na een overval')).toEqual(['help', 'overval'])
  })

  it("adds the editors' synonyms of a whole word", () => {
    expect(preloadTerms('mijn vader is aangereden', synonyms)).toEqual(['vader', 'aangereden', 'aanrijding', 'verkeersongeval', 'ongeluk'])
  })

  it('waits for Enter with a quoted phrase', () => {
    expect(preloadTerms('"diefstal th')).toEqual([])
    expect(preloadTerms('"diefstal thuis"')).toEqual([])
  })
})

describe('synonymMap', () => {
  it('joins rows for the same word, drops the word itself and empty entries', () => {
    expect(synonyms.get('aangereden')).toEqual(['aanrijding', 'verkeersongeval', 'ongeluk'])
    expect(synonymMap([{ word: ' ', alternatives: ['x'] }]).size).toBe(0)
  })
})

const hit = (id: string, score: number): Hit<string> => ({ id, score, ref: `${id}@${score}` })

describe('rankPages', () => {
  it('puts pages that match every word first', () => {
    const { pages, partial } = rankPages([[[hit('a', 5), hit('b', 9)]], [[hit('a', 5)]]])
    expect(pages.map((p) => p.id)).toEqual(['a', 'b'])
    expect(pages[0]?.matched).toEqual([0, 1])
    expect(partial).toBe(false)
  })

  it('falls back to pages that match fewer words, ranked by how well; never empty while a word matches', () => {
    const { pages, partial } = rankPages([[[hit('video', 3)]], [[hit('checklist', 30), hit('landing', 5)]], [[]]])
    expect(pages.map((p) => p.id)).toEqual(['checklist', 'landing', 'video'])
    expect(partial).toBe(true)
    expect(rankPages([[[]], [[hit('x', 1)]]]).pages.map((p) => p.id)).toEqual(['x'])
    expect(rankPages([[[]]]).pages).toEqual([])
  })

  it("counts a synonym's match as the word's, with the best of the scores, and keeps that hit's ref", () => {
    const { pages } = rankPages([[[hit('overview', 4)], [hit('checklist', 40), hit('overview', 6)]]])
    expect(pages.map((p) => [p.id, p.ref])).toEqual([
      ['checklist', 'checklist@40'],
      ['overview', 'overview@6'],
    ])
  })

  it('lets a relation word weigh less than what happened', () => {
    // "mijn zus is beroofd": a story naming "zus" strongly, the checklist matching "beroofd".
    const hits = [[[hit('story', 30)]], [[hit('checklist', 25)]]]
    expect(rankPages(hits).pages[0]?.id).toBe('story')
    expect(rankPages(hits, [RELATION_WEIGHT, 1]).pages[0]?.id).toBe('checklist')
  })
})
