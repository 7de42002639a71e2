import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDebouncer } from './debounce.ts'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('createDebouncer', () => {
  it('runs once, after the quiet time, with every item of a burst', async () => {
    const runs: number[][] = []
    const d = createDebouncer<number>(1000, async (items) => {
      runs.push(items)
    })
    d.push(1)
    await vi.advanceTimersByTimeAsync(600)
    d.push(2)
    await vi.advanceTimersByTimeAsync(600)
    d.push(3)
    expect(runs).toEqual([])
    await vi.advanceTimersByTimeAsync(999)
    expect(runs).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(runs).toEqual([[1, 2, 3]])
  })

  it('runs again for a later burst', async () => {
    const runs: string[][] = []
    const d = createDebouncer<string>(100, async (items) => {
      runs.push(items)
    })
    d.push('a')
    await vi.advanceTimersByTimeAsync(100)
    d.push('b')
    await vi.advanceTimersByTimeAsync(100)
    expect(runs).toEqual([['a'], ['b']])
  })

  it('never runs two at once: a burst that ends during a slow run waits for it', async () => {
    let active = 0
    let most = 0
    const runs: string[][] = []
    const d = createDebouncer<string>(100, async (items) => {
      active++
      most = Math.max(most, active)
      await new Promise((r) => setTimeout(r, 500))
      runs.push(items)
      active--
    })
    d.push('a')
    await vi.advanceTimersByTimeAsync(150)
    d.push('b')
    await vi.advanceTimersByTimeAsync(2000)
    expect(runs).toEqual([['a'], ['b']])
    expect(most).toBe(1)
  })

  it('keeps working after a run fails', async () => {
    const runs: string[][] = []
    const d = createDebouncer<string>(10, async (items) => {
      runs.push(items)
      if (items[0] === 'bad') throw new Error('hook down')
    })
    d.push('bad')
    await vi.advanceTimersByTimeAsync(10)
    d.push('good')
    await vi.advanceTimersByTimeAsync(10)
    expect(runs).toEqual([['bad'], ['good']])
  })

  it('idle() resolves only when nothing waits or runs', async () => {
    const d = createDebouncer<number>(100, async () => {
      await new Promise((r) => setTimeout(r, 50))
    })
    let idle = false
    d.push(1)
    void d.idle().then(() => {
      idle = true
    })
    await vi.advanceTimersByTimeAsync(120)
    expect(idle).toBe(false)
    await vi.advanceTimersByTimeAsync(50)
    expect(idle).toBe(true)
  })
})
