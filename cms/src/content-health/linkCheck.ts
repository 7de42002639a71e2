/**
 * Checks links to other sites, politely: a bounded number of requests at once, one request at a
 * time per host with a pause between them, a timeout per request, HEAD first (GET when a site
 * refuses HEAD). Runs as a job (never on a page load); results are stored in `link-checks`.
 */

export interface LinkCheckResult {
  url: string
  ok: boolean
  /** HTTP status, or 0 when no answer came (DNS, refused, timeout). */
  status: number
  /** Short reason in Dutch when not ok. */
  reason: string
}

export interface LinkCheckOptions {
  /** Requests in flight at once, over all hosts. */
  concurrency: number
  /** Pause between two requests to the same host. */
  perHostDelayMs: number
  /** Time a site gets to answer. */
  timeoutMs: number
  fetch?: typeof fetch
}

export const LINK_CHECK_DEFAULTS: LinkCheckOptions = { concurrency: 4, perHostDelayMs: 1000, timeoutMs: 10_000 }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function reasonFor(status: number): string {
  if (status === 404 || status === 410) return `De pagina bestaat niet (meer) (${status}).`
  if (status === 401 || status === 403) return `De site laat de pagina niet zien zonder inloggen (${status}).`
  if (status >= 500) return `De site geeft een fout (${status}). Probeer het later nog eens.`
  return `De site antwoordt met ${status}.`
}

async function checkOne(url: string, opts: LinkCheckOptions): Promise<LinkCheckResult> {
  const doFetch = opts.fetch ?? fetch
  const attempt = (method: 'HEAD' | 'GET') =>
    doFetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(opts.timeoutMs), headers: { 'user-agent': 'hp-link-check' } })
  try {
    let res = await attempt('HEAD')
    // Some sites refuse HEAD or answer it wrongly: ask once more with GET.
    if (res.status === 405 || res.status === 501 || res.status === 403 || res.status === 404) {
      await res.body?.cancel()
      res = await attempt('GET')
    }
    await res.body?.cancel()
    return { url, ok: res.ok, status: res.status, reason: res.ok ? '' : reasonFor(res.status) }
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
    return {
      url,
      ok: false,
      status: 0,
      reason: timedOut ? 'De site antwoordt niet op tijd.' : 'De site is niet bereikbaar (adres bestaat niet of weigert de verbinding).',
    }
  }
}

/** Checks each distinct URL once; the answer keeps the order of first appearance. */
export async function checkLinks(urls: readonly string[], options: Partial<LinkCheckOptions> = {}): Promise<LinkCheckResult[]> {
  const opts = { ...LINK_CHECK_DEFAULTS, ...options }
  const unique = [...new Set(urls)]
  const lastAt = new Map<string, Promise<void>>()
  const results = new Map<string, LinkCheckResult>()
  let next = 0
  const worker = async () => {
    while (next < unique.length) {
      const url = unique[next++] as string
      const host = new URL(url).host
      // Chain per host: the next request to this host waits for the previous one plus the pause.
      const before = lastAt.get(host) ?? Promise.resolve()
      let release: () => void = () => {}
      lastAt.set(
        host,
        new Promise<void>((resolve) => {
          release = resolve
        }),
      )
      await before
      results.set(url, await checkOne(url, opts))
      void sleep(opts.perHostDelayMs).then(release)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, unique.length)) }, worker))
  return unique.map((u) => results.get(u) as LinkCheckResult)
}
