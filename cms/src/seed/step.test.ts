import { CONTENT_TYPE_SLUGS } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { CMS_CONTENT_TYPES } from '../content-types.ts'
import { type AnySeedStep, seedOrder } from './step.ts'

const after = (...a: string[]) => ({ after: a as AnySeedStep['after'] })

describe('seed steps', () => {
  it('every content type has one, reached through the CMS registry, and an order fits them all', async () => {
    const steps = new Map<string, AnySeedStep>()
    for (const [slug, t] of Object.entries(CMS_CONTENT_TYPES)) steps.set(slug, (await t.seed()).seed)
    expect([...steps.keys()].sort()).toEqual([...CONTENT_TYPE_SLUGS].sort())
    const order = seedOrder(steps)
    for (const [slug, step] of steps) {
      expect(step.published.length, `${slug}: published seed documents`).toBeGreaterThan(0)
      for (const a of step.after) if (a !== slug) expect(order.indexOf(a), `${slug} after ${a}`).toBeLessThan(order.indexOf(slug))
    }
  })

  it('puts a type after the types it links to, keeps the given order otherwise, and refuses steps that wait on each other', () => {
    expect(
      seedOrder(
        new Map([
          ['tips', after('offences', 'tips')],
          ['videos', after()],
          ['offences', after()],
        ]),
      ),
    ).toEqual(['videos', 'offences', 'tips'])
    expect(() =>
      seedOrder(
        new Map([
          ['tips', after('videos')],
          ['videos', after('tips')],
        ]),
      ),
    ).toThrow(/no order fits/)
    expect(() => seedOrder(new Map([['tips', after('offences')]]))).toThrow(/tips after offences/)
  })
})
