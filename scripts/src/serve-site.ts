import path from 'node:path'
import { ROOT } from './lib/paths.ts'
import { serveStatic } from './lib/static-server.ts'

const port = Number(process.env.PORT ?? 4321)
await serveStatic(process.env.SITE_DIST_DIR ?? path.join(ROOT, 'site', 'dist'), port)
console.log(`Serving site/dist at http://localhost:${port}/ (Ctrl+C to stop)`)
