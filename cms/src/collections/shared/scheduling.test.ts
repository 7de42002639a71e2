import { afterEach, describe, expect, it, vi } from 'vitest'
import { schedulingRuns } from '../../env.ts'
import { titleField } from '../../fields/common.ts'
import { contentCollection } from './contentCollection.ts'

// The admin offers "Publicatie plannen" (and the "Gepland" column) only when something carries a plan out.

const tips = () =>
  contentCollection({
    slug: 'tips',
    labels: { singular: 'Tip', plural: 'Tips' },
    useAsTitle: 'title',
    group: { nl: 'Inhoud', en: 'Content' },
    fields: [titleField()],
  })
const offered = () => {
  const config = tips()
  const drafts = config.versions && typeof config.versions === 'object' ? config.versions.drafts : undefined
  return {
    schedule: Boolean(drafts && typeof drafts === 'object' && drafts.schedulePublish),
    column: (config.admin?.defaultColumns ?? []).includes('scheduled'),
    field: config.fields.some((f) => 'name' in f && f.name === 'scheduled'),
  }
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('scheduling is offered only when it will run', () => {
  it('the CMS runs the queue (the default): planning, the column and its cell are there', () => {
    vi.stubEnv('NEWSLETTER_AUTORUN', undefined as unknown as string)
    expect(schedulingRuns()).toBe(true)
    expect(offered()).toEqual({ schedule: true, column: true, field: true })
  })

  it('the queue runs neither in the CMS nor outside it: no "Publicatie plannen", no column', () => {
    vi.stubEnv('NEWSLETTER_AUTORUN', 'false')
    vi.stubEnv('JOBS_RUN_EXTERNALLY', 'false')
    expect(offered()).toEqual({ schedule: false, column: false, field: false })
  })

  it('a timer outside the CMS runs the queue: planning is offered again', () => {
    vi.stubEnv('NEWSLETTER_AUTORUN', 'false')
    vi.stubEnv('JOBS_RUN_EXTERNALLY', 'true')
    expect(offered()).toEqual({ schedule: true, column: true, field: true })
  })
})
