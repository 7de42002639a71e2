import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { serveStatic } from '@hp/scripts/static-server'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    distDir: string
    contentFile: string
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..')

/**
 * Builds the real pipeline once for the browser tests: a fresh SQLite CMS with the demo seed
 * (drafts included), the export, and the site built from that file, served like the CDN serves it.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'hp-e2e-'))
  const env = {
    ...process.env,
    PAYLOAD_SECRET: 'e2e-secret-e2e-secret-e2e-secret-012345',
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    SEED_PASSWORD: 'e2e-password-123',
    SITE_BUILDER_API_KEY: 'e2e-site-builder-key-0123456789',
    SITE_DIST_DIR: path.join(dir, 'dist'),
    CONTENT_FILE: path.join(dir, 'content.json'),
    MEDIA_SOURCE_DIR: path.join(dir, 'media'),
  }
  const run = (args: string[], extra: Record<string, string> = {}) =>
    execFileSync('npm', ['run', '--silent', ...args], { cwd: ROOT, env: { ...env, ...extra }, stdio: ['ignore', 'inherit', 'inherit'] })
  run(['seed'])
  run(['export', '--', env.CONTENT_FILE])
  // Vitest sets NODE_ENV=test: build the site as it ships (React's development build is twice the JS).
  run(['build:site'], { NODE_ENV: 'production' })
  const server: Server = await serveStatic(env.SITE_DIST_DIR, 0)
  const { port } = server.address() as AddressInfo
  project.provide('baseUrl', `http://127.0.0.1:${port}`)
  project.provide('distDir', env.SITE_DIST_DIR)
  project.provide('contentFile', env.CONTENT_FILE)
  return async () => {
    await new Promise((resolve) => server.close(resolve))
    rmSync(dir, { recursive: true, force: true })
  }
}
