import { describe, expect, it } from 'vitest'
import { backlog, inBackground, settled } from './background.ts'

/** A job that runs until the test lets it finish. */
function gate() {
  let open: () => void = () => {}
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return { open, opened }
}
const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('inBackground: the queue behind the answers', () => {
  it('runs two jobs at a time, the rest in arrival order, and settled() waits for all of them', async () => {
    const gates = Array.from({ length: 5 }, gate)
    const started: number[] = []
    for (const [i, g] of gates.entries())
      inBackground(
        async () => {
          started.push(i)
          await g.opened
        },
        () => {},
      )
    await tick()
    expect(started).toEqual([0, 1])
    expect(backlog()).toEqual({ running: 2, waiting: 3 })
    gates[1]?.open()
    await tick()
    expect(started).toEqual([0, 1, 2])
    let done = false
    const all = settled().then(() => {
      done = true
    })
    for (const g of gates) g.open()
    await all
    expect(done).toBe(true)
    expect(started).toEqual([0, 1, 2, 3, 4])
    expect(backlog()).toEqual({ running: 0, waiting: 0 })
  })

  it('hands a failure to its handler and goes on with the next job', async () => {
    const errors: unknown[] = []
    const ran: string[] = []
    inBackground(
      async () => {
        throw new Error('smtp down')
      },
      (e) => errors.push(e),
    )
    inBackground(
      () => {
        throw new Error('thrown at once')
      },
      (e) => errors.push(e),
    )
    inBackground(
      async () => {
        ran.push('next')
      },
      (e) => errors.push(e),
    )
    await settled()
    expect(errors.map((e) => (e as Error).message).sort()).toEqual(['smtp down', 'thrown at once'])
    expect(ran).toEqual(['next'])
  })

  it('starts new work at once when 1,000 jobs already wait, so the queue never holds more', async () => {
    const hold = gate()
    let started = 0
    const job = async () => {
      started++
      await hold.opened
    }
    for (let i = 0; i < 1_003; i++) inBackground(job, () => {})
    await tick()
    // 2 running + 1,000 waiting; the last one started at once.
    expect(backlog().waiting).toBe(1_000)
    expect(started).toBe(3)
    hold.open()
    await settled()
    expect(started).toBe(1_003)
  })
})
