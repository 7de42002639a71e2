import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { BuildHookRequest } from '@hp/content-schemas'

/** One POST the build hook received: the query (Netlify's trigger_title) and the CMS's request body. */
export interface HookHit {
  url: string
  body: Partial<BuildHookRequest>
}

export interface BuildHook {
  /** What SITE_BUILD_HOOK_URL points to. */
  url: string
  hits: HookHit[]
  /** The HTTP status the hook answers with from now on (200 by default). */
  answer(status: number): void
  close(): Promise<void>
}

/** A build hook on loopback that records what the CMS sends, like Netlify's or the local receiver. */
export async function startBuildHook(): Promise<BuildHook> {
  const hits: HookHit[] = []
  let status = 200
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      hits.push({ url: req.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString() || '{}') })
      res.writeHead(status).end()
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/build`,
    hits,
    answer(next) {
      status = next
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/**
 * Waits until a debounced rebuild request (if any) has been sent and recorded: longer than the
 * debounce, so a wrongly scheduled request would have been sent by now.
 */
export async function rebuildSettled(debounceMs: number): Promise<void> {
  const { rebuildIdle } = await import('../../src/rebuild/scheduler.ts')
  await new Promise((r) => setTimeout(r, debounceMs + 200))
  await rebuildIdle()
}
