import type { ContentTypeSlug, DocRef } from '@hp/content-schemas'
import type { SeedMapper } from './toPayload.ts'

/**
 * How one content type is seeded: its demo documents and how they become Payload data. Each seed
 * data file (`seed/data/<slug>.ts`) exports one as `seed`; the CMS registry (content-types.ts)
 * loads it, and the seed (seed/index.ts) runs every type's step in an order that respects `after`.
 */
export interface SeedStep<T = unknown> {
  /**
   * The content types these documents link to (in fields or rich text): they are seeded first,
   * because a link needs the target's id. A link within the type itself needs the target earlier
   * in `published`.
   */
  after: readonly ContentTypeSlug[]
  published: readonly T[]
  /** Seeded as drafts, after the published ones; never in the bundle. */
  drafts: readonly T[]
  /** A contract-shaped seed document as Payload data; `map` turns rich text, links and media into ids. */
  toData(doc: T, map: SeedMapper): object
  /**
   * The drafts' links to other drafts, which have no published id (a draft checklist and its
   * draft offence): the seed links these to the target's draft.
   */
  draftLinks?(doc: T): DocRef[]
}

/** Keeps the document type of a step (checked against `toData`), for the registry's list of steps. */
export const seedStep = <T>(step: SeedStep<T>): SeedStep<T> => step

/** A step of any document type, as the seed runs it (`toData` is a method: a step of tips is one). */
export type AnySeedStep = SeedStep<unknown>

/**
 * The order to seed in: each type after the types in its `after`, otherwise in the order given.
 * Throws when the steps wait on each other (or on a type without a step), which no order can seed.
 */
export function seedOrder<S extends string>(steps: ReadonlyMap<S, Pick<AnySeedStep, 'after'>>): S[] {
  const order: S[] = []
  const waiting = [...steps.keys()]
  while (waiting.length > 0) {
    const next = waiting.findIndex((slug) => steps.get(slug)?.after.every((a) => a === slug || order.includes(a as S)))
    if (next < 0) throw new Error(`Seed: no order fits: ${waiting.map((s) => `${s} after ${steps.get(s)?.after.join(', ')}`).join('; ')}.`)
    order.push(...waiting.splice(next, 1))
  }
  return order
}
