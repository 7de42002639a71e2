import { describe, expect, it } from 'vitest'
import { readEnv } from '../env.ts'
import { clientIp, ipKey, normaliseIp, PEER_HEADER, parseTrustedProxies, stampPeerAddress } from './clientIp.ts'
import { fromSite } from './origin.ts'

const headers = (peer: string | undefined, xff?: string) =>
  new Headers({ ...(peer ? { [PEER_HEADER]: peer } : {}), ...(xff ? { 'x-forwarded-for': xff } : {}) })

describe('client address (TRUSTED_PROXIES)', () => {
  const none = parseTrustedProxies('')
  const proxies = parseTrustedProxies('10.0.0.0/8, 192.0.2.7, 2001:db8::/32')

  it('without trusted proxies, X-Forwarded-For is ignored: the client is the connection', () => {
    expect(clientIp(headers('203.0.113.9', '198.51.100.1'), none)).toBe('203.0.113.9')
    expect(clientIp(headers('::ffff:203.0.113.9', '198.51.100.1, 10.1.1.1'), none)).toBe('203.0.113.9')
  })

  it('a new spoofed X-Forwarded-For per request still gives one client', () => {
    const seen = new Set(Array.from({ length: 15 }, (_, i) => clientIp(headers('203.0.113.9', `198.51.100.${i}`), proxies)))
    expect([...seen]).toEqual(['203.0.113.9'])
  })

  it('behind a trusted proxy: the rightmost untrusted entry, whatever the client wrote to its left', () => {
    expect(clientIp(headers('10.0.0.2', '198.51.100.1'), proxies)).toBe('198.51.100.1')
    expect(clientIp(headers('10.0.0.2', '1.2.3.4, 198.51.100.1'), proxies)).toBe('198.51.100.1')
    expect(clientIp(headers('10.0.0.2', 'spoof, 198.51.100.1, 192.0.2.7'), proxies)).toBe('198.51.100.1')
    expect(clientIp(headers('2001:db8::1', '2001:db8:1::5, 2a02:a000::1'), proxies)).toBe('2a02:a000::1')
  })

  it('behind a trusted proxy without a usable header: the last address that can be proved', () => {
    expect(clientIp(headers('10.0.0.2'), proxies)).toBe('10.0.0.2')
    expect(clientIp(headers('10.0.0.2', '10.0.0.3'), proxies)).toBe('10.0.0.3')
    expect(clientIp(headers('10.0.0.2', 'not-an-ip'), proxies)).toBe('10.0.0.2')
  })

  it('no peer header (an in-process call): one shared "unknown" bucket', () => {
    expect(clientIp(headers(undefined, '198.51.100.1'), proxies)).toBe('unknown')
  })

  it('refuses a TRUSTED_PROXIES entry that is not an address or range, naming it', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8, netlify')).toThrow('TRUSTED_PROXIES: "netlify" is not an IP address or a CIDR range')
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow('"10.0.0.0/33"')
    expect(() => parseTrustedProxies('::1/129')).toThrow('"::1/129"')
    // At start-up: the CMS does not start with it.
    expect(() => readEnv({ PAYLOAD_SECRET: 's'.repeat(32), TRUSTED_PROXIES: '127.0.0.1, netlify' })).toThrow(
      'TRUSTED_PROXIES: "netlify" is not an IP address',
    )
    expect(readEnv({ PAYLOAD_SECRET: 's'.repeat(32), TRUSTED_PROXIES: '127.0.0.1, ::1, 10.0.0.0/8' }).TRUSTED_PROXIES).toBe(
      '127.0.0.1, ::1, 10.0.0.0/8',
    )
  })

  it('normalises what sockets and proxies write', () => {
    expect(normaliseIp('::ffff:127.0.0.1')).toBe('127.0.0.1')
    expect(normaliseIp('[2001:DB8::1]')).toBe('2001:db8::1')
    expect(normaliseIp('fe80::1%eth0')).toBe('fe80::1')
    expect(normaliseIp('198.51.100.1:443')).toBeUndefined()
  })

  it('keys IPv6 by its /64, so one network cannot rotate through its addresses', () => {
    expect(ipKey('2a02:a000:1:2:aaaa::1')).toBe('2a02:a000:1:2::/64')
    expect(ipKey('2a02:a000:1:2:bbbb:cccc:dddd:eeee')).toBe('2a02:a000:1:2::/64')
    expect(ipKey('2a02:a000::1')).toBe('2a02:a000:0:0::/64')
    expect(ipKey('::1')).toBe('0:0:0:0::/64')
    expect(ipKey('203.0.113.9')).toBe('203.0.113.9')
  })
})

describe('stampPeerAddress (cms/src/server.ts, tests/int/http.ts)', () => {
  it('replaces a client-sent peer header, whatever its case, with the socket address', () => {
    const h: Record<string, string | string[] | undefined> = { 'x-cms-peer-address': '1.1.1.1', 'X-CMS-Peer-Address': '2.2.2.2', host: 'x' }
    stampPeerAddress(h, '203.0.113.9')
    expect(h).toEqual({ 'x-cms-peer-address': '203.0.113.9', host: 'x' })
  })
})

describe('fromSite (sign-up origin check)', () => {
  const site = 'https://www.voorbeeld.nl/'
  const h = (init: Record<string, string>) => new Headers(init)
  it('accepts the site origin, or a Referer on it when there is no Origin', () => {
    expect(fromSite(h({ origin: 'https://www.voorbeeld.nl' }), site)).toBe(true)
    expect(fromSite(h({ referer: 'https://www.voorbeeld.nl/voor-professionals/nieuwsbrief/' }), site)).toBe(true)
  })
  it('refuses other sites, look-alikes, "null" and requests with neither header', () => {
    expect(fromSite(h({ origin: 'https://kwaadwillend.example' }), site)).toBe(false)
    expect(fromSite(h({ origin: 'https://www.voorbeeld.nl.kwaad.example' }), site)).toBe(false)
    expect(fromSite(h({ origin: 'http://www.voorbeeld.nl' }), site)).toBe(false)
    expect(fromSite(h({ origin: 'null', referer: 'https://www.voorbeeld.nl/' }), site)).toBe(false)
    expect(fromSite(h({ referer: 'https://www.voorbeeld.nl.kwaad.example/' }), site)).toBe(false)
    expect(fromSite(h({ referer: 'geen url' }), site)).toBe(false)
    expect(fromSite(h({}), site)).toBe(false)
  })
})
