import type { Checklist } from '@hp/content-schemas'

type ChecklistItem = Checklist['sections'][number]['items'][number]

/** Item ids of a small checklist (the first items of the demo "fraude" checklist), in order. */
export const exampleItemIds: readonly ChecklistItem['id'][] = [
  'bel-de-bank',
  'stop-het-contact',
  'wachtwoorden-veranderen',
  'bewijs-bewaren',
]

/** A stored value and the ticks it reads as, for `exampleItemIds`. */
export interface StoredExample {
  name: string
  raw: string | null
  ticks: string[]
}

/** What may be found under a checklist's key: the page must survive every one of these. */
export const storedExamples: readonly StoredExample[] = [
  { name: 'nothing stored', raw: null, ticks: [] },
  { name: 'an empty string', raw: '', ticks: [] },
  { name: 'broken JSON', raw: '["bel-de-bank"', ticks: [] },
  { name: 'JSON null', raw: 'null', ticks: [] },
  { name: 'an object', raw: '{"bel-de-bank":true}', ticks: [] },
  { name: 'a string', raw: '"bel-de-bank"', ticks: [] },
  { name: 'two ticks', raw: '["bel-de-bank","bewijs-bewaren"]', ticks: ['bel-de-bank', 'bewijs-bewaren'] },
  { name: 'ticks out of order, twice', raw: '["bewijs-bewaren","bel-de-bank","bewijs-bewaren"]', ticks: ['bel-de-bank', 'bewijs-bewaren'] },
  {
    name: 'non-strings and a removed item',
    raw: '[1,null,{"id":"bel-de-bank"},"oud-item","stop-het-contact"]',
    ticks: ['stop-het-contact'],
  },
]

/** The browser tests: the checklist they tick, one that must stay untouched, and the island's states for axe. */
export const browserExample = {
  checklist: 'fraude',
  other: 'geweld',
  /** Positions (0-based) of the checkboxes ticked by keyboard. */
  tick: [0, 2],
  states: ['unticked', 'ticked', 'cleared'],
  /** Stored values a visitor's browser may hold; the page shows them as unticked, without errors. */
  corrupt: storedExamples.filter((e) => e.raw !== null && e.ticks.length === 0).map((e) => e.raw as string),
} as const
