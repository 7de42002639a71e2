import { BlockList, isIP } from 'node:net'

/**
 * The header the CMS's own HTTP server (cms/src/server.ts) writes with the socket's peer address.
 * A client-sent copy is deleted before it is written, so handlers can trust it.
 */
export const PEER_HEADER = 'x-cms-peer-address'

/** Node's request headers, as `http.IncomingMessage#headers` holds them. */
type NodeHeaders = Record<string, string | string[] | undefined>

/**
 * Replaces any client-sent peer header with the address of the socket the request came in on.
 * Call it on every request before the request reaches Next or Payload.
 */
export function stampPeerAddress(headers: NodeHeaders, remoteAddress: string | undefined): void {
  for (const name of Object.keys(headers)) if (name.toLowerCase() === PEER_HEADER) delete headers[name]
  headers[PEER_HEADER] = remoteAddress ?? 'unknown'
}

/** `::ffff:192.0.2.1` (IPv4 on an IPv6 socket) → `192.0.2.1`; brackets and zone ids removed. */
export function normaliseIp(raw: string): string | undefined {
  let ip = raw.trim().replace(/^\[(.*)\]$/, '$1')
  const zone = ip.indexOf('%')
  if (zone > 0) ip = ip.slice(0, zone)
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  if (mapped?.[1]) ip = mapped[1]
  return isIP(ip) ? ip.toLowerCase() : undefined
}

/**
 * Parses TRUSTED_PROXIES: comma-separated IPs and CIDR ranges (IPv4 and IPv6). Throws a clear
 * error naming the entry that is not an address or range.
 */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList()
  for (const entry of (value ?? '').split(',').map((e) => e.trim())) {
    if (!entry) continue
    const [address = '', bits, ...rest] = entry.split('/')
    const ip = normaliseIp(address)
    const family = ip ? (isIP(ip) === 6 ? 'ipv6' : 'ipv4') : undefined
    const prefix = bits === undefined ? undefined : Number(bits)
    const max = family === 'ipv6' ? 128 : 32
    if (!ip || !family || rest.length > 0 || (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= max)))
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range such as 10.0.0.0/8 or 2001:db8::/32`)
    if (prefix === undefined) list.addAddress(ip, family)
    else list.addSubnet(ip, prefix, family)
  }
  return list
}

const isTrusted = (trusted: BlockList, ip: string) => trusted.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4')

/**
 * The client's address as the CMS can prove it: the socket's peer, unless that peer is a trusted
 * proxy. Then X-Forwarded-For is read from the right (each proxy appends the address it saw),
 * skipping trusted hops; the first untrusted entry is the client. Entries left of it were written
 * by the client and are ignored. A request without the peer header (in-process calls) is keyed
 * `unknown`: one shared bucket, which errs on the side of limiting.
 */
export function clientIp(headers: Headers, trusted: BlockList): string {
  const peer = normaliseIp(headers.get(PEER_HEADER) ?? '')
  if (!peer) return 'unknown'
  if (!isTrusted(trusted, peer)) return peer
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean)
  let client = peer
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseIp(hops[i] ?? '')
    // A trusted proxy wrote something that is not an address: stop at the last hop we can prove.
    if (!hop) break
    client = hop
    if (!isTrusted(trusted, hop)) break
  }
  return client
}

/**
 * The rate-limit key for an address: IPv4 as is, IPv6 by its /64 network (one household or
 * server usually gets a whole /64, so counting single IPv6 addresses would let it rotate freely).
 */
export function ipKey(ip: string): string {
  if (isIP(ip) !== 6) return ip
  const [head = '', tail] = ip.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`
}
