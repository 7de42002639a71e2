import { describe, expect, it } from 'vitest'
import { ChecklistSchema } from './checklist.ts'
import { ContractError, docLabel, formatIssues, formatPath, parseDocument } from './errors.ts'
import { md } from './markdown.ts'
import { safeParseContract } from './messages.ts'

const checklist = () => ({
  slug: 'fraude',
  offence: 'fraude',
  title: 'Check wat u kunt doen bij fraude',
  summary: 'Wat u kunt doen als iemand is opgelicht.',
  intro: md`Zo kunt u helpen.`,
  sections: [0, 1, 2].map((s) => ({ title: `Deel ${s + 1}`, items: [{ id: `stap-${s}`, title: 'Doe dit', body: [] }] })),
})

describe('formatPath', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(formatPath(['sections', 2, 'items', 0, 'title'])).toBe('sections[2].items[0].title')
    expect(formatPath([0, 'children'])).toBe('[0].children')
    expect(formatPath([])).toBe('')
  })
})

describe('formatIssues', () => {
  it('gives one line per issue, naming document and field, with "Vul dit veld in." for a missing field', () => {
    const data = checklist()
    Reflect.deleteProperty(data.sections[2]?.items[0] ?? {}, 'title')
    const result = safeParseContract(ChecklistSchema, data)
    expect(result.success).toBe(false)
    expect(formatIssues('Checklist "fraude"', result.error?.issues ?? [])).toEqual([
      'Checklist "fraude": sections[2].items[0].title: Vul dit veld in.',
    ])
  })

  it('keeps the schema message for other problems, and prefixes a base path', () => {
    const result = safeParseContract(ChecklistSchema, { ...checklist(), slug: 'Fraude!' })
    expect(formatIssues('Checklist "Fraude!"', result.error?.issues ?? [], ['checklists', 0])).toEqual([
      'Checklist "Fraude!": checklists[0].slug: Gebruik alleen kleine letters, cijfers en streepjes, zoals "woninginbraak".',
    ])
  })

  it('says "(document)" for an issue about the whole document', () => {
    const result = safeParseContract(ChecklistSchema, 'geen object')
    expect(formatIssues('Checklist', result.error?.issues ?? [])).toEqual(['Checklist: (document): Dit onderdeel is niet goed ingevuld.'])
  })
})

describe('parseDocument', () => {
  it('returns the parsed document with defaults filled in', () => {
    expect(parseDocument(ChecklistSchema, checklist(), 'Checklist "fraude"').relatedTips).toEqual([])
  })

  it('throws a ContractError listing every problem', () => {
    const data = { ...checklist(), title: '', sections: [] }
    let error: unknown
    try {
      parseDocument(ChecklistSchema, data, 'Checklist "fraude"')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ContractError)
    expect((error as ContractError).problems).toEqual([
      'Checklist "fraude": title: Vul dit veld in.',
      'Checklist "fraude": sections: Voeg minstens één onderdeel toe.',
    ])
    expect((error as ContractError).message).toBe(
      'Er zijn 2 problemen met de inhoud:\n  - Checklist "fraude": title: Vul dit veld in.\n  - Checklist "fraude": sections: Voeg minstens één onderdeel toe.',
    )
  })
})

describe('docLabel', () => {
  it('names a document by slug, or by position without one', () => {
    expect(docLabel('Checklist', { slug: 'fraude' })).toBe('Checklist "fraude"')
    expect(docLabel('Checklist', { slug: '' }, 2)).toBe('Checklist #3')
    expect(docLabel('Checklist', null)).toBe('Checklist')
  })
})
