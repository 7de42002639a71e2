import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { diffText, diffWords, fieldChanges, richTextBlocks } from './describe.ts'

const steps: Field = {
  name: 'steps',
  type: 'array',
  label: { nl: 'Stappen', en: 'Steps' },
  labels: { singular: { nl: 'Stap', en: 'Step' }, plural: { nl: 'Stappen', en: 'Steps' } },
  fields: [{ name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' } }],
}
const fields: Field[] = [
  { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' } },
  { name: 'urgent', type: 'checkbox', label: { nl: 'Dringend', en: 'Urgent' } },
  {
    name: 'theme',
    type: 'select',
    label: { nl: 'Thema', en: 'Theme' },
    options: [
      { value: 'praten', label: { nl: 'Praten', en: 'Talking' } },
      { value: 'zelfzorg', label: { nl: 'Zelfzorg', en: 'Self-care' } },
    ],
  },
  { name: 'secret', type: 'text', hidden: true },
  {
    name: 'blocks',
    type: 'blocks',
    blocks: [
      { slug: 'quote', labels: { singular: { nl: 'Citaat', en: 'Quote' }, plural: 'Citaten' }, fields: [{ name: 'text', type: 'text' }] },
    ],
  },
  steps,
]

const p = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })

describe('version changes in words', () => {
  it('names select options and checkboxes by their Dutch words, and skips hidden fields', () => {
    expect(
      fieldChanges(fields, { theme: 'praten', urgent: false, secret: 'a' }, { theme: 'zelfzorg', urgent: true, secret: 'b' }).map(
        (c) => c.text,
      ),
    ).toEqual(["Dringend gewijzigd: 'nee' → 'ja'", "Thema gewijzigd: 'Praten' → 'Zelfzorg'"])
  })

  it('follows rows by their id: a moved step is a new order, not a change of every step', () => {
    const a = {
      steps: [
        { id: 'x', title: 'Bel' },
        { id: 'y', title: 'Praat' },
      ],
    }
    const b = {
      steps: [
        { id: 'y', title: 'Praat' },
        { id: 'x', title: 'Bel' },
      ],
    }
    expect(fieldChanges(fields, a, b).map((c) => c.text)).toEqual(['Volgorde van de stappen gewijzigd'])
    const c = { steps: [{ id: 'y', title: 'Praat erover' }] }
    expect(fieldChanges(fields, a, c).map((ch) => ch.text)).toEqual([
      "Stap 1: Titel gewijzigd: 'Praat' → 'Praat erover'",
      "Stap 1 verwijderd: 'Bel'",
    ])
  })

  it('names a block by its type', () => {
    expect(fieldChanges(fields, { blocks: [] }, { blocks: [{ id: 'q', blockType: 'quote', text: 'Zeg het' }] }).map((c) => c.text)).toEqual(
      ["Citaat 1 toegevoegd: 'Zeg het'"],
    )
  })

  it('reads rich text as paragraphs, each list item apart, and diffs words', () => {
    const doc = {
      root: { children: [p('Eerste.'), { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'Punt' }] }] }] },
    }
    expect(richTextBlocks(doc)).toEqual(['Eerste.', 'Punt'])
    expect(diffText(diffWords('Bel de politie.', 'Bel altijd de politie.'))).toBe('Bel {+altijd +}de politie.')
  })
})
