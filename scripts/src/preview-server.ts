import path from 'node:path'
import { ensureLocalEnv } from './lib/local-env.ts'
import { CMS_DIR } from './lib/paths.ts'
import { startPreviewServer } from './preview/server.ts'

// The preview server on its own (`npm start` starts it too): PREVIEW_PORT (4323), CMS_URL (http://localhost:3000).
ensureLocalEnv()
const preview = await startPreviewServer({
  port: Number(process.env.PREVIEW_PORT ?? 4323),
  cmsUrl: process.env.CMS_URL ?? 'http://localhost:3000',
  mediaSourceDir: path.resolve(CMS_DIR, process.env.MEDIA_DIR ?? 'media'),
  apiKey: process.env.SITE_BUILDER_API_KEY,
  onBuild: ({ ms, path, reused }) =>
    console.log(`[voorbeeld] ${path} ${reused ? 'hergebruikt' : `gebouwd in ${(ms / 1000).toFixed(1)} s`}`),
})
console.log(`Preview server at ${preview.url}/ (Ctrl+C to stop)`)
