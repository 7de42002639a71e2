import type { BlockList } from 'node:net'
import { clientIp, ipKey, parseTrustedProxies } from './clientIp.ts'

let parsed: { value: string; list: BlockList } | undefined

/** TRUSTED_PROXIES from the environment, parsed once per value (env.ts has already checked it). */
export function trustedProxies(value = process.env.TRUSTED_PROXIES ?? ''): BlockList {
  if (parsed?.value !== value) parsed = { value, list: parseTrustedProxies(value) }
  return parsed.list
}

/** The rate-limit key of the request's client address (see clientIp and ipKey). */
export const requestIpKey = (req: { headers: Headers }): string => ipKey(clientIp(req.headers, trustedProxies()))
