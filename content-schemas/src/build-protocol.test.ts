import { describe, expect, it } from 'vitest'
import { BuildHookRequestSchema, BuildReportSchema, describeBuildRequest } from './build-protocol.ts'

describe('build protocol (CMS ⇄ site builder)', () => {
  it('describes a request for logs and the deploy list', () => {
    expect(describeBuildRequest({ action: 'publish', collection: 'tips', slug: 'slaap-en-rust' })).toBe('publish tips/slaap-en-rust')
    expect(describeBuildRequest({ action: 'delete', collection: 'site-settings' }, 3)).toBe('delete site-settings (+2 more)')
  })

  it('accepts what the CMS sends and refuses an unknown action or state', () => {
    expect(BuildHookRequestSchema.parse({ collection: 'tips', slug: 'x', action: 'unpublish', user: 'a@b.nl', changes: 2 })).toMatchObject({
      changes: 2,
    })
    expect(BuildHookRequestSchema.safeParse({ collection: 'tips', action: 'drop' }).success).toBe(false)
    expect(BuildReportSchema.safeParse({ state: 'failed', message: 'Checklist "fraude": …' }).success).toBe(true)
    expect(BuildReportSchema.safeParse({ state: 'done' }).success).toBe(false)
  })
})
