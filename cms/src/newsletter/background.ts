/**
 * Work started after a response is sent (the confirmation mail), so that answering a sign-up
 * takes the same time whether or not a mail goes out. Tests await `settled()`.
 */
const running = new Set<Promise<unknown>>()

export function inBackground(work: Promise<unknown>, onError: (error: unknown) => void): void {
  const p = work.catch(onError).finally(() => running.delete(p))
  running.add(p)
}

export async function settled(): Promise<void> {
  while (running.size > 0) await Promise.all([...running])
}
