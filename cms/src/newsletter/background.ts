/**
 * Work started after a response is sent (the sign-up's record and confirmation mail, the mail to a
 * sender whose experience was published), so that answering takes the same time whether or not a
 * mail goes out. Tests await `settled()`.
 *
 * A small queue: at most MAX_RUNNING jobs at a time, the rest wait their turn in arrival order.
 * The process has one thread (the SQLite driver and the mail's MIME encoding included), so 50
 * sign-ups' post-answer work started at once would make the next visitors' answers wait behind all
 * of it; queued, the answers go first and the work follows (docs/performance.md, "Public endpoints").
 * Above MAX_WAITING queued jobs (a flood from many addresses) new work starts at once, as it did
 * without the queue, so memory stays bounded by what is running. A process that stops loses what
 * still waits, as it loses work in flight: that visitor gets no mail and can sign up again.
 */
const MAX_RUNNING = 2
const MAX_WAITING = 1_000

const running = new Set<Promise<unknown>>()
const waiting: (() => void)[] = []
let active = 0

export function inBackground(work: () => Promise<unknown>, onError: (error: unknown) => void): void {
  const done = new Promise<void>((resolve) => {
    const start = () => {
      active++
      Promise.resolve()
        .then(work)
        .catch(onError)
        .finally(() => {
          active--
          resolve()
          waiting.shift()?.()
        })
    }
    if (active < MAX_RUNNING || waiting.length >= MAX_WAITING) start()
    else waiting.push(start)
  })
  const p = done.finally(() => running.delete(p))
  running.add(p)
}

/** How many jobs run and wait now (tests). */
export const backlog = (): { running: number; waiting: number } => ({ running: active, waiting: waiting.length })

export async function settled(): Promise<void> {
  while (running.size > 0) await Promise.all([...running])
}
