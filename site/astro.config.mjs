import { defineConfig } from 'astro/config'
import { buildPages } from './src/build/pages.mjs'

// The CMS origin the newsletter sign-up form posts to (build time).
const CMS_PUBLIC_URL = process.env.CMS_PUBLIC_URL ?? 'http://localhost:3000'
const SITE_URL = process.env.SITE_URL ?? 'http://localhost:4321'

// Print views show each link's address after it (global.css). The site's own links are paths
// (`/voor-de-helpers/…`): this puts the public origin in front, so paper shows a full address.
const PRINT_ORIGIN_PLACEHOLDER = '"__SITE_ORIGIN__"'
const printOrigin = {
  name: 'hp-print-origin',
  enforce: 'pre',
  transform(code, id) {
    if (!id.split('?')[0].endsWith('.css') || !code.includes(PRINT_ORIGIN_PLACEHOLDER)) return null
    return { code: code.replaceAll(PRINT_ORIGIN_PLACEHOLDER, JSON.stringify(new URL(SITE_URL).origin)), map: null }
  },
}

// Static output for the CDN. SITE_URL is the public origin (canonical URLs, sitemap, Open Graph).
export default defineConfig({
  site: SITE_URL,
  output: 'static',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // concurrency: Astro renders the next pages while the file system writes the last ones (a third of
  // a one-at-a-time build was spent waiting on mkdir and writeFile here; docs/performance.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // No framework integration: every page is Astro and plain scripts (the tools render at build time and
  // enhance with small scripts), so the build loads no React renderer (issue 17). src/build/pages.mjs:
  // the page list for the sitemap and the reuse of unchanged pages in incremental builds.
  integrations: [buildPages()],
  vite: { plugins: [printOrigin] },
  // Hashes for every script and style Astro emits: no 'unsafe-inline' for scripts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        // Browsers also apply form-action to the CMS's 303 back to the site, which goes to SITE_URL:
        // name it too, so the sign-up works when the site is opened on another host name (www.).
        `form-action 'self' ${new URL(SITE_URL).origin} ${new URL(CMS_PUBLIC_URL).origin}`,
        "base-uri 'self'",
        "object-src 'none'",
        'upgrade-insecure-requests',
      ],
    },
  },
  devToolbar: { enabled: false },
  telemetry: false,
})
