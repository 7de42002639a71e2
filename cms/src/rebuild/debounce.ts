/** Collects items and runs once per burst: `delayMs` after the last push, with everything pushed since. */
export interface Debouncer<T> {
  push(item: T): void
  /** Resolves when no timer is waiting and no run is in progress (tests, shutdown). */
  idle(): Promise<void>
}

export function createDebouncer<T>(delayMs: number, run: (items: T[]) => Promise<void>): Debouncer<T> {
  let items: T[] = []
  let timer: ReturnType<typeof setTimeout> | undefined
  // Runs are chained, so a burst that ends while the previous run is still posting waits its turn.
  let running: Promise<void> = Promise.resolve()
  let waiters: (() => void)[] = []
  let busy = 0

  const settle = () => {
    if (timer === undefined && busy === 0) {
      for (const done of waiters) done()
      waiters = []
    }
  }

  const fire = () => {
    timer = undefined
    const batch = items
    items = []
    busy++
    running = running
      .then(() => run(batch))
      // run() reports its own failures; a rejection must not stop later bursts.
      .catch(() => {})
      .finally(() => {
        busy--
        settle()
      })
  }

  return {
    push(item) {
      items.push(item)
      if (timer !== undefined) clearTimeout(timer)
      timer = setTimeout(fire, delayMs)
    },
    idle() {
      return new Promise((resolve) => {
        waiters.push(resolve)
        settle()
      })
    },
  }
}
