import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Headers that never change. The admin's CSP and HSTS depend on the request or on SERVER_URL at run
 * time: src/proxy.ts (pages) and src/security/rest.ts (API). API answers also set framing and referrer
 * headers there, per answer: Next keeps a header set here over a route's own value, and the newsletter
 * pages need `no-referrer` (tokens in the URL) and the issue preview is framed by the admin.
 */
const everywhere = [{ key: 'X-Content-Type-Options', value: 'nosniff' }]
const outsideApi = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The container image (cms/Dockerfile) runs .next/standalone/cms/server.js: the server with only
  // the files it needs, traced from the workspace root (the packages are hoisted there). `npm start`
  // and `npm run serve` still run the full build in .next.
  output: 'standalone',
  outputFileTracingRoot: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
  experimental: {
    // A cold build is faster without the file-system cache on 2 cores (measured on the CI machine).
    turbopackFileSystemCacheForBuild: false,
  },
  images: { unoptimized: true },
  // No X-Powered-By: withPayload adds "Next.js, Payload" unless this is false.
  poweredByHeader: false,
  headers: async () => [
    { source: '/:path*', headers: everywhere },
    { source: '/((?!api/).*)', headers: outsideApi },
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
