import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: {
    // A cold build is faster without the file-system cache on 2 cores (measured on the CI machine).
    turbopackFileSystemCacheForBuild: false,
  },
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
