import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

// The CMS origin the newsletter sign-up form posts to (build time).
const CMS_PUBLIC_URL = process.env.CMS_PUBLIC_URL ?? 'http://localhost:3000'

// Static output for the CDN. SITE_URL is the public origin (canonical URLs, sitemap, Open Graph).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [react()],
  // Hashes for every script and style Astro emits: no 'unsafe-inline' for scripts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        // Keep 'self': browsers also apply form-action to the CMS's 303 back to the site.
        `form-action 'self' ${new URL(CMS_PUBLIC_URL).origin}`,
        "base-uri 'self'",
        "object-src 'none'",
        'upgrade-insecure-requests',
      ],
    },
  },
  devToolbar: { enabled: false },
  telemetry: false,
})
