import { mailToSink, type SmtpSink, startSink } from '@hp/testing/smtp-sink'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentData } from './fixtures.ts'
import { startTestCms, type TestCms } from './harness.ts'

// How a worker (src/worker.ts) decides that a newsletter send belongs to a dead process: a claim
// older than the lease. A live sender's job is left alone; a dead one's is released, or, when its
// job already ended, a new send is queued for the stale claims.

const LEASE_MS = 60_000
let cms: TestCms
let sink: SmtpSink
let jobs: typeof import('../../src/newsletter/jobs.ts')
const saved = { ...process.env }

beforeAll(async () => {
  sink = await startSink()
  mailToSink(sink)
  cms = await startTestCms('worker-release')
  jobs = await import('../../src/newsletter/jobs.ts')
})
afterAll(async () => {
  await cms?.close()
  await sink?.close()
  process.env = saved
})

async function sendInProgress(n: number) {
  const { payload } = cms
  const issue = await payload.create({
    collection: 'newsletter-issues',
    data: { ...contentData('newsletter-issues', `release-${n}`, {}), _status: 'published' } as never,
    overrideAccess: true,
  })
  const subscriber = await payload.create({
    collection: 'subscribers',
    data: { email: `lezer-${n}@test.example`, status: 'confirmed' } as never,
    overrideAccess: true,
  })
  const job = (await payload.jobs.queue({
    task: jobs.SEND_TASK as never,
    input: { issueId: String(issue.id) } as never,
    queue: jobs.NEWSLETTER_QUEUE,
  })) as unknown as { id: number | string }
  await payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: true } as never, overrideAccess: true })
  const delivery = await payload.create({
    collection: 'deliveries',
    data: { key: `${issue.id}:${subscriber.id}`, issue: issue.id, subscriber: subscriber.id, status: 'pending', attempts: 0 } as never,
    overrideAccess: true,
  })
  const claim = (agoMs: number) =>
    payload.db.updateOne({
      collection: 'deliveries',
      id: delivery.id,
      data: { status: 'sending', claimedAt: new Date(Date.now() - agoMs).toISOString() },
      returning: false,
    })
  const jobDoc = async () =>
    (await payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true, depth: 0 })) as unknown as {
      processing: boolean
    }
  const openJobsFor = async () => {
    const res = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: jobs.NEWSLETTER_QUEUE } }, { completedAt: { exists: false } }] },
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
    return (res.docs as unknown as { input?: { issueId?: string } }[]).filter((j) => j.input?.issueId === String(issue.id)).length
  }
  return { job, claim, jobDoc, openJobsFor }
}

describe('a worker takes over only sends whose process died', () => {
  it('leaves a send alone while its process claims deliveries within the lease', async () => {
    const send = await sendInProgress(1)
    await send.claim(1_000)
    expect(await jobs.releaseAbandonedSends(cms.payload, LEASE_MS)).toBe(0)
    expect((await send.jobDoc()).processing).toBe(true)
    await send.claim(LEASE_MS * 2) // tidy up for the next case: release it
    await jobs.releaseAbandonedSends(cms.payload, LEASE_MS)
  })

  it('releases the job when a claim is older than the lease', async () => {
    const send = await sendInProgress(2)
    await send.claim(LEASE_MS + 5_000)
    expect(await jobs.releaseAbandonedSends(cms.payload, LEASE_MS)).toBe(1)
    expect((await send.jobDoc()).processing).toBe(false)
  })

  it('queues a new send when the job already ended but a dead process left claims', async () => {
    const send = await sendInProgress(3)
    await cms.payload.update({
      collection: 'payload-jobs',
      id: send.job.id,
      data: { processing: false, completedAt: new Date().toISOString() } as never,
      overrideAccess: true,
    })
    expect(await send.openJobsFor()).toBe(0)
    await send.claim(LEASE_MS + 5_000)
    const before = await cms.payload.count({ collection: 'payload-jobs', overrideAccess: true })
    expect(await jobs.releaseAbandonedSends(cms.payload, LEASE_MS)).toBeGreaterThanOrEqual(1)
    expect(await send.openJobsFor()).toBe(1)
    // Asked again, nothing new: the queued job covers the claims.
    await jobs.releaseAbandonedSends(cms.payload, LEASE_MS)
    expect(await send.openJobsFor()).toBe(1)
    expect((await cms.payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs).toBeGreaterThan(before.totalDocs)
  })
})
